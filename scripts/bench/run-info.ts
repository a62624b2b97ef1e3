// What a result was measured on and with: the machine, the tools' versions, and the commit (a
// modified working tree marked), so that figures in the README can be traced.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './project-root.ts';
import { hasGnuTime, TIME } from './run-stage.ts';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  astro: string;
  pagefind: string;
  timeTool: string;
}

export interface GitState {
  commit: string;
  dirty: boolean;
}

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function machineInfo(): MachineInfo {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
    timeTool: hasGnuTime ? `${TIME} -f '%e %U %S %M'` : 'none: wall by the clock, CPU and memory sampled from /proc',
  };
}

export function gitState(): GitState {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return { commit: commit || 'unknown', dirty: status !== '' };
}
