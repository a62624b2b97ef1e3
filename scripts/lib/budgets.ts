// The performance budgets of a built site: small pages, one small stylesheet, and JavaScript only on
// the pages that need it (search, the self-check, notices' live state).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './link-check.ts';
import { INLINE_SCRIPTS } from '../../src/layouts/inline-scripts.ts';

export const BUDGETS = { platformPageBytes: 20 * 1024, cssBytes: 25 * 1024, firstQueryBytes: 150 * 1024 } as const;

/** Pages whose job needs a script of their own. */
export const PAGES_WITH_SCRIPTS = [/^search\//, /^check\//, /^notices\//];

export interface BudgetReport {
  platformPages: number;
  largestPlatformPage: { path: string; bytes: number };
  medianPlatformPageBytes: number;
  cssFiles: { path: string; bytes: number }[];
  /** Pages outside PAGES_WITH_SCRIPTS that carry a script beyond the layout's 适老化 snippets. */
  pagesWithUnneededScripts: string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

export function measureBudgets(dist: string): BudgetReport {
  const platformSizes = htmlFiles(join(dist, 'platforms'))
    .filter((file) => !relative(join(dist, 'platforms'), file).startsWith('sort') && relative(join(dist, 'platforms'), file) !== 'index.html')
    .map((file) => ({ path: relative(dist, file), bytes: statSync(file).size }))
    .sort((a, b) => a.bytes - b.bytes);
  const cssFiles = readdirSync(join(dist, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => ({ path: `_astro/${name}`, bytes: statSync(join(dist, '_astro', name)).size }));
  const pagesWithUnneededScripts = htmlFiles(dist)
    .map((file) => relative(dist, file))
    .filter((path) => !PAGES_WITH_SCRIPTS.some((pattern) => pattern.test(path)))
    .filter((path) => [...readFileSync(join(dist, path), 'utf8').matchAll(SCRIPT)].some(([, attributes = '', body = '']) => /\bsrc=/.test(attributes) || !INLINE_SCRIPTS.includes(body)));
  return {
    platformPages: platformSizes.length,
    largestPlatformPage: platformSizes.at(-1) ?? { path: '', bytes: 0 },
    medianPlatformPageBytes: platformSizes[Math.floor(platformSizes.length / 2)]?.bytes ?? 0,
    cssFiles,
    pagesWithUnneededScripts,
  };
}
