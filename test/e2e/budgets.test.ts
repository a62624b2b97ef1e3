// The budgets on the sample build: a failing budget fails CI. Sizes are figures, not timings.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { BUDGETS, measureBudgets } from '../../scripts/lib/budgets.ts';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';

const dist = buildSite(join(PROJECT_ROOT, 'data'));
const report = measureBudgets(dist);

describe('budgets of the sample build', () => {
  it(`keeps every platform page within ${BUDGETS.platformPageBytes / 1024} KB of HTML`, () => {
    console.log(`platform pages: ${report.platformPages}, median ${report.medianPlatformPageBytes} B, largest ${report.largestPlatformPage.bytes} B (${report.largestPlatformPage.path})`);
    expect(report.platformPages).toBeGreaterThan(60);
    expect(report.largestPlatformPage.bytes).toBeLessThanOrEqual(BUDGETS.platformPageBytes);
  });

  it(`serves one shared stylesheet within ${BUDGETS.cssBytes / 1024} KB`, () => {
    console.log(`CSS: ${report.cssFiles.map((file) => `${file.path} ${file.bytes} B`).join(', ')}`);
    expect(report.cssFiles).toHaveLength(1);
    expect(report.cssFiles[0]?.bytes).toBeLessThanOrEqual(BUDGETS.cssBytes);
  });

  it('puts no JavaScript on pages that need none', () => {
    expect(report.pagesWithUnneededScripts).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(checkLinks(dist, builtSiteBase(dist)).broken).toEqual([]);
  });
});
