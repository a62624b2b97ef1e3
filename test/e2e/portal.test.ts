// A national portal searches jurisdictions' separately built sites from one page: the Weihai site's
// search page merges the Yangjiang site's Pagefind index (site.json search_merge).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildFixtureSite } from '../support/build-site.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';

const weihai = buildFixtureSite('portal-weihai');
const yangjiang = buildFixtureSite('portal-yangjiang');
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(weihai, { mounts: { '/yangjiang/': yangjiang } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a search across two separately built sites', () => {
  it('finds platforms of both, each linking to its own site', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('培训服务平台')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 2 个平台/);
    const links = await page.locator('#current-results a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
    expect(links.sort()).toEqual([
      ['门户测试威海培训服务平台', '/platforms/pw-training/'],
      ['门户测试阳江培训服务平台', '/yangjiang/platforms/py-training/'],
    ]);
    await page.getByText('筛选：地区、服务功能、状态').click();
    await expect.poll(() => page.locator('[data-filter-count="jurisdiction:阳江市"]').textContent()).toBe('（1）');
    expect(await page.locator('main').textContent()).toContain('同时搜索：阳江市示范平台名录');
    await page.close();
  });

  it('filters across both by function', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?function=${encodeURIComponent('财税服务')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('找到 1 个平台。');
    expect(await page.locator('#current-results a').getAttribute('href')).toBe('/yangjiang/platforms/py-tax/');
    await page.close();
  });
});
