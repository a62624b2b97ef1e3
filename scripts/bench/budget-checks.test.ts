import { describe, expect, it } from 'vitest';
import { budgetChecks, checkLine } from './budget-checks.ts';
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
