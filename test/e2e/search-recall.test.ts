// Search quality: a query set generated from the sample data, asked of the real search page in
// Chromium. Prints recall@10 and the share with a true match first, per kind of query (of the first
// ten platforms the page lists), and the bytes the search page and a first query download.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { BUDGETS } from '../../scripts/lib/budgets.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { firstIsRelevant, generateQuerySet, recallAtK, searchablePlatforms, type RelevanceQuery } from '../../src/lib/search/query-set.ts';
import { platformsListedFor } from '../support/search-page-driver.ts';

const DATA = join(PROJECT_ROOT, 'data');
const dist = buildSite(DATA);
const site = siteInBrowser(dist);
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}/search/`);
});

function querySet(): RelevanceQuery[] {
  const { model } = loadSite({ dataDir: DATA, contentDir: join(PROJECT_ROOT, 'content') });
  if (!model) throw new Error('sample data does not load');
  return generateQuerySet(searchablePlatforms(model), { codeBeginnings: true });
}

describe('search quality', () => {
  it('downloads little for the search page and a first query together', async () => {
    const fresh = await site.browser.newPage();
    const sizes: Promise<number>[] = [];
    const files: string[] = [];
    let pending = 0;
    fresh.on('request', () => (pending += 1));
    fresh.on('requestfailed', () => (pending -= 1));
    fresh.on('requestfinished', (request) => {
      pending -= 1;
      files.push(new URL(request.url()).pathname);
      sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
    });
    // The search page itself, as a reader arriving with a query.
    await fresh.goto(`${site.url}/search/?q=${encodeURIComponent('海岳')}`);
    await fresh.getByRole('status').filter({ hasText: '找到' }).waitFor();
    // Every result the reader sees is on screen, and every file asked for has arrived.
    await fresh.locator('#current-results a').first().waitFor({ state: 'visible' });
    await expect.poll(() => pending).toBe(0);
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    console.log(`search page and first query: ${bytes} bytes over the wire, gzip as a static host serves it, in ${files.length} files: ${files.join(', ')}`);
    expect(files).toEqual(expect.arrayContaining(['/search/', '/search-index/index.json']));
    expect(bytes).toBeLessThanOrEqual(BUDGETS.firstQueryBytes);
    await fresh.close();
  });

  it('finds what a reader types: recall@10 at least 0.98, a true match first for at least 0.95', async () => {
    const queries = querySet();
    const results = (await platformsListedFor(page, queries.map((query) => query.query))).map((listed) => listed.slice(0, 10));
    const byKind = new Map<string, { recall: number[]; first: number[] }>();
    const misses: string[] = [];
    queries.forEach((query, index) => {
      const scores = byKind.get(query.kind) ?? { recall: [], first: [] };
      const recall = recallAtK(query.relevant, results[index] ?? []);
      scores.recall.push(recall);
      scores.first.push(query.relevant.length === 0 || firstIsRelevant(query.relevant, results[index] ?? []) ? 1 : 0);
      byKind.set(query.kind, scores);
      if (recall < 1) misses.push(`${query.kind} ${JSON.stringify(query.query)} ${recall.toFixed(2)}`);
    });
    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const all = { recall: mean([...byKind.values()].flatMap((scores) => scores.recall)), first: mean([...byKind.values()].flatMap((scores) => scores.first)) };
    console.log(
      `sample, ${queries.length} queries: recall@10 ${all.recall.toFixed(4)}, true match first ${all.first.toFixed(4)}\n` +
        [...byKind].map(([kind, scores]) => `  ${kind} (${scores.recall.length}): recall@10 ${mean(scores.recall).toFixed(4)}, first ${mean(scores.first).toFixed(4)}`).join('\n') +
        (misses.length > 0 ? `\n  below 1: ${misses.slice(0, 20).join('; ')}` : ''),
    );
    expect(all.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.first).toBeGreaterThanOrEqual(0.95);
  });
});
