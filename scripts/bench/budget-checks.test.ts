import { describe, expect, it } from 'vitest';
import { budgetChecks, checkLine, searchBudgetChecks } from './budget-checks.ts';
import { summariseSearch, type NetworkName } from './search-figures.ts';
import { QUERY_KINDS } from './search-queries.ts';
import type { SiteMetrics } from './site-metrics.ts';

const MB = 1024 ** 2;
const register: SiteMetrics = {
  pages: 474,
  files: 600,
  siteBytes: 7.5 * MB,
  indexBytes: 0.5 * MB,
  indexFiles: 100,
  platformPages: 300,
  platformPageMedianBytes: 8294,
  platformPageMaxBytes: 9933,
  platformPageMax: 'platforms/bp-000281/index.html',
  largestPages: [],
  css: [{ path: '_astro/BaseLayout.css', bytes: 17613 }],
  jsBytes: 0,
  pagesWithScript: 3,
  pagesWithScriptByRoute: { 'platforms/*/': 2, 'search/': 1 },
  scripts: [{ script: 'inline javascript: try{if(x)\n  y()}…', pages: 3, bytes: 106 }],
  pagefindCss: [],
};

describe('budgetChecks', () => {
  it('checks page, stylesheet, ratio and memory against the budgets and lists the scripts', () => {
    const lines = budgetChecks(register, 1.5758, { peakBytes: 582 * MB, maxRssBytes: 456 * MB, treePeakBytes: 582 * MB }).map(checkLine);
    expect(lines).toEqual([
      'PASS platform page ≤ 20 KB of HTML: max 9.7 KB (platforms/bp-000281/index.html), median 8.1 KB',
      "PASS one shared CSS file ≤ 25 KB: 1 file(s), _astro/BaseLayout.css 17.2 KB (not counted: Pagefind's own UI CSS in pagefind/, 0 files, 0.0 KB)",
      'LIST pages with a <script>: 3 of 474 (by route: platforms/*/ 2, search/ 1)',
      'LIST   on 3 page(s), 106 bytes: inline javascript: try{if(x) y()}…',
      'FAIL whole build within 1.5× of the floor: 1.58×',
      'PASS whole build peak memory < 2 GB: 582 MB (largest process 456 MB, process tree 582 MB)',
    ]);
  });

  it('fails a second stylesheet and a platform page over 20 KB; a build over 2 GB', () => {
    const lines = budgetChecks(
      { ...register, platformPageMaxBytes: 20 * 1024 + 1, css: [...register.css, { path: '_astro/other.css', bytes: 100 }], pagesWithScript: 0, scripts: [] },
      1.2,
      { peakBytes: 2 * 1024 ** 3, maxRssBytes: null, treePeakBytes: 2 * 1024 ** 3 },
    ).map(checkLine);
    expect(lines).toEqual([
      'FAIL platform page ≤ 20 KB of HTML: max 20.0 KB (platforms/bp-000281/index.html), median 8.1 KB',
      "FAIL one shared CSS file ≤ 25 KB: 2 file(s), _astro/BaseLayout.css 17.2 KB, _astro/other.css 0.1 KB (not counted: Pagefind's own UI CSS in pagefind/, 0 files, 0.0 KB)",
      'LIST pages with a <script>: 0 of 474',
      'PASS whole build within 1.5× of the floor: 1.20×',
      'FAIL whole build peak memory < 2 GB: 2048 MB (largest process 0 MB, process tree 2048 MB)',
    ]);
  });
});

describe('searchBudgetChecks', () => {
  /** A first search of each kind and a later query per network, `searchBytes` for each first query after a 16 KB page. */
  const search = (searchBytes: number, times: Record<NetworkName, { first: (number | null)[]; later: (number | null)[] }>) =>
    summariseSearch(
      (['unthrottled', 'slow 4G'] as const).map((network) => ({
        network,
        first: QUERY_KINDS.map((kind, i) => ({ kind, query: kind, ms: times[network].first[i] ?? null, status: '找到', page: { bytes: 16 * 1024, files: 4 }, search: { bytes: searchBytes, files: 30 + i } })),
        later: times[network].later.map((ms) => ({ kind: 'name' as const, query: '海洋', ms, status: ms === null ? '找到 0 个平台。' : '找到' })),
      })),
    );

  it('checks the page and a first query against 150 KB, and the slow-4G times against their budgets', () => {
    const lines = searchBudgetChecks(search(100 * 1024, { unthrottled: { first: [300, 200, 250], later: [40] }, 'slow 4G': { first: [1400, 1100, 1500], later: [300, 500] } })).map(checkLine);
    expect(lines).toEqual([
      'PASS search page + first query ≤ 150 KB transferred: worst 116.0 KB, median 116.0 KB in 35 files, at most 36',
      'PASS first results within 1.5 s of Enter on slow 4G: worst 1,500 ms, median 1,400 ms',
      "PASS later queries' results within 0.5 s of Enter on slow 4G: worst 500 ms, median 300 ms",
    ]);
  });

  it('fails what is over, and a query that brought no results however fast the others were', () => {
    const lines = searchBudgetChecks(search(140 * 1024, { unthrottled: { first: [300, 200, 250], later: [40] }, 'slow 4G': { first: [1400, null, 1200], later: [null] } })).map(checkLine);
    expect(lines).toEqual([
      'FAIL search page + first query ≤ 150 KB transferred: worst 156.0 KB, median 156.0 KB in 35 files, at most 36',
      'FAIL first results within 1.5 s of Enter on slow 4G: worst 1,400 ms, median 1,200 ms, 1 without results',
      "FAIL later queries' results within 0.5 s of Enter on slow 4G: no results, 1 without results",
    ]);
  });
});
