// Anyone can check the register (issue 16, item 4): a data folder released twice by the real
// `npm run release`, built by the real build, then checked by `npm run verify` from its folder and over
// HTTP, and by /data/verify/ in Chromium; a site or a data folder altered by one byte fails, naming
// what was altered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildPrivateSite, privateCopy, runScript, runScriptAsync } from '../support/build-site.ts';
import { fixtureCopy, replaceText } from '../support/data-folder.ts';
import { testTempDir } from '../support/temp-tree.ts';

/** The register fixture carries releases; a copy of it drops them (fixtureCopy). Built once, when first asked. */
let plainSite: string | undefined;
const siteWithoutReleases = (): string => (plainSite ??= buildPrivateSite(fixtureCopy()));

const release = (data: string, note: string) => {
  const run = runScript('release', ['--data', data, '--note', note]);
  if (run.status !== 0) throw new Error(`release failed:\n${run.stdout}\n${run.stderr}`);
};
/** One byte of a file changed: a digit to the next one, so that the file stays readable. */
const alterOneByte = (path: string, at: (text: Buffer) => number) => {
  const bytes = readFileSync(path);
  const index = at(bytes);
  bytes[index] = bytes[index] === 0x39 ? 0x30 : (bytes[index] ?? 0) + 1;
  writeFileSync(path, bytes);
};
const lastDigit = (bytes: Buffer) => [...bytes].findLastIndex((byte) => byte >= 0x30 && byte <= 0x39);

// The register served under a path, so that the page's and the command's addresses are tested under a base.
const data = fixtureCopy({ 'site.json': replaceText('"base_url": "https://example.org/"', '"base_url": "https://example.org/register/"') });
release(data, '首次发布');
const atFirstRelease = join(testTempDir('data-'), 'data');
cpSync(data, atFirstRelease, { recursive: true });
writeFileSync(join(data, 'platforms.csv'), replaceText('0631-5550001', '0631-5550009')(readFileSync(join(data, 'platforms.csv'), 'utf8')));
release(data, '更正电话');

const site = buildPrivateSite(data);
const firstSite = buildPrivateSite(atFirstRelease);
const downloaded = join(site, 'data', 'platforms.csv');
const downloadedAtFirst = join(firstSite, 'data', 'platforms.csv');

describe('npm run verify', () => {
  it('passes on a fresh build: the chain, and the open data against the latest release', () => {
    const run = runScript('verify', [site]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('哈希链完整：2 个版本');
    expect(run.stdout).toContain('本站开放数据的 6 个文件均与第 2 版（2026年6月15日）记录的 SHA-256 一致');
    expect(run.stdout).toContain('✓ Verified.');
  });

  it('publishes the release files byte for byte', () => {
    for (const name of ['0001.json', '0002.json']) expect(readFileSync(join(site, 'data', 'releases', name))).toEqual(readFileSync(join(data, 'releases', name)));
  });

  it('fails on a site whose open data was altered by one byte, naming the file', () => {
    const altered = privateCopy(site);
    alterOneByte(join(altered, 'data', 'platforms.csv'), lastDigit);
    const run = runScript('verify', [altered]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ /data/platforms.csv 与第 2 版记录的 SHA-256 不符 / /data/platforms.csv does not match the SHA-256 release 2 records for it');
    expect(run.stderr).not.toContain('notices.csv');
  });

  it('fails on a site whose earlier release file was altered by one byte, naming the release', () => {
    const altered = privateCopy(site);
    alterOneByte(join(altered, 'data', 'releases', '0001.json'), lastDigit);
    const run = runScript('verify', [altered]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ /data/releases/0001.json：0001.json 在第 2 版发布后被改动');
    expect(run.stderr).toContain('0001.json does not match the SHA-256 releases.json records');
    expect(run.stderr).not.toMatch(/0002\.json：/);
  });

  it('says which release a downloaded file belongs to, the latest or an earlier one, and when it belongs to none', () => {
    const altered = join(testTempDir('file-'), 'platforms.csv');
    writeFileSync(altered, readFileSync(downloaded));
    alterOneByte(altered, lastDigit);
    const run = runScript('verify', [site, '--file', downloaded, '--file', downloadedAtFirst, '--file', join(site, 'data', 'notices.json'), '--file', altered]);
    expect(run.stdout).toContain(`✓ ${downloaded} 是第 2 版（2026年6月15日）发布的 platforms.csv / ${downloaded} is platforms.csv as published in release 2 (2026-06-15)`);
    expect(run.stdout).toContain(`✓ ${downloadedAtFirst} 是第 1 版（2026年6月15日）发布的 platforms.csv`);
    // Notices did not change: the file is both releases'.
    expect(run.stdout).toContain('是第 1、2 版（2026年6月15日）发布的 notices.json');
    expect(run.stderr).toContain(`✗ ${altered} 与本名录任何一版发布的文件都不一致 / ${altered} matches no file of any release of this register`);
    expect(run.status).toBe(1);
    expect(runScript('verify', [site, '--file', downloadedAtFirst]).status).toBe(0);
  });

  it('agrees with the site built at release 1: its open data are the hashes releases.json records for release 1 today', () => {
    const run = runScript('verify', [firstSite]);
    expect(run.status).toBe(0);
    const chain = JSON.parse(readFileSync(join(site, 'data', 'releases.json'), 'utf8')) as { releases: { files: Record<string, string> }[] };
    const then = JSON.parse(readFileSync(join(firstSite, 'data', 'releases.json'), 'utf8')) as { releases: { files: Record<string, string> }[] };
    expect(chain.releases[0]?.files).toEqual(then.releases[0]?.files);
  });

  it('says a site built from a folder without releases has no chain, and fails', () => {
    const run = runScript('verify', [siteWithoutReleases()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有 /data/releases.json：该站点由没有发布版本（releases/）的数据文件夹构建，没有可核验的哈希链');
    expect(run.stderr).toContain('the site was built from a data folder without releases/, so there is no chain to check');
  });

  it('refuses to build a data folder whose earlier release file was edited, naming it', () => {
    const edited = join(testTempDir('data-'), 'data');
    cpSync(data, edited, { recursive: true });
    alterOneByte(join(edited, 'releases', '0001.json'), lastDigit);
    const run = runScript('build', ['--data', edited, '--out', join(testTempDir('out-'), 'dist')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(edited, 'releases', '0001.json')}`);
    expect(run.stderr).toContain('0001.json 在第 2 版发布后被改动');
  });
});

describe('checking over HTTP and in the browser', () => {
  let served: StaticSite | undefined;
  let tampered: StaticSite | undefined;
  let browser: Browser | undefined;
  const altered = privateCopy(site);
  alterOneByte(join(altered, 'data', 'releases', '0001.json'), lastDigit);
  beforeAll(async () => {
    served = await serveStatic(site, { base: builtSiteBase(site) });
    tampered = await serveStatic(altered, { base: builtSiteBase(altered) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await tampered?.close();
  });
  const url = () => served?.url ?? '';

  it('verifies the site by its address, served under its path', async () => {
    expect(url()).toMatch(/\/register$/);
    const run = await runScriptAsync('verify', [`${url()}/`, '--file', downloadedAtFirst]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('哈希链完整：2 个版本');
    expect(run.stdout).toContain('是第 1 版（2026年6月15日）发布的 platforms.csv');
    const broken = await runScriptAsync('verify', [tampered?.url ?? '']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('/data/releases/0001.json');
  });

  const pick = async (site: string, file: string) => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site}/data/verify/`);
    await expect.poll(() => page.locator('#chain-check').isEnabled()).toBe(true);
    await page.getByLabel('选择要核验的文件').setInputFiles(file);
    await expect.poll(() => page.locator('#verify-result').textContent()).toMatch(/该文件/);
    const text = await page.locator('#verify-result').textContent();
    return { page, text, errors };
  };

  it('names the release of the site’s own platforms.csv, and of an earlier release’s', async () => {
    const latest = await pick(url(), downloaded);
    expect(latest.text).toBe('✓ 该文件是第 2 版（2026年6月15日）发布的 platforms.csv。');
    expect(latest.errors).toEqual([]);
    await latest.page.close();
    const first = await pick(url(), downloadedAtFirst);
    expect(first.text).toBe('✓ 该文件是第 1 版（2026年6月15日）发布的 platforms.csv。');
    await first.page.close();
  });

  it('finds no release for an altered file', async () => {
    const file = join(testTempDir('file-'), 'platforms.csv');
    writeFileSync(file, readFileSync(downloaded));
    alterOneByte(file, lastDigit);
    const { page, text } = await pick(url(), file);
    expect(text).toBe('✗ 该文件与本名录任何一版发布的文件都不一致。');
    await page.close();
  });

  it('checks the chain on request, saying what it will download, and names a release file altered on the site', async () => {
    const good = await (browser as Browser).newPage();
    await good.goto(`${url()}/data/verify/`);
    const bytes = ['0001.json', '0002.json'].reduce((sum, name) => sum + readFileSync(join(site, 'data', 'releases', name)).length, 0);
    await expect.poll(() => good.locator('#chain-check').textContent()).toBe(`检查哈希链（下载 ${Math.round(bytes / 1024)} KB）`);
    await good.locator('#chain-check').click();
    await expect.poll(() => good.locator('#chain-result').textContent()).toBe('✓ 哈希链完整：2 个发布文件均与 releases.json 的记录一致，每版记下的上一版哈希无误。');
    await good.close();

    const bad = await (browser as Browser).newPage();
    await bad.goto(`${tampered?.url ?? ''}/data/verify/`);
    await expect.poll(() => bad.locator('#chain-check').isEnabled()).toBe(true);
    await bad.locator('#chain-check').click();
    await expect.poll(() => bad.locator('#chain-result').textContent()).toMatch(/^✗ 哈希链有 \d 处不符/);
    expect(await bad.locator('[data-chain-status="0001.json"]').textContent()).toMatch(/^✗ .*0001\.json 在第 2 版发布后被改动/);
    expect(await bad.locator('[data-chain-status="0002.json"]').textContent()).toBe('✓ 一致');
    await bad.close();
  });

  it('with its results shown, passes axe and fits a phone’s width', async () => {
    const context = await (browser as Browser).newContext({ bypassCSP: true }); // axe is a script of its own
    for (const width of [320, 390, 1280]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${url()}/data/verify/`);
      await expect.poll(() => page.locator('#chain-check').isEnabled()).toBe(true);
      await page.getByLabel('选择要核验的文件').setInputFiles(downloaded);
      await page.locator('#chain-check').click();
      await expect.poll(() => page.locator('#chain-result').textContent()).toMatch(/^✓/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
      const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => v.id + ': ' + v.help))`)) as string[];
      expect(violations).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('says so when the register has no numbered releases', async () => {
    const plain = await serveStatic(siteWithoutReleases());
    try {
      const page = await (browser as Browser).newPage();
      await page.goto(`${plain.url}/data/verify/`);
      expect(await page.locator('main').textContent()).toContain('本名录没有编号的发布版本');
      expect(await page.locator('#verify-file').count()).toBe(0);
      await page.close();
    } finally {
      await plain.close();
    }
  });
});
