// A screenshot of every page template at phone and desktop widths, kept by CI under test-results/
// for people to look at; and on each, what a reader would notice at once: a visible title, the notice
// that the data is fictional, and no script failing or being blocked on the way.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, PROJECT_ROOT } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { TEMPLATE_PATHS } from '../support/templates.ts';

const OUT = join(PROJECT_ROOT, 'test-results', 'screenshots');
const site = siteInBrowser(buildFixtureSite('register', { SITE_AS_OF: '2026-06-15' }));

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
});

describe('screenshots', () => {
  it.each(Object.entries(TEMPLATE_PATHS))('of the %s template', async (name, path) => {
    for (const width of [390, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 404/.test(message.text())) failures.push(message.text());
      });
      await page.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) await page.getByRole('status').filter({ hasText: '找到' }).waitFor();
      if (path.startsWith('/check/')) await page.getByRole('status').filter({ hasText: '核对完毕' }).waitFor();
  if (path.startsWith('/check/')) await page.getByRole('status').filter({ hasText: '核对完毕' }).waitFor();
      const title = page.getByRole('heading', { level: 1 });
      expect(await title.isVisible()).toBe(true);
      expect((await title.innerText()).trim().length).toBeGreaterThan(1);
      expect(await page.getByText('示例数据：本站所列平台').isVisible()).toBe(true);
      expect(failures).toEqual([]);
      await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      await page.close();
    }
  });
});
