// The search page as a reader uses it: type part of a name, filter by function, open a result,
// come back to the same results; and what it says when the index cannot be loaded.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildFixtureSite } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser(buildFixtureSite('register'));

const resultTitles = (page: Page, list: string) => page.locator(`#${list} li a`).allTextContents();

describe('the search page', () => {
  it('finds by a Chinese substring, filters by function, and keeps the search in the address bar', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    await page.getByLabel(/平台名称、运营单位/).fill('测试用');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 8 个平台/);
    expect(await resultTitles(page, 'former-results')).toEqual(expect.arrayContaining(['测试用乳山融资服务平台', '测试用文登技术服务平台']));

    // The filters are folded away until the reader opens them; their counts come with them.
    expect(await page.locator('[data-filter-count="jurisdiction:成都市"]').textContent()).toBe('');
    await page.getByText('筛选：地区、服务功能、状态').click();
    await expect.poll(() => page.locator('[data-filter-count="jurisdiction:成都市"]').textContent()).toBe('（2）');
    await page.getByLabel('培训服务').check();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('找到 3 个平台。');
    // 测试用 is in the operator's name of the Yangjiang platform.
    expect((await resultTitles(page, 'current-results')).sort()).toEqual(['测试用海岳信息服务平台', '测试用锦江创业基地', '阳江市测试中小企业综合服务平台']);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('测试用')}&function=${encodeURIComponent('培训服务')}`);
    expect(await page.locator('[data-filter-count="jurisdiction:成都市"]').textContent()).toBe('（1）');

    await page.getByRole('link', { name: '测试用锦江创业基地' }).click();
    await page.waitForURL('**/platforms/fx-chengdu-suspended/');
    await page.goBack();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('找到 3 个平台。');
    expect(await page.getByLabel(/平台名称、运营单位/).inputValue()).toBe('测试用');
    expect(await page.getByLabel('培训服务').isChecked()).toBe(true);
    await page.close();
  });

  it('opens a shared link with its query and filters applied', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('海岳信')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 1 个平台/);
    expect(await resultTitles(page, 'current-results')).toEqual(['测试用海岳信息服务平台']);
    await page.close();
  });

  it('finds a platform by the last characters of its code, and marks a revoked one as revoked', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=MA0TEAM09U`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 1 个平台/);
    const item = page.locator('#former-results li');
    expect(await item.locator('[data-status]').textContent()).toContain('已撤销');
    // The whole code is shown, so that the reader can confirm the match.
    expect(await item.textContent()).toMatch(/统一社会信用代码：[0-9A-Z]{8}MA0TEAM09U/);
    expect(await page.locator('#current-section').isHidden()).toBe(true);
    await page.close();
  });

  it('finds a code by its beginning, and lists nothing for a code nobody holds rather than codes like it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=91371002MA`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 3 个平台/);
    // Only one character differs from 91371002MA0TEAM09U, which the fixture holds.
    await page.goto(`${site.url}/search/?q=91371002MA0TEAM09V`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 0 个平台/);
    expect(await page.locator('#former-results li').count()).toBe(0);
    await page.goto(`${site.url}/search/?q=MA0TEAM09V`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 0 个平台/);
    await page.close();
  });

  it('lists the notices, rules and other pages that mention the query, below the platforms', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('拟认定名单')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 0 个平台/);
    // Pages are searched when the reader asks, then with every query after.
    await page.getByRole('button', { name: '也在公示、规则和地区页面中搜索' }).click();
    await expect.poll(() => page.locator('#page-results li').count()).toBeGreaterThan(0);
    const pages = await page.locator('#page-results li').allTextContents();
    expect(pages).toEqual(expect.arrayContaining([expect.stringMatching(/^公示\s*关于2026年度威海市示范平台拟认定名单的公示（测试）/)]));
    expect(await page.locator('#page-results a').first().getAttribute('href')).toMatch(/^\/notices\//);
    await page.getByLabel(/平台名称、运营单位/).fill('阳江');
    await expect.poll(() => page.locator('#page-results').textContent()).toContain('关于2023年度阳江市示范平台拟认定名单的公示（测试）');
    expect(await page.getByRole('button', { name: '也在公示、规则和地区页面中搜索' }).isHidden()).toBe(true);
    await page.close();
  });

  it('says so when the index cannot be loaded', async () => {
    const page = await site.browser.newPage();
    await page.route('**/search-index/**', (route) => route.abort());
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('海岳')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('搜索暂时无法使用（搜索索引未能加载）。请稍后再试，或在平台名录中查看全部平台。');
    // Once the index can be reached again, the next search finds what it should.
    await page.unroute('**/search-index/**');
    await page.getByLabel(/平台名称、运营单位/).fill('海岳信');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 1 个平台/);
    await page.close();
  });
});

describe('finding providers without JavaScript', () => {
  it('lists a function’s providers with each jurisdiction’s own name for it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/functions/training/`);
    const items = await page.locator('main ol > li').allTextContents();
    expect(items.map((item) => item.replace(/\s+/g, ''))).toEqual([
      expect.stringContaining('测试用海岳信息服务平台✓有效'),
      expect.stringContaining('阳江市测试中小企业综合服务平台✓有效'),
      expect.stringContaining('当地规则中的名称：人员培训'),
    ]);
    await page.goto(`${site.url}/functions/training/chengdu/`);
    expect(await page.locator('main').textContent()).toContain('成都市的规则称之为“培训服务”“人员培训”。');
    await context.close();
  });
});

describe('search where readers start', () => {
  it('the home page and the directory send a query to the search page, without a script of their own', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const start of ['/', '/platforms/']) {
      await page.goto(`${site.url}${start}`);
      expect(await page.locator('main script, body > script[src]').count()).toBe(0);
      const box = page.getByRole('searchbox', { name: /^核验或查找示范平台/ });
      await box.fill('海岳信');
      await box.press('Enter');
      await page.waitForURL(`**/search/?q=${encodeURIComponent('海岳信')}`);
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 1 个平台/);
      expect(await resultTitles(page, 'current-results')).toEqual(['测试用海岳信息服务平台']);
    }
    await context.close();
  });
});
