// The benchmark's command line: its options, their defaults, and the mistakes it stops on.
import { resolve } from 'node:path';

export interface BenchOptions {
  platforms: number;
  outDir: string;
  keep: boolean;
  seed: number;
  split: boolean;
  /** Seconds to wait at most for a quiet machine before each stage; 0: do not wait. */
  quietTimeout: number;
  /** How many times a stage disturbed by other processes is run again. */
  retries: number;
  /** Rounds of all stages; the table shows each stage's median round. */
  repeat: number;
  /** Drive the whole build's search page in Chromium after the builds (search-stage.ts). */
  search: boolean;
}

export const USAGE = 'usage: npm run bench -- --platforms N [--out bench-results] [--keep] [--seed S] [--split] [--quiet-timeout SECONDS] [--retries K] [--repeat K] [--no-search]';

/** A mistake on the command line; bench.ts prints its message and exits with 2. */
export class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** `root`: where the default bench-results/ goes; `cwd`: what a relative --out is relative to. */
export function readBenchOptions(argv: readonly string[], paths: { root: string; cwd: string }): BenchOptions {
  const options: BenchOptions = { platforms: 1000, outDir: resolve(paths.root, 'bench-results'), keep: false, seed: 1, split: false, quietTimeout: 600, retries: 2, repeat: 1, search: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => argv[++i] ?? fail(`${arg} needs a value`);
    // 20,000 and 20_000 read as 20000.
    if (arg === '--platforms') options.platforms = Number(value().replaceAll(/[,_]/g, ''));
    else if (arg?.startsWith('--platforms=')) options.platforms = Number(arg.slice('--platforms='.length).replaceAll(/[,_]/g, ''));
    else if (arg === '--out') options.outDir = resolve(paths.cwd, value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--split') options.split = true;
    else if (arg === '--quiet-timeout') options.quietTimeout = Number(value());
    else if (arg === '--retries') options.retries = Number(value());
    else if (arg === '--repeat') options.repeat = Number(value());
    else if (arg === '--no-search') options.search = false;
    else fail(`unknown option ${arg}\n${USAGE}`);
  }
  if (!Number.isInteger(options.platforms) || options.platforms < 1) fail('--platforms must be a positive integer');
  if (!Number.isInteger(options.seed)) fail('--seed must be an integer');
  if (!Number.isInteger(options.repeat) || options.repeat < 1) fail('--repeat must be a positive integer');
  return options;
}
