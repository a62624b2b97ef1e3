import { describe, expect, it } from 'vitest';
import { compareWithFloor } from './floor.ts';
import { readmeTable, type TableInput } from './readme-table.ts';
import { searchTable, summariseSearch } from './search-figures.ts';
import { QUERY_KINDS } from './search-queries.ts';

const MB = 1024 ** 2;
const stage = (wallSeconds: number, cpuSeconds: number, peakMb: number, steps: Record<string, number> | null = null) => ({ wallSeconds, cpuSeconds, peakBytes: peakMb * MB, steps });
const chosen = {
  validate: stage(0.44, 0.61, 113),
  astro: stage(5.1, 6.3, 599, { 'load model': 0.2, 'astro build': 4.6 }),
  pagefind: stage(0.9, 1.3, 159, { 'load model': 0.1 }),
  whole: stage(5.2, 6.5, 582),
  floorAstro: stage(2.7, 3.5, 405, { 'astro build': 1.6 }),
  floorPagefind: stage(0.6, 0.8, 139),
};
const site = (pages: number, siteBytes: number, indexBytes: number, median: number | null, max: number | null, css: number[]) => ({
  pages,
  siteBytes,
  indexBytes,
  platformPageMedianBytes: median,
  platformPageMaxBytes: max,
  css: css.map((bytes, i) => ({ path: `_astro/${i}.css`, bytes })),
});
const input: TableInput = {
  platforms: 20000,
  data: { jurisdictions: 100, notices: 1030, revocations: 1100 },
  machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryGiB: 24, node: 'v22.23.3', astro: '7.3.5', pagefind: '1.6.0' },
  git: { commit: '4c77475', dirty: false },
  chosen,
  comparison: compareWithFloor(chosen.whole, chosen.floorAstro, chosen.floorPagefind),
  sites: { register: site(474, 7.5 * MB, 0.5 * MB, 8294, 9933, [17613]), floor: site(300, 0.9 * MB, 0.8 * MB, 717, 819, []) },
  repeat: 1,
  rounds: new Map(),
  counted: [{ label: 'validate', wallSeconds: 0.44, othersCpuSeconds: 0.01 }],
  search: null,
};

describe('compareWithFloor', () => {
  it('adds the floor’s two stages, keeps the larger peak, and divides the whole build by the floor', () => {
    const { floor } = input.comparison;
    expect(floor.wallSeconds).toBeCloseTo(3.3);
    expect(floor.cpuSeconds).toBeCloseTo(4.3);
    expect(floor.peakBytes).toBe(405 * MB);
    expect(input.comparison.ratio.toFixed(4)).toBe('1.5758');
  });
});

describe('readmeTable', () => {
  it('writes the stages, the two sites and the ratio as the README carries them', () => {
    expect(readmeTable(input)).toBe(
      [
        '#### 20,000 platforms',
        '',
        '100 jurisdictions, 1,030 notices, 1,100 actions; 2 CPUs (AMD EPYC), 24 GiB; Node v22.23.3, Astro 7.3.5, Pagefind 1.6.0; commit 4c77475.',
        '',
        '| stage | wall s | CPU s | peak MB |',
        '| --- | ---: | ---: | ---: |',
        '| validate | 0.4 | 0.6 | 113 |',
        '| Astro build (model load 0.2 s) | 5.1 | 6.3 | 599 |',
        '| Pagefind index (model load 0.1 s) | 0.9 | 1.3 | 159 |',
        '| **whole build** (`scripts/build.ts`) | 5.2 | 6.5 | 582 |',
        '| floor: bare Astro page | 2.7 | 3.5 | 405 |',
        '| floor: Pagefind | 0.6 | 0.8 | 139 |',
        '| **floor total** | 3.3 | 4.3 | 405 |',
        '',
        '| site | pages | site MB | index MB | platform page KB, median / max | CSS KB |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| register | 474 | 7.5 | 0.5 | 8.1 / 9.7 | 17.2 |',
        '| floor | 300 | 0.9 | 0.8 | 0.7 / 0.8 | – |',
        '',
        'ratio: whole build 5.2 s / floor 3.3 s = **1.58×** (target ≤ 1.5×); validate + Astro + Pagefind stages apart: 6.4 s.',
      ].join('\n'),
    );
  });

  it('adds the search page’s table after the ratio', () => {
    const traffic = { page: { bytes: 17_000, files: 4 }, search: { bytes: 200_000, files: 40 } };
    const runs = (['unthrottled', 'slow 4G'] as const).map((network) => ({
      network,
      first: QUERY_KINDS.map((kind) => ({ kind, query: '海洋', ms: 500, status: '找到 3 个平台。', ...traffic })),
      later: [{ kind: 'code' as const, query: '351883', ms: 90, status: '找到 1 个平台。' }],
    }));
    const summary = summariseSearch(runs);
    const lines = readmeTable({ ...input, search: { summary, visitsPerKind: 1 } }).split('\n');
    expect(lines.slice(-11)).toEqual([lines.at(-11), '', ...searchTable(summary, 1)]);
    expect(lines.at(-11)).toMatch(/^ratio: /);
  });

  it('with --repeat, lists every round’s wall times and ratio; names the stages other processes disturbed', () => {
    const rounds = new Map(
      Object.entries({ validate: [0.4, 0.5], astro: [5.1, 5.3], pagefind: [0.9, 1], whole: [5.2, 6], 'floor-astro': [2.7, 3], 'floor-pagefind': [0.6, 1] }).map(([name, walls]) => [
        name,
        walls.map((wallSeconds) => ({ wallSeconds })),
      ]),
    );
    const table = readmeTable({
      ...input,
      git: { commit: '4c77475', dirty: true },
      repeat: 2,
      rounds,
      counted: [...input.counted, { label: 'whole build (scripts/build.ts)', wallSeconds: 6, othersCpuSeconds: 3.24 }],
    });
    expect(table.split('\n')[2]).toMatch(/; commit 4c77475\+\.$/);
    expect(table.split('\n').slice(-4)).toEqual([
      '',
      '2 rounds, medians shown; wall s per round: validate [0.4, 0.5], Astro [5.1, 5.3], Pagefind [0.9, 1.0], whole [5.2, 6.0], floor Astro [2.7, 3.0], floor Pagefind [0.6, 1.0]; ratio per round: 1.58, 1.50.',
      '',
      'Other processes were busy during: whole build (scripts/build.ts) (3.2 CPU s); those wall times are high.',
    ]);
  });
});
