// The output folder is replaced only by a complete site: the build writes into a staging folder beside
// it (on the same file system, so that the swap is two renames, wherever --out points) and swaps at
// the end. A failed build discards the staging folder and leaves the old site as it was.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { abandonedFolders, clearAbandonedFolders, workFolderName } from './work-folders.ts';

export interface OutputSwap {
  /** Where the new site is written: `.<name>.building-<pid>` beside the output folder. */
  readonly staging: string;
  /** Puts the staged site in the output folder's place; the old site is removed in the background. */
  commit(): void;
  /** Removes the staged site; the output folder is untouched. */
  discard(): void;
}

export function prepareOutputSwap(outDir: string): OutputSwap {
  const parent = dirname(outDir);
  const building = `.${basename(outDir)}.building-`;
  const previous = `.${basename(outDir)}.previous-`;
  const removing = `.${basename(outDir)}.removing-`;
  mkdirSync(parent, { recursive: true });
  recoverAbandonedSwaps(outDir, previous);
  clearAbandonedFolders(parent, building);
  clearAbandonedFolders(parent, removing);
  const staging = join(parent, workFolderName(building));
  rmSync(staging, { recursive: true, force: true });
  return {
    staging,
    commit() {
      const old = join(parent, workFolderName(previous));
      rmSync(old, { recursive: true, force: true });
      const replacing = existsSync(outDir);
      if (replacing) renameSync(outDir, old);
      renameSync(staging, outDir);
      if (replacing) removeInBackground(old, removing);
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/**
 * A national register's old site is some 60,000 files, which took 9–27 s to delete on the project's
 * machine: the build need not wait for it. A detached process renames the folder after itself
 * (`removing-<its pid>`), so that a later build clears it only if that process died, and deletes it.
 */
function removeInBackground(folder: string, removing: string): void {
  const script = `const fs = require('node:fs'); const own = process.argv[2] + process.pid; fs.renameSync(process.argv[1], own); fs.rmSync(own, { recursive: true, force: true });`;
  const remover = spawn(process.execPath, ['-e', script, folder, join(dirname(folder), removing)], { detached: true, stdio: 'ignore' });
  remover.on('error', () => {}); // Not started: the next build removes the folder (recoverAbandonedSwaps).
  remover.unref();
}

/**
 * A build killed between commit's two renames left the old site under its `previous` name and no
 * output folder: that site goes back in place. Any other such folder is an old site already replaced.
 */
function recoverAbandonedSwaps(outDir: string, previous: string): void {
  for (const path of abandonedFolders(dirname(outDir), previous)) {
    if (existsSync(outDir)) rmSync(path, { recursive: true, force: true });
    else renameSync(path, outDir);
  }
}
