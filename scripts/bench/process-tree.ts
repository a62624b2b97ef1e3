// One sample of a stage's whole process tree from /proc: GNU time sees only the largest single
// process, but a stage's memory is the sum of its processes (render processes, Pagefind's indexer).
import { readFileSync } from 'node:fs';
import { childPids } from './children.ts';

const PAGE_SIZE = 4096;

/**
 * The summed resident set of `rootPid` and its descendants, in bytes. Records the command of each
 * process in `seen` and its CPU ticks so far (user + system) in `cpuTicks`.
 */
export function readTreeRss(rootPid: number, seen: Map<number, string>, cpuTicks: Map<number, number>): number {
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(statm[1] ?? 0) * PAGE_SIZE;
      if (!seen.has(pid)) seen.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, 3).join(' '));
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks.set(pid, Number(fields[11] ?? 0) + Number(fields[12] ?? 0));
    } catch {
      continue; // Gone meanwhile.
    }
    stack.push(...childPids(pid));
  }
  return total;
}
