// Puts what several render processes wrote into one site folder. They each write their own pages and
// the same shared files (stylesheet, public/); a shared file that differs means the processes did not
// render alike, which would make the site depend on how it was split, so it stops the build.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function mergeTree(source: string, target: string): void {
  mergeFolder(source, target, source);
  rmSync(source, { recursive: true, force: true });
}

function mergeFolder(source: string, target: string, sourceRoot: string): void {
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    const to = join(target, name);
    if (!existsSync(to)) {
      renameSync(from, to);
      continue;
    }
    const fromIsFolder = statSync(from).isDirectory();
    if (fromIsFolder && statSync(to).isDirectory()) {
      mergeFolder(from, to, sourceRoot);
    } else if (fromIsFolder || statSync(to).isDirectory() || !readFileSync(from).equals(readFileSync(to))) {
      throw new Error(`Two render processes wrote ${relative(sourceRoot, from)} differently; a site must not depend on how its pages were shared out.`);
    }
  }
}
