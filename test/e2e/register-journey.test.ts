// A citizen checks a platform: home → directory → the platform's page, in Debian Chromium,
// on the site built by the real build script from the register fixture.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildFixtureSite } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser(buildFixtureSite('register'));
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('home → directory → platform page', () => {
  it('shows what the site is, the data date and the sample notice on the home page', async () => {
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('h1').textContent()).toBe('示范平台名录（测试数据）');
    expect(await page.locator('main').textContent()).toContain('数据截至 2026年6月15日');
    expect(await page.getByRole('note').first().textContent()).toContain('示例数据');
    const counts = await page.locator('#counts-heading + ul').textContent();
    expect(counts).toMatch(/4\s*✓有效/);
  });

  it('lists every platform in the directory, sortable without JavaScript', async () => {
    await page.getByRole('link', { name: '查看平台名录' }).click();
    await page.waitForURL('**/platforms/');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(8);
    await page.getByRole('link', { name: /^状态/ }).click();
    await page.waitForURL('**/platforms/sort/status/');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('状态');
    const statuses = await page.locator('tbody [data-status]').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
    expect(statuses).toEqual(['active', 'active', 'active', 'active', 'suspended', 'candidate', 'expired', 'revoked']);
  });

  it('opens a platform page with its status and its whole history, each step citing its source', async () => {
    await page.getByRole('link', { name: '测试用青羊政策服务平台' }).click();
    await page.waitForURL('**/platforms/fx-chengdu-reinstated/');
    expect(await page.locator('h1').textContent()).toBe('测试用青羊政策服务平台');
    const status = await page.locator('section[aria-labelledby="status-heading"]').textContent();
    expect(status).toContain('有效');
    expect(status).toContain('自 2025年11月10日 起');
    expect(status).toContain('认定有效期至 2027年12月19日');
    expect(await page.locator('dd code').textContent()).toBe('91510104MA0TEAM04N');
    const steps = await page.locator('#history-heading + ol > li').allTextContents();
    const compact = steps.map((step) => step.replace(/\s+/g, ''));
    expect(compact).toHaveLength(3);
    expect(compact[0]).toMatch(/^2024年12月20日获得认定（有效期至2027年12月19日）依据：认定文件测成经信〔2024〕9号$/);
    expect(compact[1]).toMatch(/^2025年8月1日暂停称号运营单位更名，暂停称号待审核（测试）依据：决定文件测成经信〔2025〕5号；条款：《成都市.*》第十八条（征求意见稿）$/);
    expect(compact[2]).toMatch(/^2025年11月10日恢复称号审核合格，恢复称号（测试）依据：决定文件测成经信〔2025〕8号；条款：/);
    const ground = page.locator('#fx-suspend-qingyang a[href^="/rules/"]');
    expect(await ground.getAttribute('href')).toBe('/rules/chengdu/#article-18');
    await ground.click();
    await page.waitForURL('**/rules/chengdu/#article-18');
    expect(await page.locator('#article-18').textContent()).toContain('更名、重组');
  });

  it('shows a revoked platform as revoked, in words and not by colour alone', async () => {
    await page.goto(`${site.url}/platforms/fx-weihai-revoked/`);
    const badge = page.locator('section[aria-labelledby="status-heading"] [data-status]');
    expect(await badge.getAttribute('data-status')).toBe('revoked');
    expect(await badge.textContent()).toContain('已撤销');
  });

  it('says first what ended or suspended a title: when, by which decision, on which article and why; the original validity after', async () => {
    const box = page.locator('section[aria-labelledby="status-heading"]');
    const read = async (path: string) => {
      await page.goto(`${site.url}${path}`);
      return {
        heading: (await page.locator('#status-heading').innerText()).replace(/\s+/g, ''),
        text: (await box.innerText()).replace(/\s+/g, ''),
        border: await box.evaluate((node) => getComputedStyle(node).borderTopStyle),
      };
    };
    const revoked = await read('/platforms/fx-weihai-revoked/');
    expect(revoked.heading).toBe('✕称号已撤销');
    expect(revoked.text).toMatch(/^✕称号已撤销该平台的示范平台称号已于2025年5月20日撤销。决定文件测威工信〔2025〕9号依据条款《威海市.*》第二十四条（征求意见稿）理由经查实存在违法违规行为（测试）可重新申报2028年5月20日起原认定有效期至2027年2月28日/);
    expect(await box.getByRole('link', { name: /第二十四条/ }).getAttribute('href')).toBe('/rules/weihai/#article-24');
    expect(revoked.border).toBe('double');

    const suspended = await read('/platforms/fx-chengdu-suspended/');
    expect(suspended.text).toMatch(/^‖称号已暂停该平台的示范平台称号自2026年4月1日起暂停。决定文件测成经信〔2026〕2号依据条款《成都市.*》第二十一条（征求意见稿）理由第三方测评不合格，暂停称号并限期整改（测试）原认定有效期至2027年12月19日/);
    expect(suspended.border).toBe('dashed');

    const expired = await read('/platforms/fx-weihai-expired/');
    expect(expired.text).toMatch(/^–认定已到期认定有效期已于2025年6月13日届满，自2025年6月14日起不再持有示范平台称号。认定文件测威工信〔2022〕7号依据条款《威海市.*》第二十三条（征求意见稿）：认定有效期3年理由有效期届满，本名录中没有复核通过的记录。期满后须申请复核。原认定有效期至2025年6月13日/);
    expect(expired.border).toBe('dotted');

    const active = await read('/platforms/fx-chengdu-reinstated/');
    expect(active.heading).toBe('✓称号有效');
    expect(active.text).toContain('认定有效期至2027年12月19日');
    expect(active.text).not.toContain('原认定有效期');
    expect(active.border).toBe('solid');
  });

  it('says beside “征求意见稿” that the rules applied are a draft, and beside “效力无法确定” that their validity cannot be told', async () => {
    await page.goto(`${site.url}/platforms/fx-weihai-revoked/`);
    expect(await page.locator('[data-status-note]').innerText()).toBe('征求意见稿：本平台所在地区的认定办法尚为征求意见稿，以下依据按该稿列出。');
    // Yangjiang 第二十一条: “本办法自发布之日起实施，有效期五年”, and no date of 发布.
    await page.goto(`${site.url}/platforms/fx-yangjiang-legal/`);
    expect(await page.locator('[data-status-note]').innerText()).toBe('效力无法确定：本平台所在地区的认定办法是否仍然有效无法据其文本确定，以下依据按该办法列出。');
    await page.goto(`${site.url}/notices/fx-weihai-2026/`);
    expect(await page.locator('[data-status-note]').innerText()).toBe('征求意见稿：本公示所在地区的认定办法尚为征求意见稿，以下依据按该稿列出。');
    await page.goto(`${site.url}/jurisdictions/chengdu/`);
    expect(await page.locator('[data-status-note]').innerText()).toBe('征求意见稿：本地区的认定办法尚为征求意见稿，以下依据按该稿列出。');
    await page.goto(`${site.url}/check/?y=2`);
    expect(await page.locator('#result-weihai [data-status-note]').innerText()).toBe('征求意见稿：该地区的认定办法尚为征求意见稿，以下结论按该稿核对。');
    expect(await page.locator('#result-yangjiang [data-status-note]').innerText()).toBe('效力无法确定：该地区的认定办法是否仍然有效无法据其文本确定，以下结论按该办法核对。');
    expect(await page.locator('#result-linfen [data-status-note]').count()).toBe(0);
  });

  it('names who recognises the platforms and who publishes the data at the foot of every page', async () => {
    for (const path of ['/', '/platforms/fx-weihai-active/', '/notices/', '/rules/weihai/', '/check/', '/no-such-page/']) {
      await page.goto(`${site.url}${path}`);
      const footer = page.locator('footer');
      expect((await footer.locator('[data-authorities]').innerText()).replace(/\s+/g, ''), path).toBe(
        '认定机关：威海市工业和信息化局（威海市，电话0631-5550000）；成都市经济和信息化局（成都市）；阳江市工业和信息化局（阳江市）',
      );
      expect(await footer.locator('[data-publisher]').innerText(), path).toBe('发布：测试编辑组（虚构）；联系方式：test@example.org');
    }
    expect(await page.locator('footer').getByRole('link', { name: '0631-5550000' }).getAttribute('href')).toBe('tel:0631-5550000');
  });

  it('lets a reader on a phone tap to call or write: the platform, its authority and the publisher', async () => {
    await page.goto(`${site.url}/platforms/fx-weihai-active/`);
    const contact = page.locator('section[aria-labelledby="contact-heading"]');
    expect(await contact.getByRole('link', { name: '0631-5550001' }).getAttribute('href')).toBe('tel:0631-5550001');
    expect(await contact.getByRole('link', { name: 'info@example.org' }).getAttribute('href')).toBe('mailto:info@example.org');
    expect(await page.locator('footer').getByRole('link', { name: 'test@example.org' }).getAttribute('href')).toBe('mailto:test@example.org');
    await page.goto(`${site.url}/jurisdictions/weihai/`);
    expect(await page.locator('main dl').getByRole('link', { name: '0631-5550000' }).getAttribute('href')).toBe('tel:0631-5550000');
  });

  it('prints a platform page as one clean A4 page, without navigation', async () => {
    await page.goto(`${site.url}/platforms/fx-chengdu-reinstated/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.locator('.print-only').textContent()).toContain('https://example.org/platforms/fx-chengdu-reinstated/');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await page.goto(`${site.url}/platforms/no-such-platform/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到该页面');
  });
});
