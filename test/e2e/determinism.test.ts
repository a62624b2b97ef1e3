// Two builds of the same data for the same SITE_AS_OF are the same, byte for byte, Pagefind's index
// included, whether one process rendered the pages or two shared them out (scripts/lib/pipeline.ts).
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, buildPrivateSite, fixturePath } from '../support/build-site.ts';

function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}

describe('determinism', () => {
  it('gives the same files with the same bytes from two builds, rendered by one process and by two', () => {
    // The shared build is rendered by one process, as every site under 5,000 platforms is by default.
    const first = digests(buildFixtureSite('register', { SITE_AS_OF: '2026-06-15' }));
    const second = digests(buildPrivateSite(fixturePath('register'), { SITE_AS_OF: '2026-06-15' }, ['--render-processes', '2']));
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, digest]) => second.get(path) !== digest).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
