// The eligibility self-check in Chromium: a profile that qualifies in some jurisdictions and not
// in others, each verdict and its citations; the profile kept in the address bar.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const dist = buildFixtureSite('register');
const site = siteInBrowser(dist);
/** How many rules documents the site checks against: whatever the site publishes, not a number fixed here. */
const documentCount = () => (JSON.parse(readFileSync(join(dist, 'check', 'rules.json'), 'utf8')) as unknown[]).length;

const verdicts = (page: Page) => page.locator('#check-results > ul li').allTextContents();
const row = (page: Page, rules: string, key: string) => page.locator(`#result-${rules} tr[data-key="${key}"]`);

async function fillProfile(page: Page) {
  await page.getByLabel('成立或运营年限（年）').fill('2');
  await page.getByLabel('资产总额（万元）').fill('60');
  await page.getByLabel('注册资金（万元）').fill('60');
  await page.getByLabel('无违法违规、失信记录的年数（年）').fill('3');
  await page.getByLabel('上年服务中小企业数（家）').fill('45');
  await page.getByLabel('近年服务企业数量的变化').selectOption('growing');
  await page.getByLabel('用户满意度（%）').fill('85');
  await page.getByLabel('公益性或低收费服务占总服务量的比例（%）').fill('25');
  await page.getByLabel('每年公益性服务活动（次）').fill('2');
  await page.getByLabel('为中小企业服务的专职人员（人）').fill('6');
  await page.getByLabel('其中大专以上学历或中级以上职称人员的比例（%）').fill('80');
  await page.getByLabel('合作（集聚）的服务机构（家）').fill('3');
  await page.getByLabel('办公场所面积（平方米）').fill('120');
  await page.getByLabel('培训服务', { exact: true }).check();
  await page.getByLabel('培训服务：年培训（人次）').fill('550');
  await page.getByLabel('培训服务：其中线下培训（人次）').fill('250');
}

describe('the self-check', () => {
  it('gives each jurisdiction’s verdict for a profile, each answer citing its article', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/check/`);
    await fillProfile(page);
    await page.getByRole('button', { name: '查看结果' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);

    const lines = await verdicts(page);
    expect(lines.find((line) => line.startsWith('临汾市'))).toBe('临汾市：符合各项条件');
    // Yangjiang 第八条（四）: “年服务中小微企业不少于40家（培训服务不少于200家）”: a training platform serving 45 is short.
    expect(lines.find((line) => line.startsWith('阳江市'))).toBe('阳江市：有 1 项未达到（效力无法确定）');
    expect(await row(page, 'yangjiang', 'smes_served_min_per_year').textContent()).toContain('未达到，差 155 家');
    expect(lines.find((line) => line.startsWith('威海市'))).toBe('威海市：有 4 项未达到（征求意见稿）');
    // Weihai: 100万元 of assets, 60 SMEs, 90% satisfaction, and its 培训服务 asks 600 persons a year.
    const weihaiShort = await page.locator('#result-weihai tr[data-outcome="short"]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['key']));
    expect(weihaiShort).toEqual(['assets_min_wan', 'smes_served_min_per_year', 'satisfaction_min_pct', 'functions_min']);
    expect(await page.locator('#result-weihai h4 + ul > li').first().textContent()).toContain('培训服务：未达到要求');
    expect(lines.find((line) => line.startsWith('宁夏回族自治区'))).toMatch(/^宁夏回族自治区：有 \d 项未达到.*（征求意见稿）$/);
    expect(lines.find((line) => line.startsWith('成都市'))).toMatch(/^成都市：有 \d 项未达到.*（征求意见稿）$/);

    // Weihai asks 100万元 of total assets (第十四条（一）): 40 short.
    const assets = row(page, 'weihai', 'assets_min_wan');
    expect(await assets.getAttribute('data-outcome')).toBe('short');
    expect(await assets.textContent()).toContain('未达到，差 40 万元');
    expect(await assets.locator('a').getAttribute('href')).toBe('/rules/weihai/#article-14-1');
    // Chengdu counts 注册资金, not 资产总额.
    expect(await row(page, 'chengdu', 'assets_min_wan').locator('th').textContent()).toBe('注册资金');
    expect(await row(page, 'chengdu', 'assets_min_wan').getAttribute('data-outcome')).toBe('short');
    // Linfen's floor is 50万元 (第六条（一）), met exactly by more.
    expect(await row(page, 'linfen', 'assets_min_wan').getAttribute('data-outcome')).toBe('meets');

    // The profile is in the address bar: a reload, or a shared link, gives the same results.
    expect(new URL(page.url()).searchParams.get('ta')).toBe('60');
    expect(new URL(page.url()).searchParams.get('f.training')).toBe('p550_i250');
    await page.reload();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    expect(await verdicts(page)).toEqual(lines);
    expect(await page.getByLabel('资产总额（万元）').inputValue()).toBe('60');
    await page.close();
  });

  it('shows Ningxia’s relaxation for a 事业单位 as “may be relaxed”, not as a pass or a failure', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/check/?lf=public_institution&ta=60&y=1`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    expect(await row(page, 'ningxia', 'assets_min_wan').getAttribute('data-outcome')).toBe('may_be_relaxed');
    // Weihai's 50万元 for a 事业单位 rests on “服务业绩突出，示范作用明显” (第十四条): it may apply, it is not met.
    expect(await row(page, 'weihai', 'assets_min_wan').getAttribute('data-outcome')).toBe('may_be_relaxed');
    expect(await row(page, 'weihai', 'assets_min_wan').textContent()).toContain('可适用较低标准 50 万元以上（事业单位、民办非企业单位、社团法人，须服务业绩突出，示范作用明显）');
    await page.close();
  });

  // Chengdu 第六条: “制造业园区建筑总面积在 6 万平方米以上，楼宇经济园建筑总面积在 8 千平方米以上”.
  it('tells a 10,000 m² 制造业园区 applying as a Chengdu base that it falls short, and without a park type that it cannot tell', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${site.url}/check/`);
    await page.getByLabel('小企业创业基地', { exact: true }).tap();
    await page.getByLabel('基地建筑总面积（平方米）').fill('10000');
    await page.getByLabel('制造业园区').tap();
    await page.getByRole('button', { name: '查看结果' }).tap();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    const area = row(page, 'chengdu', 'base_floor_area_min_m2');
    expect(await area.getAttribute('data-outcome')).toBe('short');
    expect(await area.textContent()).toContain('60000 平方米以上');
    expect(await area.textContent()).toContain('未达到，差 50000 平方米');
    expect(new URL(page.url()).searchParams.get('pk')).toBe('manufacturing');

    await page.goto(`${site.url}/check/?as=base&fa=10000`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    expect(await area.getAttribute('data-outcome')).toBe('unknown');
    expect(await area.textContent()).toContain('无法判断：制造业园区要求 60000 平方米以上');
    expect(await page.locator('input[name="pk"][value=""]').isChecked()).toBe(true);
    await page.close();
  });

  it('lists each figure a function asks beside its verdict: Chengdu’s offline training too (第五条（三）)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/check/?f.training=p550_i150`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    const training = page.locator('#result-chengdu li').filter({ hasText: /^培训服务：/ });
    expect(await training.locator(':scope > ul > li').allInnerTexts()).toEqual([
      '年培训：要求 500 人次以上；您的情况：550 人次；达到（规则：年培训人（次），线上线下合计）',
      '其中线下培训：要求 200 人次以上；您的情况：150 人次；未达到，差 50 人次（规则：其中，线下培训200人（次）以上）',
    ]);
    expect(await page.getByLabel('培训服务：其中线下培训（人次）').inputValue()).toBe('150');
    await page.close();
  });

  it('fits a finger on a phone: every control and result link at least 44 px tall', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${site.url}/check/?y=2&f.training=p550`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    const heights = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll('#check-form select, #check-form input[type=number], #check-form button'),
        ...[...document.querySelectorAll('#check-form input[type=checkbox], #check-form input[type=radio]')].map((box) => box.closest('label')),
        ...document.querySelectorAll('#check-results > ul a'),
      ].filter((node): node is Element => node !== null && (node as HTMLElement).offsetParent !== null);
      return targets.map((node) => ({ what: (node.getAttribute('name') ?? node.textContent ?? '').slice(0, 30), height: node.getBoundingClientRect().height }));
    });
    expect(heights.length).toBeGreaterThan(40);
    expect(heights.filter((target) => target.height < 44)).toEqual([]);
    await page.close();
  });

  it('shows a service’s figure fields as soon as it is ticked', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${site.url}/check/`);
    const financing = page.getByLabel('融资服务：年帮助融资（亿元）');
    expect(await financing.isVisible()).toBe(false);
    await page.getByLabel('融资服务', { exact: true }).tap();
    expect(await financing.isVisible()).toBe(true);
    await financing.fill('5.5');
    await page.getByLabel('融资服务', { exact: true }).tap();
    expect(await financing.isVisible()).toBe(false);
    await page.close();
  });

  it('says for each jurisdiction which ticked service its rules do not list, instead of dropping it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/check/?y=2&f.training=p550&f.legal=`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`已按 ${documentCount()} 个地区的规则核对完毕。`);
    // Chengdu's platforms have no 法律服务 (第五条); Weihai's have (第十五条（七））.
    const chengdu = page.locator('#result-chengdu li[data-unlisted]');
    expect((await chengdu.innerText()).replace(/\s+/g, '')).toBe('法律服务：成都市的认定办法未列此项服务，不计入服务功能要求（第五条）');
    expect(await chengdu.getByRole('link').getAttribute('href')).toBe('/rules/chengdu/#article-5');
    expect(await page.locator('#result-weihai li[data-unlisted]').count()).toBe(0);
    expect(await page.locator('#result-weihai li').allInnerTexts()).toContainEqual(expect.stringMatching(/^法律服务：/));
    await page.close();
  });

  it('names a field in error and leads to it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/check/`);
    await page.getByLabel('为中小企业服务的专职人员（人）').fill('-3');
    await page.getByRole('button', { name: '查看结果' }).click();
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('为中小企业服务的专职人员（人）：应为不小于 0 的数字');
    await alert.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-staff');
    await page.close();
  });
});
