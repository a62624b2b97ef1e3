// Writes `_headers` (read by Netlify, Cloudflare Pages and the like): the pages' Content-Security-Policy
// as an HTTP header too, where a host sends it, with the usual hardening headers beside it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_FOLDER } from '../../src/lib/search/platform-index/format.ts';

/** Files whose names change with their content: a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Merges policies directive by directive, so that every page's hashes are allowed. */
export function mergePolicies(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';').map((piece) => piece.trim()).filter(Boolean)) {
      const [name = '', ...sources] = part.split(/\s+/);
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * `pagePolicies`: the pages' policies, as the render processes collected them (src/integrations/page-policies.ts);
 * `base`: the path the site is served under, which the rules' paths start with.
 */
export function writeHeadersFile(siteDir: string, pagePolicies: readonly string[], base = '/'): string {
  const policies = new Set(pagePolicies);
  const text = [
    `${base}*`,
    // frame-ancestors works only as a header, not in <meta>.
    `  Content-Security-Policy: ${mergePolicies([...policies, "frame-ancestors 'none'"])}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    // Astro's hashed assets, and the platform index's shards in their content-named folder (not its
    // manifest, index.json, which names the current folder and must be asked for again).
    `${base}_astro/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    `${base}${INDEX_FOLDER}/:version/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    '',
  ].join('\n');
  writeFileSync(join(siteDir, '_headers'), text);
  return text;
}
