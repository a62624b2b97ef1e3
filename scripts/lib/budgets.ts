// The performance budgets of a built site: small pages, one small stylesheet, and JavaScript only on
// the pages that need it (search, the self-check, the file check of /data/verify/); and of the build, which the
// benchmark checks (scripts/bench/). The sample build's test and the benchmark both read them here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './link-check.ts';
import { INLINE_SCRIPTS } from '../../src/layouts/inline-scripts.ts';

export const BUDGETS = {
  platformPageBytes: 20 * 1024,
  cssBytes: 25 * 1024,
  /** The search page and a first query, as transferred (compressed, headers included). */
  firstQueryBytes: 150 * 1024,
  /** A new visitor's first results, from Enter, on slow 4G (scripts/bench/search-figures.ts NETWORKS). */
  firstResultsMs: 1500,
  /** Results of a later query in the same page, from Enter, on slow 4G. */
  laterResultsMs: 500,
  /** The whole build's wall time against the floor's (a bare Astro page and Pagefind, same platforms). */
  buildToFloorRatio: 1.5,
  /** The whole build's peak memory, its whole process tree. */
  buildPeakBytes: 2 * 1024 ** 3,
} as const;

/**
 * The median of sorted values as the project reports it: the middle one, and of an even number the
 * lower middle one, so that it is always a real page's size (or a real round). The benchmark used
 * this from its first version, and the README's "8.0 KB median" was measured with it.
 */
export function middleOf<T>(sorted: readonly T[]): T | undefined {
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Pages whose job needs a script of their own. */
export const PAGES_WITH_SCRIPTS = [/^search\//, /^check\//, /^data\/verify\//];

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
    medianPlatformPageBytes: middleOf(platformSizes)?.bytes ?? 0,
    cssFiles,
    pagesWithUnneededScripts,
  };
}
