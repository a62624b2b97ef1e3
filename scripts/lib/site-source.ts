// A built site to read files from, by site path: a folder on this machine (dist/) or a site served
// over HTTP(S), under whatever path it is served at (https://gxj.example.gov.cn/sme/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SiteSource {
  /** How the site is named in messages: the folder or the address as given. */
  label: string;
  /** A file's bytes by site path ('/data/releases.json'); null when the site has no such file. */
  read(sitePath: string): Promise<Buffer | null>;
  /** The names of the files in a folder of the site, where that can be known (a folder, not over HTTP). */
  list(sitePath: string): string[] | null;
}

export function siteSource(target: string, cwd = process.cwd()): SiteSource {
  return /^https?:\/\//i.test(target) ? httpSource(target) : folderSource(resolve(cwd, target), target);
}

function folderSource(folder: string, label: string): SiteSource {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${label} 不是文件夹 / is not a folder`);
  const path = (sitePath: string) => join(folder, ...sitePath.split('/').filter(Boolean));
  return {
    label,
    read: (sitePath) => Promise.resolve(existsSync(path(sitePath)) && statSync(path(sitePath)).isFile() ? readFileSync(path(sitePath)) : null),
    list: (sitePath) => (existsSync(path(sitePath)) ? readdirSync(path(sitePath)).sort() : []),
  };
}

function httpSource(address: string): SiteSource {
  const base = new URL(address);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return {
    label: address,
    async read(sitePath) {
      const url = new URL(sitePath.replace(/^\//, ''), base);
      const response = await fetch(url, { redirect: 'follow' });
      if (response.status === 404 || response.status === 410) return null;
      if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
    list: () => null,
  };
}
