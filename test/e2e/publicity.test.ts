// Notices, actions and feeds on a site built for a fixed SITE_AS_OF, read in Chromium and by parsers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { buildFixtureSite, runScript } from '../support/build-site.ts';
import { fixtureCopy } from '../support/data-folder.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const dist = buildFixtureSite('register', { SITE_AS_OF: '2026-06-15' });
const site = siteInBrowser(dist);

async function noticeStatusAt(clock: string | null, javaScriptEnabled = true) {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (clock) await page.clock.setFixedTime(new Date(clock));
  await page.goto(`${site.url}/notices/fx-weihai-2026/`);
  const status = page.locator('[data-notice-status]');
  const result = { state: await status.getAttribute('data-state'), text: (await status.textContent())?.replace(/\s+/g, '') ?? '' };
  await context.close();
  return result;
}

describe('a notice page', () => {
  it('shows the state as of the data date, saying so, with the working days left', async () => {
    // Period 12 June (Fri) to 18 June 2026: on Monday 15 June, 15–18 June are left.
    const { state, text } = await noticeStatusAt('2026-06-15T10:00:00+08:00');
    expect(state).toBe('open');
    expect(text).toBe('公示中，剩余4个工作日（含当日）（截至2026年6月15日）');
  });

  it('says the same without JavaScript, and whatever the reader’s clock says', async () => {
    expect(await noticeStatusAt(null, false)).toEqual({ state: 'open', text: '公示中，剩余4个工作日（含当日）（截至2026年6月15日）' });
    // A reader after the end date sees the day the state is counted on, and the period beside it.
    expect(await noticeStatusAt('2026-06-19T08:00:00+08:00')).toEqual({ state: 'open', text: '公示中，剩余4个工作日（含当日）（截至2026年6月15日）' });
  });
});

describe('whether a notice is open', () => {
  it('is said for the same day, the data date, on every page that says it', async () => {
    const page = await site.browser.newPage();
    await page.clock.setFixedTime(new Date('2026-06-19T08:00:00+08:00'));
    const said = async (path: string, locator: string) => {
      await page.goto(`${site.url}${path}`);
      return (await page.locator(locator).first().innerText()).replace(/\s+/g, '');
    };
    expect(await said('/', 'a[href="/notices/"] >> text=正在公示')).toBe('正在公示1项（截至2026年6月15日）');
    expect(await said('/jurisdictions/weihai/', '#notices-heading + ul li')).toBe('关于2026年度威海市示范平台拟认定名单的公示（测试）：公示中，剩余4个工作日（含当日）（截至2026年6月15日）');
    expect(await said('/notices/', 'tbody tr:first-child [data-notice-status]')).toBe('公示中，剩余4个工作日（含当日）（截至2026年6月15日）');
    expect(await said('/notices/', 'tbody tr:nth-child(2) [data-notice-status]')).toBe('已结束（截至2026年6月15日）');
    expect(await said('/notices/fx-weihai-2026/', '[data-notice-status]')).toBe('公示中，剩余4个工作日（含当日）（截至2026年6月15日）');
    await page.close();
  });

  it('needs no script: the notice pages carry none', () => {
    for (const path of ['notices/index.html', 'notices/fx-weihai-2026/index.html']) {
      const html = readFileSync(join(dist, path), 'utf8');
      expect(html, path).not.toMatch(/<script\b[^>]*\bsrc=/);
      expect(html, path).not.toContain('type="module"');
    }
  });
});

describe('an open notice', () => {
  it('shows how to object: by when, to whom, what an objection must contain and what the rules say, each citing its article', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/notices/fx-weihai-2026/`);
    const box = page.getByRole('region', { name: '如何提出异议' });
    expect(await box.isVisible()).toBe(true);
    const text = (await box.innerText()).replace(/\s+/g, '');
    expect(text).toContain('截止2026年6月18日（星期四）17:30前');
    expect(text).toContain('向谁提出异议请于公示期内致电0631-5550000（测试）');
    expect(text).toContain('异议须写明的内容《威海市中小企业公共服务示范平台认定管理办法》未规定异议须写明的内容（如是否须实名、书面提出）；请按公告的要求提出（见公示内容）。');
    expect(text).toContain('规则的规定评审合格、经公示无异议的平台，方授予称号（《威海市中小企业公共服务示范平台认定管理办法》第二十一条）');
    expect(await box.getByRole('link', { name: '0631-5550000' }).getAttribute('href')).toBe('tel:0631-5550000');
    expect(await box.getByRole('link', { name: '第二十一条' }).getAttribute('href')).toBe('/rules/weihai/#article-21');
    expect(await box.locator('time').getAttribute('datetime')).toBe('2026-06-18T17:30+08:00');
    // The period gives the hour too.
    expect((await page.locator('dd').filter({ hasText: '至' }).first().innerText()).replace(/\s+/g, '')).toMatch(/^2026年6月12日至2026年6月18日17:30/);
    await page.goto(`${site.url}/notices/fx-yangjiang-2023/`);
    expect(await page.locator('[data-objection]').count()).toBe(0);
    await page.close();
  });
});

describe('a notice’s period', () => {
  it('shows how the end date was computed, citing the article', () => {
    const html = readFileSync(join(dist, 'notices/fx-weihai-2026/index.html'), 'utf8');
    expect(html).toContain('规定的 5 个工作日推算');
    expect(html).toContain('href="/rules/weihai/#article-20"');
  });
});

describe('the register of actions', () => {
  it('lists actions newest first, each ground linked to its article', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/revocations/`);
    const ids = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.id));
    expect(ids).toEqual(['fx-suspend-jinjiang', 'fx-reinstate-qingyang', 'fx-suspend-qingyang', 'fx-revoke-rushan']);
    const revoked = page.locator('#fx-revoke-rushan');
    expect(await revoked.locator('a[href="/rules/weihai/#article-24"]').count()).toBe(1);
    expect(await revoked.textContent()).toContain('2028年5月20日');
    await page.close();
  });
});

describe('expiring recognitions', () => {
  it('lists a recognition ending on the data date, with the renewal route of its rules', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const section = home.slice(home.indexOf('id="expiring-heading"'), home.indexOf('id="changes-heading"'));
    expect(section).toContain('阳江市测试中小企业综合服务平台');
    expect(section).toContain('还有 0 天');
    expect(section).toContain('期满须申请复核');
    expect(section).toContain('href="/rules/yangjiang/#article-19"');
    expect(section).not.toContain('测试用海岳信息服务平台');
  });
});

describe('feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  type Rss = { rss: { channel: { title: string; item?: { title: string; link: string; pubDate: string }[] } } };
  const rss = (path: string) => xml.parse(readFileSync(join(dist, path), 'utf8')) as Rss;

  it('publishes notices as RSS, site-wide and per jurisdiction', () => {
    const all = rss('feeds/notices.xml').rss.channel.item ?? [];
    expect(all.map((item) => item.link)).toEqual(['https://example.org/notices/fx-weihai-2026/', 'https://example.org/notices/fx-yangjiang-2023/']);
    expect(rss('feeds/weihai/notices.xml').rss.channel.item?.map((item) => item.title)).toEqual(['关于2026年度威海市示范平台拟认定名单的公示（测试）']);
    expect(rss('feeds/chengdu/notices.xml').rss.channel.item).toBeUndefined();
  });

  it('publishes actions as RSS, newest first', () => {
    const items = rss('feeds/revocations.xml').rss.channel.item ?? [];
    expect(items.map((item) => item.title)).toEqual(['暂停：测试用锦江创业基地', '恢复：测试用青羊政策服务平台', '暂停：测试用青羊政策服务平台', '撤销：测试用乳山融资服务平台']);
    expect(items[0]?.pubDate).toBe('Tue, 31 Mar 2026 16:00:00 GMT');
  });

  it('publishes every publicity period and recognition end date as a calendar', () => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'feeds/calendar.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const byUid = Object.fromEntries(events.map((event) => [event.uid, event]));
    expect(byUid['notice-fx-weihai-2026@example.org']?.startDate.toString()).toBe('2026-06-12');
    expect(byUid['notice-fx-weihai-2026@example.org']?.endDate.toString()).toBe('2026-06-19');
    expect(byUid['valid-until-fx-weihai-active@example.org']?.startDate.toString()).toBe('2028-01-09');
    expect(byUid['valid-until-fx-weihai-revoked@example.org']).toBeUndefined();
    expect(events).toHaveLength(2 + 6);
  });

  it('announces the feeds on the pages that offer them', () => {
    const html = readFileSync(join(dist, 'jurisdictions/weihai/index.html'), 'utf8');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="公示" href="/feeds/weihai/notices.xml">');
    expect(html).toContain('<link rel="alternate" type="text/calendar" title="公示期与有效期日历" href="/feeds/weihai/calendar.ics">');
  });
});

describe('a period running into a year whose holidays are not yet published', () => {
  it('is counted Monday to Friday, marked provisional, and noted in the build log', () => {
    const dir = fixtureCopy({
      'notices.json': (text) => text.replace(/\]\s*$/, ',{"id":"fx-weihai-2027","jurisdiction":"weihai","title":"跨年公示","published_on":"2026-12-28","platforms":"fx-weihai-candidate"}]'),
    });
    const run = runScript('validate', ['--data', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('notice fx-weihai-2027: its end 2027-01-01 falls in a year whose holiday arrangement is not yet published');
  });
});
