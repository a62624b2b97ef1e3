// Child processes of this process, from /proc (Linux). The benchmark times each stage with
// /usr/bin/time, which counts a grandchild's CPU time and memory only when the stage process has
// reaped it. Pagefind's Node API runs its indexer as a child process and, on close(), kills it and
// lets Node exit without waiting: waitForChildren() keeps the event loop alive until Node has
// reaped it, so that the indexer's CPU time and peak memory are counted.
import { readdirSync, readFileSync } from 'node:fs';

function taskIds(pid: number | 'self'): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

export function childPids(pid: number | 'self' = 'self'): number[] {
  const pids: number[] = [];
  const tasks = taskIds(pid);
  for (const task of tasks) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/)) {
        if (child !== '') pids.push(Number(child));
      }
    } catch {
      // The task ended meanwhile.
    }
  }
  return pids;
}

/** The process's state letter (R, S, Z, …) and its command, or null when it has gone. */
function processInfo(pid: number): { state: string; command: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return { state: stat.slice(stat.lastIndexOf(')') + 2).charAt(0), command };
  } catch {
    return null;
  }
}

/**
 * Waits until no child of this process is left to reap (a zombie) or still stopping (Pagefind's
 * indexer, killed by pagefind.close()), or `timeoutMs` have passed. Other children that live on
 * until the process exits (esbuild's service, waiting on its stdin) are not waited for.
 */
export async function waitForChildren(timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  const pending = (): boolean =>
    childPids().some((pid) => {
      const info = processInfo(pid);
      return info !== null && (info.state === 'Z' || /pagefind/.test(info.command));
    });
  while (pending() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
