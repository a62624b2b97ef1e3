// Work folders are named after the process that made them (`render-1234`, `.dist.building-1234`), so
// that a later build can tell which ones a killed build left behind, its process gone, and clear them.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `prefix` followed by this process's id: the name of a work folder of this build. */
export const workFolderName = (prefix: string, pid = process.pid): string => `${prefix}${pid}`;

/** The folders in `base` named `prefix<pid>` or `prefix<pid>-…` whose process no longer runs. */
export function abandonedFolders(base: string, prefix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return []; // No such folder yet: nothing was left in it.
  }
  return names
    .filter((name) => {
      if (!name.startsWith(prefix)) return false;
      const pid = /^(\d+)(?:-|$)/.exec(name.slice(prefix.length))?.[1];
      return pid !== undefined && !isRunning(Number(pid));
    })
    .map((name) => join(base, name));
}

/** Removes what abandonedFolders finds; returns the paths removed. */
export function clearAbandonedFolders(base: string, prefix: string): string[] {
  const abandoned = abandonedFolders(base, prefix);
  for (const path of abandoned) rmSync(path, { recursive: true, force: true });
  return abandoned;
}

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // Running, as another user.
  }
}
