// Writes `_headers` (read by Netlify, Cloudflare Pages and the like): the pages' Content-Security-Policy
// as an HTTP header too, where a host sends it, with the usual hardening headers beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './link-check.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

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

export function writeHeadersFile(siteDir: string): string {
  const policies = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    const match = CSP_META.exec(readFileSync(file, 'utf8'));
    if (match?.[1]) policies.add(match[1].replaceAll('&#39;', "'"));
  }
  const text = [
    '/*',
    // frame-ancestors works only as a header, not in <meta>.
    `  Content-Security-Policy: ${mergePolicies([...policies, "frame-ancestors 'none'"])}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
  writeFileSync(join(siteDir, '_headers'), text);
  return text;
}
