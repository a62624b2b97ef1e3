// The output folder is replaced only by a complete site: the build writes into a staging folder beside
// it (on the same file system, so that the swap is two renames, wherever --out points) and swaps at
// the end. A failed build discards the staging folder and leaves the old site as it was.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { abandonedFolders, clearAbandonedFolders, workFolderName } from './work-folders.ts';

export interface OutputSwap {
  /** Where the new site is written: `.<name>.building-<pid>` beside the output folder. */
  readonly staging: string;
  /** Puts the staged site in the output folder's place, and removes the old site. */
  commit(): void;
  /** Removes the staged site; the output folder is untouched. */
  discard(): void;
}

export function prepareOutputSwap(outDir: string): OutputSwap {
  const parent = dirname(outDir);
  const building = `.${basename(outDir)}.building-`;
  const previous = `.${basename(outDir)}.previous-`;
  mkdirSync(parent, { recursive: true });
  recoverAbandonedSwaps(outDir, previous);
  clearAbandonedFolders(parent, building);
  const staging = join(parent, workFolderName(building));
  rmSync(staging, { recursive: true, force: true });
  return {
    staging,
    commit() {
      const old = join(parent, workFolderName(previous));
      rmSync(old, { recursive: true, force: true });
      if (existsSync(outDir)) renameSync(outDir, old);
      renameSync(staging, outDir);
      rmSync(old, { recursive: true, force: true });
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
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
