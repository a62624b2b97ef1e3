// The change log, made as a clerk makes it: the register fixture released with `npm run release`,
// then each kind of change made and released in turn (a phone corrected, a platform added, a
// revocation recorded, a platform removed), the last release built; read in Chromium and by a parser.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildFixtureSite, buildSite, runScript } from '../support/build-site.ts';
import { appendLines, fixtureCopy, replaceText } from '../support/data-folder.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const data = fixtureCopy();
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(data, file), change(readFileSync(join(data, file), 'utf8')));
/** Each release its own data date, as a clerk's would be. */
function release(asOf: string, note: string): void {
  edit('site.json', (text) => text.replace(/"as_of": "[\d-]+"/, `"as_of": "${asOf}"`));
  const run = runScript('release', ['--data', data, '--note', note]);
  if (run.status !== 0) throw new Error(`release failed:\n${run.stdout}\n${run.stderr}`);
}

release('2026-06-15', '首次发布');
edit('platforms.csv', replaceText(',0631-5550001,', ',0631-5550002,'));
release('2026-06-16', '更正海岳平台的联系电话');
edit('platforms.csv', appendLines('fx-weihai-added,测试用新增信息服务平台,测试用新增信息咨询有限公司,91371002MA0TEAM101,weihai,高区,platform,specialized,信息服务;training,2026-06-01,,测威工信〔2026〕6号,,,,,'));
release('2026-06-17', '收录新认定的平台');
edit('revocations.csv', appendLines('fx-revoke-haiyue,fx-weihai-active,revoked,2026-06-17,weihai#24,经查实存在违法违规行为（测试）,测威工信〔2026〕7号,,'));
release('2026-06-18', '撤销海岳平台的称号');
edit('platforms.csv', (text) => text.split('\n').filter((line) => !line.startsWith('fx-yangjiang-legal,')).join('\n'));
release('2026-06-19', '漠阳法律服务平台系误列，予以移除');

const dist = buildSite(data);
const site = siteInBrowser(dist);

async function textOf(path: string, selector: string): Promise<string[]> {
  const page = await site.browser.newPage();
  const response = await page.goto(`${site.url}${path}`);
  expect(response?.status(), path).toBe(200);
  const texts = (await page.locator(selector).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  await page.close();
  return texts;
}

describe('the list of releases', () => {
  it('lists every release newest first, with its date, note and counts', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/changes/`);
    const rows = await page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent?.trim(), ...['added', 'changed', 'removed'].map((kind) => tr.querySelector(`[data-count=${kind}]`)?.textContent?.replace(/\D/g, ''))].join(' ')),
    );
    expect(rows).toEqual(['第 5 版 0 0 1', '第 4 版 1 0 0', '第 3 版 1 0 0', '第 2 版 0 1 0', '第 1 版 17 0 0']);
    const first = page.locator('tbody tr').first();
    expect(await first.innerText()).toContain('2026年6月19日');
    expect(await first.innerText()).toContain('漠阳法律服务平台系误列，予以移除');
    await first.getByRole('link', { name: '第 5 版' }).click();
    await page.waitForURL('**/changes/5/');
    await page.close();
  });

  it('is announced as a feed, which has one item per release, newest first', async () => {
    const html = readFileSync(join(dist, 'changes', 'index.html'), 'utf8');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="变更记录" href="/feeds/changes.xml">');
    const feed = new XMLParser().parse(readFileSync(join(dist, 'feeds', 'changes.xml'), 'utf8')) as { rss: { channel: { item: { title: string; link: string; description: string }[] } } };
    const items = feed.rss.channel.item;
    expect(items.map((item) => item.link)).toEqual([5, 4, 3, 2, 1].map((n) => `https://example.org/changes/${n}/`));
    expect(items[0]?.title).toBe('第 5 版（2026年6月19日）：移除 1 条记录');
    expect(items[0]?.description).toContain('移除平台“测试用漠阳法律服务平台”');
    expect(items[1]?.description).toContain('新增处理决定：撤销“测试用海岳信息服务平台”（2026年6月17日）');
  });

  it('shows on the home page among the latest changes', async () => {
    const items = await textOf('/', '#changes-heading + ol li[data-release]');
    expect(items).toEqual(['2026年6月19日发布第 5 版移除 1 条记录', '2026年6月18日发布第 4 版新增 1 条记录', '2026年6月17日发布第 3 版新增 1 条记录']);
  });
});

describe('a release’s page', () => {
  it('shows a removal first, boxed as the exception it is, the platform named and its page not linked', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/changes/5/`);
    const sections = await page.locator('main section[data-kind]').evaluateAll((all) => all.map((section) => section.getAttribute('data-kind')));
    expect(sections).toEqual(['removed']);
    const removal = page.locator('section[data-kind=removed]');
    expect(await removal.getByRole('heading').innerText()).toBe('⚠ 移除的记录（1 条）');
    expect(await removal.evaluate((box) => getComputedStyle(box).borderTopStyle)).toBe('double');
    const text = (await removal.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('移除平台“测试用漠阳法律服务平台”');
    expect(text).toContain('统一社会信用代码 91441702MA0TEAM05X');
    expect(await removal.getByRole('link').count()).toBe(0);
    expect((await page.locator('[data-note]').innerText()).trim()).toBe('漠阳法律服务平台系误列，予以移除');
    expect((await page.goto(`${site.url}/platforms/fx-yangjiang-legal/`))?.status()).toBe(404);
    await page.close();
  });

  it('shows a corrected phone number old → new, linking to the platform', async () => {
    const [entry] = await textOf('/changes/2/', 'section[data-kind=changed] > ol > li');
    expect(entry).toBe('平台“测试用海岳信息服务平台”的记录有变更 联系电话： 由 0631-5550001 → 改为 0631-5550002 查看该平台 ：测试用海岳信息服务平台');
  });

  it('shows an added platform with its key fields, and a recorded revocation with its platform, action and date', async () => {
    const [platform] = await textOf('/changes/3/', 'section[data-kind=added] > ol > li');
    expect(platform).toBe('新增平台“测试用新增信息服务平台” 平台名称 测试用新增信息服务平台 运营单位 测试用新增信息咨询有限公司 统一社会信用代码 91371002MA0TEAM101 所属地区 威海市 查看该平台 ：测试用新增信息服务平台');
    const [action] = await textOf('/changes/4/', 'section[data-kind=added] > ol > li');
    expect(action).toContain('新增处理决定：撤销“测试用海岳信息服务平台”（2026年6月17日） 平台 测试用海岳信息服务平台 处理类型 撤销 决定日期 2026年6月17日');
  });

  it('gives the release file, its SHA-256 and the previous one’s, which match the files', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/changes/3/`);
    expect(await page.locator('[data-release-file]').getAttribute('href')).toBe('/data/releases/0003.json');
    const sha256 = (await page.locator('[data-sha256]').innerText()).trim();
    const previous = (await page.locator('[data-previous]').innerText()).trim();
    const { createHash } = await import('node:crypto');
    const hashOf = (name: string) => createHash('sha256').update(readFileSync(join(data, 'releases', name))).digest('hex');
    expect(sha256).toBe(hashOf('0003.json'));
    expect(previous).toBe(hashOf('0002.json'));
    await page.close();
  });
});

describe('a release of every kind of change (the register fixture’s second)', () => {
  it('reads removals, then additions, then changes', () => {
    const html = readFileSync(join(buildFixtureSite('register'), 'changes', '2', 'index.html'), 'utf8');
    expect([...html.matchAll(/<section[^>]* data-kind="(\w+)"/g)].map((match) => match[1])).toEqual(['removed', 'added', 'changed']);
  });
});

describe('a platform’s 记录变更', () => {
  it('lists the releases that changed its record or its actions, apart from its recognition history', async () => {
    const entries = await textOf('/platforms/fx-weihai-active/', '[data-record-changes] li[data-release]');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatch(/^第 1 版（2026年6月15日） 收录该平台的记录/);
    expect(entries[1]).toBe('第 2 版（2026年6月16日） 该平台的记录有变更 联系电话： 由 0631-5550001 → 改为 0631-5550002');
    expect(entries[2]).toMatch(/^第 4 版（2026年6月18日） 新增处理决定：撤销“测试用海岳信息服务平台”（2026年6月17日）/);
    const [added] = await textOf('/platforms/fx-weihai-added/', '[data-record-changes] li[data-release]');
    expect(added).toMatch(/^第 3 版（2026年6月17日） 收录该平台的记录 平台名称 测试用新增信息服务平台/);
    const headings = await textOf('/platforms/fx-weihai-active/', 'main h2');
    expect(headings.indexOf('记录变更')).toBeGreaterThan(headings.indexOf('历史记录'));
  });

  it('links each entry to its place on the release’s page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/platforms/fx-weihai-active/`);
    await page.locator('[data-record-changes]').getByRole('link', { name: '第 2 版' }).click();
    await page.waitForURL('**/changes/2/#platforms-fx-weihai-active');
    expect(await page.locator('#platforms-fx-weihai-active').innerText()).toContain('0631-5550002');
    await page.close();
  });
});

describe('a data folder without releases', () => {
  it('has no change log: no page, no feed, no section, no link', () => {
    const plain = buildSite(fixtureCopy());
    for (const path of ['changes/index.html', 'feeds/changes.xml']) expect(() => readFileSync(join(plain, path)), path).toThrow();
    const platform = readFileSync(join(plain, 'platforms', 'fx-weihai-active', 'index.html'), 'utf8');
    expect(platform).not.toContain('记录变更');
    expect(platform).not.toContain('href="/changes/"');
    expect(readFileSync(join(plain, 'index.html'), 'utf8')).not.toContain('/changes/');
  });
});
