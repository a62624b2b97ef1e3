// The plaque's verification QR code (牌匾核验): on a platform page of the sample site, rendered by
// Chromium and read back by a real decoder (zbarimg, Debian's zbar-tools), it is the page's own
// absolute address; the page prints the verification card alone when opened at #card; and a site
// without base_url has no QR code, which its build says.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, PROJECT_ROOT, runScript } from '../support/build-site.ts';
import { fixtureCopy } from '../support/data-folder.ts';
import { testTempDir } from '../support/temp-tree.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { measureBudgets } from '../../scripts/lib/budgets.ts';

const DATA = join(PROJECT_ROOT, 'data');
const dist = buildSite(DATA);
const site = siteInBrowser(dist);

/** The page's own address as the data folder states it today: base_url, then the platform's path below it. */
function ownAddress(id: string): string {
  const { base_url: baseUrl } = JSON.parse(readFileSync(join(DATA, 'site.json'), 'utf8')) as { base_url?: string };
  if (!baseUrl) throw new Error('the sample data has no base_url, so its pages have no QR code to test');
  return `${baseUrl.replace(/\/?$/, '/')}platforms/${id}/`;
}

/** A few platforms of the built site, chosen afresh each run, not a hand-picked one. */
function somePlatforms(count: number): string[] {
  const { records } = JSON.parse(readFileSync(join(dist, 'data/platforms.json'), 'utf8')) as { records: { id: string }[] };
  const ids = records.map((record) => record.id);
  for (let index = ids.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [ids[index], ids[other]] = [ids[other] as string, ids[index] as string];
  }
  return ids.slice(0, count);
}

/** What zbarimg reads in an image; a missing zbarimg fails the test, saying what to install. */
function decodeQr(png: string): string {
  const run = spawnSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' });
  if (run.error && 'code' in run.error && run.error.code === 'ENOENT') {
    throw new Error('zbarimg is not installed: the QR test decodes with Debian’s zbar-tools (apt-get install zbar-tools; .ci/run installs it)');
  }
  if (run.status !== 0) throw new Error(`zbarimg read no code in ${png} (exit ${run.status}): ${run.stderr}`);
  return run.stdout.replace(/\n$/, '');
}

async function screenshotOfQr(page: Page, name: string): Promise<string> {
  const png = join(testTempDir('qr-'), `${name}.png`);
  await page.locator('#card svg').screenshot({ path: png });
  return png;
}

describe('the QR code on a platform page', () => {
  it('decodes, as Chromium draws it at phone and desktop widths, to the page’s own absolute address', async () => {
    for (const [index, id] of somePlatforms(4).entries()) {
      const width = index % 2 === 0 ? 390 : 1280;
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}/platforms/${id}/`);
      const qr = page.locator('#card svg');
      expect(await qr.isVisible(), id).toBe(true);
      const box = await qr.boundingBox();
      expect(box?.width, `${id}: the code is drawn at a size a phone reads off a screen`).toBeGreaterThanOrEqual(160);
      expect(decodeQr(await screenshotOfQr(page, `${id}-${width}`)), `${id} at ${width} px`).toBe(ownAddress(id));
      // The card says the same address in words, and the code is named for screen readers.
      expect(await page.locator('#card').textContent(), id).toContain(ownAddress(id));
      expect(await page.getByRole('img', { name: `二维码：${ownAddress(id)}` }).count(), id).toBe(1);
      await page.close();
    }
  });

  it('is drawn at build time: the platform pages carry no script beyond the layout’s own', () => {
    const report = measureBudgets(dist);
    expect(report.pagesWithUnneededScripts.filter((path) => path.startsWith('platforms/'))).toEqual([]);
    const [id = ''] = somePlatforms(1);
    expect(readFileSync(join(dist, 'platforms', id, 'index.html'), 'utf8')).not.toMatch(/<svg[^>]*\sstyle=|<path[^>]*\sstyle=/);
  });
});

describe('the verification card', () => {
  it('is offered by a link to #card, and prints alone, framed, with a larger code, when the page is opened there', async () => {
    const [id = ''] = somePlatforms(1);
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/platforms/${id}/`);
    await page.getByRole('link', { name: '打印核验卡' }).click();
    expect(new URL(page.url()).hash).toBe('#card');
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('#card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.getByText('以网上名录页面为准，本卡片不作为认定依据').isVisible()).toBe(true);
    for (const other of ['h1', '#history-heading', '#status-heading', 'header', 'footer', '[role="note"]']) {
      expect(await page.locator(other).first().isVisible(), other).toBe(false);
    }
    expect(await page.getByRole('link', { name: '打印核验卡' }).isVisible()).toBe(false);
    expect(await card.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('solid');
    const qrWidth = (await card.locator('svg').boundingBox())?.width ?? 0;
    expect(qrWidth).toBeGreaterThan(180); // 50 mm is 189 CSS px.
    expect(decodeQr(await screenshotOfQr(page, `${id}-card`))).toBe(ownAddress(id));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await page.close();
  });

  it('leaves the whole record in print when the page is not opened at #card, the code small beside it', async () => {
    const [id = ''] = somePlatforms(1);
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/platforms/${id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const shown of ['h1', '#history-heading', '#status-heading', '#card']) expect(await page.locator(shown).isVisible(), shown).toBe(true);
    const qrWidth = (await page.locator('#card svg').boundingBox())?.width ?? 0;
    expect(qrWidth).toBeGreaterThan(80); // 24 mm is 91 CSS px.
    expect(qrWidth).toBeLessThan(100);
    await page.close();
  });
});

describe('a site without base_url', () => {
  it('has no QR code on its platform pages, and its build says once why', () => {
    const data = fixtureCopy({ 'site.json': (text) => JSON.stringify({ ...(JSON.parse(text) as object), base_url: undefined }) });
    expect(readFileSync(join(data, 'site.json'), 'utf8')).not.toContain('base_url');
    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', data, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const note = '[提示 note] site.json 未提供 base_url，无法生成需要完整网址的内容：平台页的核验二维码、订阅源（RSS、日历）、站点地图和规范链接，均已略去。';
    expect(run.stderr.split(note)).toHaveLength(2);
    expect(run.stderr).toContain("site.json gives no base_url: what needs absolute addresses (the platform pages' verification QR codes, the feeds, the sitemap, canonical links) cannot be made and is left out.");
    const page = join(out, 'platforms/fx-weihai-active/index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).not.toContain('id="card"');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('打印核验卡');
  });
});
