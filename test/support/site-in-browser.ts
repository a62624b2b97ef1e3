// The set-up most browser tests share: a built site served on loopback and Debian's Chromium,
// started before the file's tests and stopped after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';

export interface SiteInBrowser {
  /** The served site's address, origin and base without a trailing slash: http://127.0.0.1:41234 or …/register */
  readonly url: string;
  readonly browser: Browser;
}

export function siteInBrowser(dist: string): SiteInBrowser {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(dist, { base: builtSiteBase(dist) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      if (!site) throw new Error('the site is served from beforeAll on');
      return site.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser runs from beforeAll on');
      return browser;
    },
  };
}
