import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHeadersFile } from './headers.ts';
import { parseHeadersFile } from './static-server.ts';

describe('_headers', () => {
  const folder = mkdtempSync(join(tmpdir(), 'headers-'));
  const rules = parseHeadersFile(writeHeadersFile(folder, ["default-src 'self'"]));
  rmSync(folder, { recursive: true });
  const cacheControl = (path: string) => rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Cache-Control').map(([, value]) => value));

  it('lets browsers keep hashed assets and the platform index’s shards for good, each with one Cache-Control', () => {
    expect(cacheControl('/_astro/BaseLayout.CxijqgGq.css')).toEqual(['public, max-age=31536000, immutable']);
    expect(cacheControl('/search-index/1f7b7747134a/t0.json')).toEqual(['public, max-age=31536000, immutable']);
  });

  it('has the index’s manifest and the pages asked for again', () => {
    expect(cacheControl('/search-index/index.json')).toEqual([]);
    expect(cacheControl('/search/')).toEqual([]);
  });

  it('sets the pages’ policy on every path', () => {
    expect(rules.filter((rule) => rule.pattern.test('/platforms/x/')).flatMap((rule) => rule.headers.map(([name]) => name))).toContain('Content-Security-Policy');
  });
});
