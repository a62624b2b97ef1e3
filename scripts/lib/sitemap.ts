// The sitemap (sitemaps.org protocol) and robots.txt, written after the pages when site.json gives
// base_url: every page the build wrote, and each platform's JSON, found by walking the output, so none
// can be left out. A file
// holds at most 50,000 addresses (the protocol's limit), so a national register is split in several,
// listed by sitemap-index.xml. @astrojs/sitemap would see only the share of the pages its own render
// process wrote (pipeline.ts renders in several), hence this small writer of our own.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { absoluteUrl } from '../../src/lib/urls.ts';

/** The protocol's limit per file: 50,000 addresses (and 50 MB, far off at ~100 bytes an entry). */
export const URLS_PER_SITEMAP = 50_000;
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * Files beside the pages that are addresses of their own, by site path: each platform's record as
 * JSON (/platforms/<id>.json, the static API of scripts/lib/platform-records.ts). Not the open-data
 * tables or feeds, which the /data/ page and the pages' feed links name.
 */
const LISTED_FILES: readonly RegExp[] = [/^\/platforms\/[a-z0-9-]+\.json$/];

/**
 * What the sitemap lists, as site paths, sorted: every page of a built site ('/', '/platforms/x/'; not
 * 404.html) and every file LISTED_FILES names ('/platforms/x.json').
 */
export function sitemapPaths(siteDir: string): string[] {
  const paths: string[] = [];
  const walk = (folder: string, path: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}${entry.name}/`);
      else if (entry.name === 'index.html') paths.push(path);
      else if (LISTED_FILES.some((pattern) => pattern.test(`${path}${entry.name}`))) paths.push(`${path}${entry.name}`);
    }
  };
  walk(siteDir, '/');
  return paths.sort();
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SitemapFile {
  name: string;
  text: string;
}

/** sitemap-1.xml … for the pages, and sitemap-index.xml listing them. */
export function sitemapFiles(baseUrl: string, sitePaths: readonly string[]): SitemapFile[] {
  const parts: SitemapFile[] = [];
  for (let start = 0; start === 0 || start < sitePaths.length; start += URLS_PER_SITEMAP) {
    const entries = sitePaths.slice(start, start + URLS_PER_SITEMAP).map((path) => `<url><loc>${escapeXml(absoluteUrl(baseUrl, path))}</loc></url>`);
    parts.push({
      name: `sitemap-${parts.length + 1}.xml`,
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`,
    });
  }
  const index = parts.map((part) => `<sitemap><loc>${escapeXml(absoluteUrl(baseUrl, part.name))}</loc></sitemap>`);
  return [
    ...parts,
    { name: SITEMAP_INDEX, text: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n` },
  ];
}

/**
 * robots.txt: everything may be crawled; the sitemap is named. Crawlers read robots.txt only at a
 * host's root, so a site served under a path should have its host's robots.txt name the sitemap too
 * (README, Deploying under a path).
 */
export function robotsText(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(baseUrl, SITEMAP_INDEX)}\n`;
}

/** Writes the sitemap files and robots.txt into a built site; returns how many addresses they list. */
export function writeSitemap(siteDir: string, baseUrl: string): number {
  const paths = sitemapPaths(siteDir);
  for (const file of sitemapFiles(baseUrl, paths)) writeFileSync(join(siteDir, file.name), file.text);
  writeFileSync(join(siteDir, 'robots.txt'), robotsText(baseUrl));
  return paths.length;
}
