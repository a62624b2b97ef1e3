// Lists on a phone (and the self-check's result tables), as a reader holds one: at 320 and 390 px (and in 大字模式) no page scrolls
// sideways and no box in a list page does either, every list is a column of cards whose title (a
// platform's name, a notice's title) keeps the card's width, and a screen reader hears each value with
// its label; at 1280 px the lists are tables, as before. The sample data's directory stays short on a
// phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtureSite, buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { TEMPLATE_PATHS } from '../support/templates.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';

const site = siteInBrowser(buildFixtureSite('register'));
const sampleDist = buildSite(join(PROJECT_ROOT, 'data'));
let sample: StaticSite;

beforeAll(async () => {
  sample = await serveStatic(sampleDist, { base: builtSiteBase(sampleDist) });
});
afterAll(async () => {
  await sample?.close();
});

/** The templates that are lists, or hold one. */
const LIST_TEMPLATES = [
  'home',
  'directory',
  'directory-sorted',
  'jurisdictions',
  'jurisdiction',
  'notices',
  'revocations',
  'changes',
  'compare',
  'compare-theme',
  'compare-pair',
  'function-map',
  'function',
  'function-jurisdiction',
  'check',
];
const PHONES = [320, 390];
const DESKTOP = 1280;

async function open(origin: string, path: string, width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${origin}${path}`);
  if (path.startsWith('/search/')) await page.getByRole('status').filter({ hasText: '找到' }).waitFor();
  if (path.startsWith('/check/')) await page.getByRole('status').filter({ hasText: '核对完毕' }).waitFor();
  return page;
}

/** Boxes in the main content that scroll sideways: what a reader would have to swipe to read. */
function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}${element.getAttribute('aria-label') ? ` "${element.getAttribute('aria-label')}"` : ''}: ${element.scrollWidth} > ${element.clientWidth}`),
  );
}

/** Names of list entries (and a table row's title) with a run of text broken into lines of fewer than six characters. */
function squeezedNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main tbody th a, main tbody th:not(:has(a)), main li > p:first-child > a, main li > a:first-child')].flatMap((name) => {
      // Each text node apart: a range's rects are its lines (an element's own rects are one box for a block such as a th).
      const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
      const squeezed: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        if (lines > 1 && text.length / lines < 6) squeezed.push(`${text} in ${lines} lines`);
      }
      return squeezed;
    }),
  );
}

describe('every page fits the screen', () => {
  it.each(Object.entries(TEMPLATE_PATHS))('the %s template, at 320, 390 and 1280 px', async (_name, path) => {
    for (const width of [...PHONES, DESKTOP]) {
      const page = await open(site.url, path, width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      await page.close();
    }
  });
});

describe('lists on a phone', () => {
  it.each(LIST_TEMPLATES)('the %s template: nothing to swipe, names on lines of their own width, in 大字模式 too', async (name) => {
    const path = TEMPLATE_PATHS[name] as string;
    for (const [width, elder] of [[320, false], [390, false], [320, true]] as const) {
      const page = await open(site.url, path, width);
      if (elder) await page.getByRole('button', { name: '大字模式' }).click();
      const where = `${path} at ${width} px${elder ? ' in 大字模式' : ''}`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
      expect(await sidewaysScrollers(page), where).toEqual([]);
      expect(await squeezedNames(page), where).toEqual([]);
      await page.close();
    }
  });

  it('shows the directory as cards, each value labelled, the sort orders a row of links', async () => {
    const page = await open(site.url, '/platforms/', 390);
    const card = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /测试用海岳信息服务平台/ }) });
    const box = await card.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    const text = await card.evaluate((row) => [...row.children].map((cell) => `${getComputedStyle(cell, '::before').content}|${cell.textContent?.trim()}`));
    expect(text).toContain('"认定日期："|2025年1月10日');
    expect(text).toContain('"运营单位："|测试用海岳信息咨询有限公司');
    expect(await page.getByRole('link', { name: /^有效期至/ }).isVisible()).toBe(true);
    await page.getByRole('link', { name: /^有效期至/ }).click();
    await page.waitForURL('**/platforms/sort/valid-until/');
    await page.close();
  });

  it('shows a revoked platform ending on the day of its revocation, not at the expiry it never reached', async () => {
    for (const width of [390, DESKTOP]) {
      const page = await open(site.url, '/platforms/', width);
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /测试用乳山融资服务平台/ }) });
      expect(await row.textContent()).toContain('2025年5月20日（撤销）');
      expect(await row.textContent()).not.toContain('2027年2月28日');
      await page.close();
    }
  });

  it('keeps the table for a screen reader, each card value read with its label, and only the heads at desktop width', async () => {
    for (const width of [390, DESKTOP]) {
      const page = await open(site.url, '/platforms/', width);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
      const named = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => node.name?.value ?? '');
      expect(named('table')).toEqual(['平台名录（按平台名称排序）']);
      expect(named('columnheader').map((name) => name.split(/[ ，（]/)[0])).toEqual(['平台名称', '地区', '状态', '认定日期', '有效期至', '运营单位']);
      expect(named('rowheader')).toContain('测试用海岳信息服务平台');
      const cells = named('cell');
      expect(cells).toHaveLength(8 * 5);
      if (width === DESKTOP) expect(cells).toContain('2025年1月10日');
      else {
        expect(cells).toContain('认定日期：2025年1月10日');
        expect(cells.filter((name) => /^(地区|状态|认定日期|有效期至|运营单位)：/.test(name))).toHaveLength(cells.length);
      }
      await page.close();
    }
  });
});

describe('lists at desktop width', () => {
  it.each(LIST_TEMPLATES)('the %s template keeps its tables as tables, heads in sight', async (name) => {
    const page = await open(site.url, TEMPLATE_PATHS[name] as string, DESKTOP);
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].map((table) => ({
        display: getComputedStyle(table).display,
        row: getComputedStyle(table.querySelector('tbody tr') as Element).display,
        heads: (table.querySelector('thead') as HTMLElement).getBoundingClientRect().height,
      })),
    );
    for (const table of tables) expect(table).toEqual({ display: 'table', row: 'table-row', heads: expect.any(Number) });
    for (const table of tables) expect(table.heads).toBeGreaterThan(20);
    await page.close();
  });
});

describe('the directory of the sample data on a phone', () => {
  it('takes at most 200 px of page per platform at 390 px', async () => {
    const page = await open(sample.url, '/platforms/', 390);
    const { height, platforms } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, platforms: document.querySelectorAll('main tbody tr').length }));
    console.log(`/platforms/ at 390 px: ${height} px for ${platforms} platforms, ${(height / platforms).toFixed(1)} px each`);
    expect(platforms).toBeGreaterThan(50);
    expect(height / platforms).toBeLessThanOrEqual(200);
    await page.close();
  });
});
