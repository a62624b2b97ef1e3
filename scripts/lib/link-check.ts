// Checks every internal link and #anchor of a built site against the files and ids that exist.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing page' | 'missing anchor' | 'outside the site';
}

const LINK = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** The address a built file answers at under base: dist/a/b/index.html → /a/b/ (or /sme/a/b/). */
function pageUrl(dir: string, file: string, base: string): string {
  const path = `${base}${relative(dir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function targetFile(dir: string, pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidate = join(dir, decoded);
  if (decoded.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : null;
}

/** base: the path the site is served under (built-site.ts reads it from a build); every link must stay inside it. */
export function checkLinks(dir: string, base = '/'): { pages: number; links: number; broken: BrokenLink[] } {
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((match) => match[1] ?? ''));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  const files = htmlFiles(dir);
  let links = 0;
  for (const file of files) {
    const page = pageUrl(dir, file, base);
    const pageAddress = new URL(page, 'http://site.invalid');
    for (const match of readFileSync(file, 'utf8').matchAll(LINK)) {
      const href = (match[1] ?? '').replaceAll('&amp;', '&');
      const url = new URL(href, pageAddress);
      if (url.origin !== pageAddress.origin) continue;
      links += 1;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: 'outside the site' });
        continue;
      }
      const target = targetFile(dir, url.pathname.slice(base.length - 1));
      if (!target) {
        broken.push({ page, href, reason: 'missing page' });
      } else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, href, reason: 'missing anchor' });
      }
    }
  }
  return { pages: files.length, links, broken };
}
