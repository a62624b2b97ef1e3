// WCAG 2.1 AA by axe-core on every page template, keyboard use of the search page, the skip link,
// visible focus, and the 适老化 (elderly-friendly) mode.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { buildFixtureSite } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { TEMPLATE_PATHS } from '../support/templates.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = siteInBrowser(buildFixtureSite('register'));
// axe is injected as a script of its own, which the pages' CSP would rightly refuse.
let axeContext: BrowserContext;

beforeAll(async () => {
  axeContext = await site.browser.newContext({ bypassCSP: true });
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(path: string, width: number): Promise<string[]> {
  const page = await axeContext.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.url}${path}`);
  if (path.startsWith('/search/')) await page.getByRole('status').filter({ hasText: '找到' }).waitFor();
  if (path.startsWith('/check/')) await page.getByRole('status').filter({ hasText: '核对完毕' }).waitFor();
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations)`)) as AxeViolation[];
  await page.close();
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('axe finds nothing', () => {
  it.each(Object.entries(TEMPLATE_PATHS))('on the %s template, at desktop and phone widths', async (_name, path) => {
    expect(await axeViolations(path, 1280)).toEqual([]);
    expect(await axeViolations(path, 390)).toEqual([]);
  });
});

describe('keyboard and focus', () => {
  it('offers a skip link as the first stop, which moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/platforms/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows where the focus is', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('lets a keyboard alone search, filter and open a result', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    await page.getByLabel(/平台名称、运营单位/).focus();
    await page.keyboard.type('测试用');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到 8 个平台/);
    // The filters open from their summary with the keyboard, as a <details> does.
    await page.locator('#filters summary').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('法律服务').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('找到 1 个平台。');
    await page.locator('#current-results a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/platforms/fx-yangjiang-legal/');
    await page.close();
  });
});

describe('适老化 mode', () => {
  it('switches to larger type and stronger contrast, and remembers it from page to page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/platforms/`);
    const toggle = page.getByRole('button', { name: '大字模式' });
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeCloseTo(before * 1.25, 1);
    await page.goto(`${site.url}/rules/weihai/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    expect(await page.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('keeps the page whole at 200% zoom, the way a reader without JavaScript enlarges it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${site.url}/platforms/fx-chengdu-reinstated/`);
    expect(await page.getByRole('button', { name: '大字模式' }).isHidden()).toBe(true);
    // Reflow: at 320 CSS px (1280 px zoomed to 400%) nothing but tables scrolls sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
