// A register deployed under a path (https://register.example.org/sme/), as a bureau's site often is:
// the sample data built with that base_url and served under /sme/ only, so that anything still
// pointing at the host's root fails. Every link and asset resolves, the search and the self-check work
// there, feeds and canonical links carry the full address, and the sitemap lists every page.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { platformsListedFor } from '../support/search-page-driver.ts';
import { testTempDir } from '../support/temp-tree.ts';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';
import { sitemapPaths } from '../../scripts/lib/sitemap.ts';

const BASE_URL = 'https://register.example.org/sme/';

function sampleUnderPath(): string {
  const dir = join(testTempDir('data-'), 'data');
  cpSync(join(PROJECT_ROOT, 'data'), dir, { recursive: true });
  const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, base_url: BASE_URL }, null, 2));
  return dir;
}

const dist = buildSite(sampleUnderPath());
const site = siteInBrowser(dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const platforms = (JSON.parse(read('data/platforms.json')) as { records: { id: string; name: string; uscc: string }[] }).records;
const xml = new XMLParser();

/** A few platforms drawn at random from the data, not picked by hand. */
function randomPlatforms(count: number): typeof platforms {
  return [...platforms].sort(() => Math.random() - 0.5).slice(0, count);
}

describe('a site built with a base_url that has a path', () => {
  it('knows its base from its own open data', () => {
    expect(builtSiteBase(dist)).toBe('/sme/');
  });

  it('resolves every link and asset inside /sme/', () => {
    const { pages, links, broken } = checkLinks(dist, '/sme/');
    expect(pages).toBeGreaterThan(100);
    expect(links).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
  });

  it('lists every page in the sitemap, each by its full address, and robots.txt names it', () => {
    const index = xml.parse(read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } };
    const parts = [index.sitemapindex.sitemap].flat().map((entry) => entry.loc);
    expect(parts.every((loc) => loc.startsWith(BASE_URL))).toBe(true);
    const listed = parts.flatMap((loc) => {
      const part = xml.parse(read(loc.slice(BASE_URL.length))) as { urlset: { url: { loc: string }[] } };
      return part.urlset.url.map((entry) => entry.loc);
    });
    expect(new Set(listed).size).toBe(listed.length);
    for (const platform of platforms) expect(listed).toContain(`${BASE_URL}platforms/${platform.id}/`);
    for (const platform of platforms) expect(listed).toContain(`${BASE_URL}platforms/${platform.id}.json`);
    for (const platform of platforms) expect(listed).toContain(`${BASE_URL}codes/${platform.uscc}/`);
    expect(listed.sort()).toEqual(sitemapPaths(dist).map((path) => `${BASE_URL}${path.slice(1)}`).sort());
    expect(read('robots.txt')).toContain(`Sitemap: ${BASE_URL}sitemap-index.xml`);
  });

  it('gives every page its canonical address, and feeds their items the full address', () => {
    for (const platform of randomPlatforms(5)) {
      expect(read(`platforms/${platform.id}/index.html`)).toContain(`<link rel="canonical" href="${BASE_URL}platforms/${platform.id}/">`);
    }
    expect(read('index.html')).toContain(`<link rel="canonical" href="${BASE_URL}">`);
    expect(read('404.html')).not.toContain('rel="canonical"');
    const feed = xml.parse(read('feeds/notices.xml')) as { rss: { channel: { item: { link: string }[] | { link: string } } } };
    for (const item of [feed.rss.channel.item].flat()) expect(item.link.startsWith(`${BASE_URL}notices/`)).toBe(true);
  });

  it('serves nothing at the host’s root: the pages and their assets load from /sme/ alone', async () => {
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const platform of randomPlatforms(3)) {
      await page.goto(`${site.url}/platforms/${platform.id}/`);
      await page.getByRole('link', { name: '平台名录' }).first().click();
      await expect.poll(() => page.url()).toBe(`${site.url}/platforms/`);
    }
    for (const path of ['/', '/rules/weihai/', '/compare/', '/data/', '/notices/']) await page.goto(`${site.url}${path}`);
    expect(failed).toEqual([]);
    const root = await page.goto(`${new URL(site.url).origin}/platforms/`);
    expect(root?.status()).toBe(404);
    await page.close();
  });

  it('finds platforms by name and by code from the search page, and links them under /sme/', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    const chosen = randomPlatforms(4);
    const queries = chosen.flatMap((platform) => [platform.name, platform.uscc.slice(-6)]);
    const listed = await platformsListedFor(page, queries);
    chosen.forEach((platform, index) => {
      expect(listed[index * 2], platform.name).toContain(`/sme/platforms/${platform.id}/`);
      expect(listed[index * 2 + 1], platform.uscc).toContain(`/sme/platforms/${platform.id}/`);
    });
    const [first] = chosen;
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(first?.name ?? '')}`);
    await page.locator(`#current-results a, #former-results a`).first().click();
    await expect.poll(() => page.url()).toContain(`/sme/platforms/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    await page.close();
  });

  it('searches the other pages (Pagefind) under /sme/ too', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('公示')}`);
    await page.locator('#search-pages').click();
    const link = page.locator('#page-results a').first();
    await expect.poll(() => link.getAttribute('href')).toMatch(/^\/sme\//);
    await link.click();
    await expect.poll(() => page.url()).toMatch(/\/sme\/.+/);
    await page.close();
  });

  it('runs the self-check with its rules and article links under /sme/', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/check/?y=2`);
    const cite = page.locator('#check-results a[href*="/rules/"]').first();
    await expect.poll(() => cite.getAttribute('href')).toMatch(/^\/sme\/rules\/[a-z]+\/#article-/);
    await page.close();
  });
});
