import { describe, expect, it } from 'vitest';
import { readBenchOptions, UsageError, USAGE } from './bench-options.ts';

const paths = { root: '/project', cwd: '/somewhere' };
const read = (...argv: string[]) => readBenchOptions(argv, paths);

describe('readBenchOptions', () => {
  it('has the defaults the usage line promises', () => {
    expect(read()).toEqual({ platforms: 1000, outDir: '/project/bench-results', keep: false, seed: 1, split: false, quietTimeout: 600, retries: 2, repeat: 1, search: true });
  });

  it('reads every option, thousands separators in --platforms included', () => {
    expect(read('--platforms', '20,000', '--out', 'runs', '--keep', '--seed', '7', '--split', '--quiet-timeout', '0', '--retries', '1', '--repeat', '3', '--no-search')).toEqual({
      platforms: 20000,
      outDir: '/somewhere/runs',
      keep: true,
      seed: 7,
      split: true,
      quietTimeout: 0,
      retries: 1,
      repeat: 3,
      search: false,
    });
    expect(read('--platforms=5_000').platforms).toBe(5000);
  });

  it.each([
    [['--frobnicate'], `unknown option --frobnicate\n${USAGE}`],
    [['--seed'], '--seed needs a value'],
    [['--platforms', '0'], '--platforms must be a positive integer'],
    [['--platforms', 'many'], '--platforms must be a positive integer'],
    [['--seed', '1.5'], '--seed must be an integer'],
    [['--repeat', '0'], '--repeat must be a positive integer'],
  ])('stops on %j with a usage error', (argv, message) => {
    expect(() => read(...argv)).toThrow(new UsageError(message));
  });
});
