import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { tempTree } from '../../test/support/temp-tree.ts';
import { robotsText, sitemapFiles, sitemapPaths, URLS_PER_SITEMAP } from './sitemap.ts';

const xml = new XMLParser();

describe('the sitemap', () => {
  it('finds every page a build wrote, and not the 404 page or other files', () => {
    const dir = tempTree({ 'index.html': '', '404.html': '', 'platforms/a/index.html': '', 'data/platforms.csv': '', 'feeds/notices.xml': '' });
    expect(sitemapPaths(dir)).toEqual(['/', '/platforms/a/']);
  });

  it('lists each platform’s JSON beside the pages, and no other file', () => {
    const dir = tempTree({
      'index.html': '',
      'platforms/a/index.html': '',
      'platforms/a.json': '{}',
      'platforms/b-2.json': '{}',
      'platforms/a/extra.json': '{}',
      'data/platforms.json': '{}',
      'search-index/index.json': '{}',
      'check/rules.json': '{}',
    });
    expect(sitemapPaths(dir)).toEqual(['/', '/platforms/a.json', '/platforms/a/', '/platforms/b-2.json']);
  });

  it('lists full addresses under base_url, escaped', () => {
    const files = sitemapFiles('https://gxj.example.gov.cn/sme/', ['/', '/platforms/a&b/']);
    expect(files.map((file) => file.name)).toEqual(['sitemap-1.xml', 'sitemap-index.xml']);
    const urls = (xml.parse(files[0]?.text ?? '') as { urlset: { url: { loc: string }[] } }).urlset.url.map((url) => url.loc);
    expect(urls).toEqual(['https://gxj.example.gov.cn/sme/', 'https://gxj.example.gov.cn/sme/platforms/a&b/']);
    expect(files[0]?.text).toContain('a&amp;b');
    expect(files[1]?.text).toContain('<loc>https://gxj.example.gov.cn/sme/sitemap-1.xml</loc>');
  });

  it('splits at the protocol’s 50,000 addresses a file', () => {
    const paths = Array.from({ length: URLS_PER_SITEMAP + 1 }, (_, index) => `/platforms/p${index}/`);
    const files = sitemapFiles('https://example.org/', paths);
    expect(files.map((file) => file.name)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-index.xml']);
    const counts = files.slice(0, 2).map((file) => (file.text.match(/<url>/g) ?? []).length);
    expect(counts).toEqual([URLS_PER_SITEMAP, 1]);
  });

  it('is named by robots.txt', () => {
    expect(robotsText('https://gxj.example.gov.cn/sme/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://gxj.example.gov.cn/sme/sitemap-index.xml\n');
  });
});
