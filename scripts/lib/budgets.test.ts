import { describe, expect, it } from 'vitest';
import { tempTree as site } from '../../test/support/temp-tree.ts';
import { measureBudgets, middleOf } from './budgets.ts';
import { ELDER_PREFERENCE } from '../../src/layouts/inline-scripts.ts';


describe('measureBudgets', () => {
  it('measures platform pages and stylesheets, and finds scripts where no page needs one', () => {
    const report = measureBudgets(
      site({
        'platforms/index.html': 'x'.repeat(50_000),
        'platforms/a/index.html': `<script>${ELDER_PREFERENCE}</script>${'a'.repeat(1000)}`,
        'platforms/b/index.html': '<script type="module" src="/_astro/b.js"></script>',
        'rules/x/index.html': '<script>alert(1)</script>',
        'search/index.html': '<script type="module" src="/_astro/s.js"></script>',
        '_astro/site.css': 'c'.repeat(300),
      }),
    );
    expect(report.platformPages).toBe(2);
    expect(report.largestPlatformPage.path).toBe('platforms/a/index.html');
    // Of two pages, the median is the smaller: the benchmark's rule (middleOf).
    expect(report.medianPlatformPageBytes).toBe('<script type="module" src="/_astro/b.js"></script>'.length);
    expect(report.cssFiles).toEqual([{ path: '_astro/site.css', bytes: 300 }]);
    expect(report.pagesWithUnneededScripts).toEqual(['platforms/b/index.html', 'rules/x/index.html']);
  });
});

describe('middleOf', () => {
  it('is the middle value, of an even number the lower middle one', () => {
    expect(middleOf([1, 2, 3])).toBe(2);
    expect(middleOf([1, 2, 3, 4])).toBe(2);
    expect(middleOf([7])).toBe(7);
    expect(middleOf([])).toBeUndefined();
  });
});
