// Collects the Content-Security-Policy of every page a render process wrote, into the file that
// SITE_PAGE_POLICIES names, so that the build can write `_headers` (scripts/lib/headers.ts) without
// walking and reading the whole site afterwards: each process reads the heads of its own pages.
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Astro writes the policy near the top of <head>; a page's first 8 KB hold it. */
const HEAD_BYTES = 8192;

/** The policy a page's <meta> sets, or null. */
export function policyInPage(html: string): string | null {
  return CSP_META.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? null;
}

/** The policy of a built page, read from its head (the whole file only if the head lacks it). */
export function policyOfPageFile(path: string): string | null {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const file = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(file, buffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(file);
  }
  return policyInPage(buffer.toString('utf8', 0, length)) ?? (length < HEAD_BYTES ? null : policyInPage(readFileSync(path, 'utf8')));
}

export function pagePolicies(outputFile: string | undefined): AstroIntegration {
  return {
    name: 'sme-register:page-policies',
    hooks: {
      'astro:build:done': ({ assets }) => {
        if (!outputFile) return;
        const policies = new Set<string>();
        for (const urls of assets.values()) {
          for (const url of urls) {
            const path = fileURLToPath(url);
            if (!path.endsWith('.html')) continue;
            const policy = policyOfPageFile(path);
            if (policy) policies.add(policy);
          }
        }
        writeFileSync(outputFile, `${JSON.stringify([...policies].sort(), null, 1)}\n`);
      },
    },
  };
}
