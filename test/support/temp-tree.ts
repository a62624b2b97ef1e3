// Temporary folders for tests, all inside the run's own folder, which the run removes when it ends
// (global-setup.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

/** A fresh empty folder. */
export function testTempDir(prefix = 'tmp-'): string {
  return mkdtempSync(join(inject('testTempRoot'), prefix));
}

/** A folder of small files for a test: { 'a/index.html': '…' } written under a fresh temporary folder. */
export function tempTree(files: Record<string, string>, prefix = 'tree-'): string {
  const dir = testTempDir(prefix);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
