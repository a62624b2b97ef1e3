// A screenshot of every page template at phone and desktop widths, kept by CI under test-results/
// for people to look at. The checks here are only that each page renders whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildFixtureSite, PROJECT_ROOT } from '../support/build-site.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { TEMPLATE_PATHS } from '../support/templates.ts';

const OUT = join(PROJECT_ROOT, 'test-results', 'screenshots');
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  site = await serveStatic(buildFixtureSite('register', { SITE_AS_OF: '2026-06-15' }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('screenshots', () => {
  it.each(Object.entries(TEMPLATE_PATHS))('of the %s template', async (name, path) => {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) await page.getByRole('status').filter({ hasText: '找到' }).waitFor();
      if (path.startsWith('/check/')) await page.getByRole('status').filter({ hasText: '核对完毕' }).waitFor();
  if (path.startsWith('/check/')) await page.getByRole('status').filter({ hasText: '核对完毕' }).waitFor();
      expect(await page.locator('h1').count()).toBe(1);
      await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      await page.close();
    }
  });
});
