// Counting what a build wrote: pages, bytes, the search index, platform page sizes, stylesheets, and
// which pages carry which scripts. Run on the register's site and on the floor's alike.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { middleOf } from '../lib/budgets.ts';

export interface SiteMetrics {
  pages: number;
  files: number;
  siteBytes: number;
  indexBytes: number;
  indexFiles: number;
  platformPages: number;
  platformPageMedianBytes: number | null;
  platformPageMaxBytes: number | null;
  platformPageMax: string | null;
  largestPages: { path: string; bytes: number }[];
  css: { path: string; bytes: number }[];
  jsBytes: number;
  pagesWithScript: number;
  pagesWithScriptByRoute: Record<string, number>;
  /** Each distinct script (by src, or by type and first characters when inline): on how many pages, how big. */
  scripts: { script: string; pages: number; bytes: number }[];
  /** CSS that Pagefind writes into pagefind/ for its own UI (not the site's stylesheet). */
  pagefindCss: { path: string; bytes: number }[];
}

function walk(dir: string, out: { path: string; bytes: number }[] = []): { path: string; bytes: number }[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push({ path, bytes: statSync(path).size });
  }
  return out;
}

/** The route a page comes from, roughly: platforms/bp-000123/index.html → platforms/*\/. */
export function routeOf(path: string): string {
  const parts = path.split('/');
  if (parts.length <= 1) return path;
  return `${[parts[0], ...parts.slice(1, -1).map(() => '*')].join('/')}/`;
}

/** The scripts of a page: `src` for an external one (its content hash left out), else `inline <type>: <first characters>`. */
export function scriptsOf(html: string): { key: string; bytes: number }[] {
  const scripts: { key: string; bytes: number }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? 'javascript';
    scripts.push({ key: src !== undefined ? `src ${src.replace(/\.[\w-]{8}\.js$/, '.*.js')}` : `inline ${type}: ${body.trim().slice(0, 48)}…`, bytes: Buffer.byteLength(body) });
  }
  return scripts;
}

/** `platformIds`: the platforms whose pages are `<platformDir>/<id>/index.html` (platforms/ in the register, p/ in the floor). */
export function measureSite(siteDir: string, platformDir: string, platformIds: ReadonlySet<string>): SiteMetrics {
  const files = walk(siteDir).map((file) => ({ path: relative(siteDir, file.path), bytes: file.bytes }));
  const html = files.filter((file) => file.path.endsWith('.html'));
  const platformSizes = html
    .filter((file) => {
      const parts = file.path.split('/');
      return parts.length === 3 && parts[0] === platformDir && parts[2] === 'index.html' && platformIds.has(parts[1] ?? '');
    })
    .map((file) => file.bytes)
    .sort((a, b) => a - b);
  const platformMax = html
    .filter((file) => file.path.startsWith(`${platformDir}/`) && platformIds.has(file.path.split('/')[1] ?? ''))
    .reduce<{ path: string; bytes: number } | null>((max, file) => (max === null || file.bytes > max.bytes ? file : max), null);
  const withScript: string[] = [];
  const scripts = new Map<string, { pages: number; bytes: number }>();
  for (const file of html) {
    const found = scriptsOf(readFileSync(join(siteDir, file.path), 'utf8'));
    if (found.length > 0) withScript.push(file.path);
    for (const script of found) {
      const entry = scripts.get(script.key) ?? { pages: 0, bytes: script.bytes };
      entry.pages += 1;
      scripts.set(script.key, entry);
    }
  }
  const byRoute: Record<string, number> = {};
  for (const path of withScript) {
    const route = routeOf(path);
    byRoute[route] = (byRoute[route] ?? 0) + 1;
  }
  const index = files.filter((file) => file.path.startsWith('pagefind/'));
  return {
    pages: html.length,
    files: files.length,
    siteBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    indexBytes: index.reduce((sum, file) => sum + file.bytes, 0),
    indexFiles: index.length,
    platformPages: platformSizes.length,
    platformPageMedianBytes: middleOf(platformSizes) ?? null,
    platformPageMaxBytes: platformMax?.bytes ?? null,
    platformPageMax: platformMax?.path ?? null,
    largestPages: [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 8),
    css: files.filter((file) => file.path.endsWith('.css') && !file.path.startsWith('pagefind/')),
    pagefindCss: files.filter((file) => file.path.endsWith('.css') && file.path.startsWith('pagefind/')),
    jsBytes: files.filter((file) => file.path.endsWith('.js') && !file.path.startsWith('pagefind/')).reduce((sum, file) => sum + file.bytes, 0),
    pagesWithScript: withScript.length,
    pagesWithScriptByRoute: byRoute,
    scripts: [...scripts.entries()].map(([script, entry]) => ({ script, ...entry })).sort((a, b) => b.pages - a.pages),
  };
}
