// The site's main uses, end to end in Chromium on the register fixture built for a fixed SITE_AS_OF.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildFixtureSite } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser(buildFixtureSite('register', { SITE_AS_OF: '2026-06-15' }));
let page: Page;

async function fresh(path: string): Promise<Page> {
  await page?.close();
  page = await site.browser.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

const statusBadge = () => page.locator('section[aria-labelledby="status-heading"] [data-status]');

describe('a citizen checks whether an organisation really holds the title', () => {
  it('by part of its name: finds it, sees it was revoked, and why', async () => {
    await fresh('/');
    await page.getByRole('link', { name: '搜索' }).click();
    // The home page has a search box with the same label: wait for the search page's own.
    await page.waitForURL('**/search/');
    await page.getByLabel(/平台名称、运营单位/).fill('乳山融资');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 1 个平台/);
    await page.locator('#former-results').getByRole('link', { name: '测试用乳山融资服务平台' }).click();
    await page.waitForURL('**/platforms/fx-weihai-revoked/');
    expect(await statusBadge().textContent()).toContain('已撤销');
    expect(await page.locator('section[aria-labelledby="status-heading"]').textContent()).toContain('已于 2025年5月20日 撤销');
    expect(await page.locator('#fx-revoke-rushan a[href="/rules/weihai/#article-24"]').count()).toBe(1);
  });

  it('by its 统一社会信用代码: finds exactly one platform, holding the title', async () => {
    await fresh(`/search/?q=91510104MA0TEAM04N`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 1 个平台/);
    await page.locator('#current-results a').first().click();
    await page.waitForURL('**/platforms/fx-chengdu-reinstated/');
    expect(await statusBadge().getAttribute('data-status')).toBe('active');
    expect(await page.locator('dd code').textContent()).toBe('91510104MA0TEAM04N');
  });
});

describe('an SME looks for a training provider in its city', () => {
  it('finds Chengdu’s providers through the function pages, without searching', async () => {
    await fresh('/');
    await page.getByRole('link', { name: '按服务查找' }).click();
    await page.getByRole('link', { name: '培训服务' }).click();
    await page.locator('main a[href="/functions/training/chengdu/"]').click();
    await page.waitForURL('**/functions/training/chengdu/');
    const providers = await page.locator('main ol > li').allTextContents();
    expect(providers).toHaveLength(1);
    expect(providers[0]).toContain('测试用锦江创业基地');
    expect(providers[0]).toContain('暂停');
  });

  it('finds Weihai’s with the search filters', async () => {
    await fresh('/search/');
    await page.getByText('筛选：地区、服务功能、状态').click();
    await page.getByLabel('培训服务').check();
    await page.getByLabel('威海市').check();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('找到 1 个平台。');
    expect(await page.locator('#current-results a').allTextContents()).toEqual(['测试用海岳信息服务平台']);
  });
});

describe('a reader follows a publicity notice', () => {
  it('to the platforms it lists, and to the article that sets its period', async () => {
    await fresh('/notices/');
    await page.getByRole('link', { name: '关于2026年度威海市示范平台拟认定名单的公示（测试）' }).click();
    await page.getByRole('link', { name: '测试用荣成创业服务平台' }).click();
    await page.waitForURL('**/platforms/fx-weihai-candidate/');
    expect(await statusBadge().getAttribute('data-status')).toBe('candidate');
    await page.goBack();
    await page.locator('dd a[href="/rules/weihai/#article-20"]').click();
    await page.waitForURL('**/rules/weihai/#article-20');
    expect(await page.locator('#article-20').textContent()).toContain('公示5个工作日');
  });
});

describe('a reader follows a revocation to its ground', () => {
  it('from the register of actions to the article it rests on', async () => {
    await fresh('/revocations/');
    await page.locator('#fx-revoke-rushan').getByRole('link', { name: /第二十四条/ }).click();
    await page.waitForURL('**/rules/weihai/#article-24');
    expect(await page.locator('#article-24').textContent()).toContain('予以撤销示范平台称号，3年内不得申报');
  });
});
