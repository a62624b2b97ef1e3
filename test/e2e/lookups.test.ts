// The stable lookups of built sites: /platforms/<id>.json, fetched over HTTP, against the open data and
// the platform's page; /codes/<统一社会信用代码>/ against the data. On the register fixture, and on a copy
// with two releases in which one operator's code holds platforms in two jurisdictions, was named by a
// third platform's record until release 2, and by a fourth that release 2 removed from the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildFixtureSite, buildPrivateSite, runScript } from '../support/build-site.ts';
import { appendLines, fixtureCopy, replaceText } from '../support/data-folder.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { PLATFORM_JSON_FORMAT, platformJsonSchema } from '../../src/lib/lookups/platform-json.ts';

type OpenPlatform = { id: string; name: string; uscc: string; jurisdiction: string; status: string } & Record<string, unknown>;

/** fx-weihai-active's code, which the copy gives to more platforms. */
const CODE = '91371002MA0TEAM013';
const LEGAL_CODE = '91441702MA0TEAM05X';
const CHENGDU_ROW = `fx-chengdu-haiyue,测试用海岳成都服务平台,测试用海岳信息咨询有限公司,${CODE},chengdu,武侯区,platform,specialized,information,2025-03-01,,测成经信〔2025〕1号,,,,,`;
const GONE_ROW = `fx-weihai-gone,测试用海岳已移除平台,测试用海岳信息咨询有限公司,${CODE},weihai,环翠区,platform,specialized,information,2025-02-01,,测威工信〔2025〕2号,,,,,`;

const fixtureDist = buildFixtureSite('register');
const releasedDist = buildPrivateSite(releasedCopy());

/** Release 1: the fixture with the Chengdu and the soon-removed platforms, and the Yangjiang legal platform under CODE; release 2: the Yangjiang one back to its own code, the removed one gone. */
function releasedCopy(): string {
  const dir = fixtureCopy({ 'platforms.csv': (text) => appendLines(CHENGDU_ROW, GONE_ROW)(replaceText(`,${LEGAL_CODE},`, `,${CODE},`)(text)) });
  release(dir, '第一版');
  const platforms = join(dir, 'platforms.csv');
  const secondRelease = (text: string) => replaceText(`${GONE_ROW}\n`, '')(replaceText(`,${CODE},yangjiang,`, `,${LEGAL_CODE},yangjiang,`)(text));
  writeFileSync(platforms, secondRelease(readFileSync(platforms, 'utf8')));
  release(dir, '第二版：移除一个平台，更正一个代码');
  return dir;
}

function release(dir: string, note: string): void {
  const run = runScript('release', ['--data', dir, '--note', note]);
  if (run.status !== 0) throw new Error(`release failed:\n${run.stdout}\n${run.stderr}`);
}

const platformsOf = (dist: string) => (JSON.parse(readFileSync(join(dist, 'data', 'platforms.json'), 'utf8')) as { as_of: string; records: OpenPlatform[] });
const drawn = <T,>(items: readonly T[], count: number): T[] => [...items].sort(() => Math.random() - 0.5).slice(0, count);

let browser: Browser;
const sites: Record<string, StaticSite> = {};
beforeAll(async () => {
  sites['fixture'] = await serveStatic(fixtureDist, { base: builtSiteBase(fixtureDist) });
  sites['released'] = await serveStatic(releasedDist, { base: builtSiteBase(releasedDist) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await site.close();
});

interface ListedHolding {
  holding: string;
  id: string | null;
  status: string | null;
  text: string;
}

async function codePage(site: StaticSite, code: string): Promise<{ title: string; text: string; holdings: ListedHolding[] }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(`${site.url}/codes/${code}/`);
    expect(response?.status(), code).toBe(200);
    const holdings = await page.$$eval('main li[data-holding]', (items) =>
      items.map((item) => ({
        holding: (item as HTMLElement).dataset['holding'] ?? '',
        id: /\/platforms\/([a-z0-9-]+)\/$/.exec(item.querySelector('a')?.getAttribute('href') ?? '')?.[1] ?? null,
        status: (item.querySelector('[data-status]') as HTMLElement | null)?.dataset['status'] ?? null,
        text: item.textContent ?? '',
      })),
    );
    return { title: await page.title(), text: (await page.textContent('main')) ?? '', holdings };
  } finally {
    await page.close();
  }
}

describe.each(['fixture', 'released'])('stable lookups on the %s site', (name) => {
  const dist = name === 'fixture' ? fixtureDist : releasedDist;
  const { as_of: asOf, records } = platformsOf(dist);

  it('serves each platform’s JSON: its open-data record, the status its page shows, in the documented shape', async () => {
    const site = sites[name]!;
    for (const platform of drawn(records, 5)) {
      const response = await fetch(`${site.url}/platforms/${platform.id}.json`);
      expect(response.status, platform.id).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const json = platformJsonSchema.parse(await response.json());
      expect(json, platform.id).toMatchObject({ format: PLATFORM_JSON_FORMAT, as_of: asOf, id: platform.id, status: platform.status, status_since: platform['status_since'], valid_until: platform['valid_until'] });
      expect(json.record, platform.id).toEqual(platform);
      const html = await (await fetch(`${site.url}/platforms/${platform.id}/`)).text();
      expect(/<h2 id="status-heading"[^>]*\sdata-status="([a-z]+)"/.exec(html)?.[1], platform.id).toBe(json.status);
      expect(html, platform.id).toContain(`href="${builtSiteBase(dist)}platforms/${platform.id}.json"`);
      expect(html, platform.id).toContain(`href="${builtSiteBase(dist)}codes/${platform.uscc}/"`);
    }
  });

  it('lists on each code’s page every platform whose record names the code, each with its status', async () => {
    const site = sites[name]!;
    for (const code of new Set(records.map((platform) => platform.uscc))) {
      const { title, text, holdings } = await codePage(site, code);
      expect(title).toContain(`统一社会信用代码 ${code} 名下的示范平台`);
      expect(text).toContain('数据截至 2026年6月15日');
      const current = holdings.filter((holding) => holding.holding === 'current');
      const expected = records.filter((platform) => platform.uscc === code);
      expect(current.map((holding) => holding.id).sort(), code).toEqual(expected.map((platform) => platform.id).sort());
      for (const platform of expected) expect(current.find((holding) => holding.id === platform.id)?.status, platform.id).toBe(platform.status);
    }
  });

  it('has no broken link', () => {
    const { broken, pages } = checkLinks(dist, builtSiteBase(dist));
    expect(pages).toBeGreaterThan(records.length * 2);
    expect(broken).toEqual([]);
  });
});

describe('a code held across jurisdictions, earlier, and by a platform removed from the register', () => {
  it('shows both current platforms, the one whose record named it until release 2, and the removed one as removed', async () => {
    const { records } = platformsOf(releasedDist);
    const holders = records.filter((platform) => platform.uscc === CODE);
    expect(new Set(holders.map((platform) => platform.jurisdiction)).size).toBe(2);
    const { holdings } = await codePage(sites['released']!, CODE);
    expect(holdings.map((holding) => [holding.holding, holding.id])).toEqual([
      ['current', 'fx-chengdu-haiyue'],
      ['current', 'fx-weihai-active'],
      ['former', 'fx-yangjiang-legal'],
      ['removed', null],
    ]);
    expect(holdings[0]?.text).toContain('成都市');
    expect(holdings[1]?.text).toContain('威海市');
    expect(holdings[2]?.text).toContain(`现登记的代码为 ${LEGAL_CODE}（自第 2 版（2026年6月15日）起）`);
    expect(holdings[3]?.text).toContain('测试用海岳已移除平台');
    expect(holdings[3]?.text).toContain('已从名录移除');
    expect(holdings[3]?.text).toContain('自第 2 版（2026年6月15日）起不再列入名录');
    expect(records.some((platform) => platform.id === 'fx-weihai-gone')).toBe(false);
  });

  it('gives the record changes in the platform’s JSON, release by release', async () => {
    const json = platformJsonSchema.parse(await (await fetch(`${sites['released']!.url}/platforms/fx-yangjiang-legal.json`)).json());
    expect(json.changes).toEqual([
      { release: 1, as_of: '2026-06-15', kind: 'added', fields: [] },
      { release: 2, as_of: '2026-06-15', kind: 'changed', fields: [{ field: 'uscc', before: CODE, after: LEGAL_CODE }] },
    ]);
  });

  it('lists the JSON files and the code pages in the sitemap', () => {
    const sitemap = readFileSync(join(releasedDist, 'sitemap-1.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/platforms/fx-chengdu-haiyue.json</loc>');
    expect(sitemap).toContain(`<loc>https://example.org/codes/${CODE}/</loc>`);
    expect(sitemap).toContain(`<loc>https://example.org/codes/${LEGAL_CODE}/</loc>`);
  });
});
