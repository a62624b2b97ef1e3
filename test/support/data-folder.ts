// Temporary data folders for tests: the register fixture with some files replaced or edited.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from './build-site.ts';
import { testTempDir } from './temp-tree.ts';

export interface FixtureCopyOptions {
  /**
   * Keep the fixture's releases/ (the register fixture has two). Off by default: an edited copy no
   * longer holds what its latest release holds, and the build refuses such a folder but as a preview.
   */
  keepReleases?: boolean;
}

/** A copy of a fixture folder; `edits` maps a file name to its new text or bytes, or to a function of its old text. */
export function fixtureCopy(edits: Record<string, string | Buffer | ((text: string) => string | Buffer)> = {}, fixture = 'register', options: FixtureCopyOptions = {}): string {
  const dir = join(testTempDir('data-'), 'data');
  cpSync(fixturePath(fixture), dir, { recursive: true });
  if (!options.keepReleases) rmSync(join(dir, 'releases'), { recursive: true, force: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, typeof edit === 'function' ? edit(readFileSync(path, 'utf8')) : edit);
  }
  return dir;
}

/** Appends CSV lines to a table. */
export const appendLines = (...lines: string[]) => (text: string) => `${text.trimEnd()}\n${lines.join('\n')}\n`;
/** Replaces one exact piece of text, failing loudly if it is not there (a test must not edit nothing). */
export const replaceText = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`);
  return text.replace(from, to);
};
