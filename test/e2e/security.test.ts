// Hostile data: markup, javascript: links and spreadsheet formulas in every field a clerk fills.
// None of it may become active anywhere in the output: pages, search results, feeds, open data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { buildFixtureSite, runScript } from '../support/build-site.ts';
import { fixtureCopy, replaceText } from '../support/data-folder.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { htmlFiles } from '../../scripts/lib/link-check.ts';

const dist = buildFixtureSite('hostile');
const site = siteInBrowser(dist);

const INJECTED = ['<script>alert(', '<img src=x onerror', '<svg onload', '<b onmouseover', '<iframe'];

describe('hostile data in the built pages', () => {
  it('appears in no page as markup, only as escaped text', () => {
    for (const file of htmlFiles(dist)) {
      // Inside a quoted attribute value < is inert, and Astro quotes every attribute; what counts is the markup.
      const markup = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""');
      for (const fragment of INJECTED) expect(markup, `${relative(dist, file)} ${fragment}`).not.toContain(fragment);
    }
    const platform = readFileSync(join(dist, 'platforms/fx-weihai-active/index.html'), 'utf8');
    expect(platform).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;测试用海岳平台');
  });

  it('runs no script of its own in a real browser, on any page, and breaks no policy', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const paths = htmlFiles(dist).map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`);
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      const active = await page.evaluate(
        `[...document.querySelectorAll('a[href], iframe, [onerror], [onload], [onmouseover]')].filter((node) => node.tagName !== 'A' || /^(javascript|data):/i.test(node.getAttribute('href'))).length`,
      );
      expect(active, path).toBe(0);
    }
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('测试用')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^找到/);
    expect(await page.locator('#current-results').textContent()).toContain('<script>alert("name")</script>测试用海岳平台');
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows a Markdown link to javascript: or data: as plain text', () => {
    const notice = readFileSync(join(dist, 'notices/fx-weihai-2026/index.html'), 'utf8');
    expect(notice).toContain('点我');
    expect(notice).not.toMatch(/<a[^>]*>点我<\/a>/);
  });

  it('sends a Content-Security-Policy that allows no inline script but by hash and no other origin', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:\/\//);
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain(scriptSrc.trim().split(' ').at(-1));
  });
});

describe('hostile data in the open data and feeds', () => {
  it('writes CSV that a spreadsheet reads as text, never as a formula', () => {
    const rows = parse(readFileSync(join(dist, 'data/platforms.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const active = rows.find((row) => row['id'] === 'fx-weihai-active');
    expect(active?.['operator']).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(active?.['district']).toBe("'@SUM(1+1)");
    expect(rows.find((row) => row['id'] === 'fx-yangjiang-legal')?.['name']).toBe("'+cmd|' /C calc'!A0 测试用漠阳平台");
    for (const file of ['platforms.csv', 'notices.csv', 'revocations.csv']) {
      const records = parse(readFileSync(join(dist, 'data', file), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      for (const record of records) for (const value of Object.values(record)) expect(value, `${file} ${value}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps feeds well-formed, the markup in them as text', () => {
    const feed = new XMLParser().parse(readFileSync(join(dist, 'feeds/revocations.xml'), 'utf8')) as { rss: { channel: { item: { description: string }[] } } };
    expect(feed.rss.channel.item.map((item) => item.description).join()).toContain('<a href="javascript:alert(1)">x</a>');
  });
});

describe('phone numbers and e-mail addresses from data', () => {
  it('become tel: and mailto: links only where they look like one, their addresses rebuilt from safe characters', () => {
    const hrefs = htmlFiles(dist).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/href="((?:tel|mailto):[^"]*)"/g)].map((match) => match[1] ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(tel:\+?\d+(-\d+)*|mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)$/);
    const platform = readFileSync(join(dist, 'platforms/fx-weihai-expired/index.html'), 'utf8');
    expect(platform).toContain('<a href="tel:0631-5550002" class="whitespace-nowrap">0631-5550002</a>&quot;&gt;&lt;script&gt;');
    expect(platform).toContain('<a href="mailto:x@example.org" class="whitespace-nowrap">x@example.org</a>?cc=&lt;script&gt;');
    // A “phone number” that is a javascript: address stays text.
    const weihai = readFileSync(join(dist, 'jurisdictions/weihai/index.html'), 'utf8');
    expect(weihai).toContain('javascript:alert(&quot;tel&quot;)');
    expect(weihai).not.toMatch(/href="[^"]*alert/);
  });
});

describe('links from data', () => {
  it('are refused unless http(s), naming file, line and field', () => {
    const dir = fixtureCopy({ 'platforms.csv': replaceText('https://example.org/moyang/', 'javascript:alert(1)') });
    const run = runScript('validate', ['--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/platforms\.csv，第 9 行，字段 website 值 value "javascript:alert\(1\)"/);
  });
});

describe('templates', () => {
  it('render data only through Astro’s escaping: set:html is used for the layout’s own constant scripts alone', async () => {
    const { readdirSync } = await import('node:fs');
    const root = join(import.meta.dirname, '../../src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.astro'));
    const uses = files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/set:html=\{([^}]*)\}/g)].map((match) => `${file}: ${match[1]}`));
    expect(uses).toEqual(['layouts/BaseLayout.astro: ELDER_PREFERENCE', 'layouts/BaseLayout.astro: ELDER_TOGGLE']);
  });
});
