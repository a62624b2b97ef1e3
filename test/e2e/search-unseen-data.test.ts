// Search on data the project did not write: a register of 2,000 platforms made by the benchmark's
// generator (with a Latin word put into some names, as 5G and 3D are in real ones), queried through
// the real search page with queries drawn at random from the data.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateSyntheticData, seededRandom } from '../../scripts/bench/synthetic-data.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { platformsListedFor } from '../support/search-page-driver.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { firstIsRelevant, generateQuerySet, recallAtK, searchablePlatforms } from '../../src/lib/search/query-set.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';
import { withBase } from '../../src/lib/site-base.ts';
import { testTempDir } from '../support/temp-tree.ts';

const data = join(testTempDir('generated-'), 'data');
generateSyntheticData({ outDir: data, platforms: 2000, seed: 14 });
withLatinWords(join(data, 'platforms.csv'));
const dist = buildSite(data);
/** The generator's base_url has a path (/bench/), as a bureau's site often does. */
const base = builtSiteBase(dist);
const site = siteInBrowser(dist);
const platforms = parse(readFileSync(join(data, 'platforms.csv'), 'utf8'), { columns: true, bom: true }) as { id: string; uscc: string }[];

/**
 * Puts a Latin word into every 4th platform's name (威海力达5G示例…). The generator writes no quotes
 * or ASCII commas in its fields, so a line splits at its commas.
 */
function withLatinWords(file: string): void {
  const words = ['5G', '3D', 'AI', 'ISO9001', 'B2B', 'IoT'];
  const lines = readFileSync(file, 'utf8').split('\n');
  const edited = lines.map((line, index) => {
    if (index === 0 || index % 4 !== 0 || line === '') return line;
    const fields = line.split(',');
    const chars = [...(fields[1] ?? '')];
    fields[1] = [...chars.slice(0, 4), words[index % words.length], ...chars.slice(4)].join('');
    return fields.join(',');
  });
  writeFileSync(file, edited.join('\n'));
}

/** Each query with the platform it must list: endings of 6, 8 and 12 characters, beginnings of 8 and 10. */
function codeQueries(count: number): { query: string; id: string; kind: string }[] {
  const random = seededRandom(20261130);
  return random.sample(platforms, count).flatMap(({ id, uscc }) => [
    { query: uscc.slice(-6), id, kind: 'last 6' },
    { query: uscc.slice(-8).toLowerCase(), id, kind: 'last 8, lower case' },
    { query: uscc.slice(-12), id, kind: 'last 12' },
    { query: uscc.slice(0, 10), id, kind: 'first 10' },
  ]);
}

describe('search on a generated register of 2,000 platforms', () => {
  it('lists the platform for pieces of its code drawn at random: its ending or its beginning', async () => {
    expect(platforms.length).toBe(2000);
    const page = await site.browser.newPage();
    const misses: string[] = [];
    for (const { query, id, kind } of codeQueries(6)) {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
      await page.getByRole('status').filter({ hasText: '找到' }).waitFor();
      const listed = await page.locator('#current-results a, #former-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      if (!listed.includes(withBase(base, `/platforms/${id}/`))) misses.push(`${kind} ${query} → ${id}: listed ${listed.length}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });

  it('finds what a reader types: recall@10 at least 0.98 and a true match first for at least 0.95 of 300 queries and more', async () => {
    const { model } = loadSite({ dataDir: data, contentDir: join(PROJECT_ROOT, 'content') });
    if (!model) throw new Error('the generated data does not load');
    const queries = generateQuerySet(searchablePlatforms(model), { seed: 20261130, sample: 60, pieceLengths: [6, 12], codeBeginnings: true });
    expect(queries.length).toBeGreaterThanOrEqual(300);
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    const listed = await platformsListedFor(page, queries.map((query) => query.query), base);
    const byKind = new Map<string, { recall: number[]; first: number[] }>();
    const short: string[] = [];
    queries.forEach((query, index) => {
      const scores = byKind.get(query.kind) ?? { recall: [], first: [] };
      const recall = recallAtK(query.relevant, listed[index] ?? []);
      if (recall < 1) short.push(`${query.kind} ${JSON.stringify(query.query)} ${recall.toFixed(2)}`);
      scores.recall.push(recall);
      scores.first.push(query.relevant.length === 0 || firstIsRelevant(query.relevant, listed[index] ?? []) ? 1 : 0);
      byKind.set(query.kind, scores);
    });
    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const all = { recall: mean([...byKind.values()].flatMap((scores) => scores.recall)), first: mean([...byKind.values()].flatMap((scores) => scores.first)) };
    console.log(
      `generated register, ${queries.length} queries: recall@10 ${all.recall.toFixed(4)}, true match first ${all.first.toFixed(4)}\n` +
        [...byKind].map(([kind, scores]) => `  ${kind} (${scores.recall.length}): recall@10 ${mean(scores.recall).toFixed(4)}, first ${mean(scores.first).toFixed(4)}`).join('\n') +
        (short.length > 0 ? `\n  below 1: ${short.slice(0, 20).join('; ')}` : ''),
    );
    expect(byKind.get('mixed')?.recall.length ?? 0).toBeGreaterThanOrEqual(10);
    expect(all.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.first).toBeGreaterThanOrEqual(0.95);
    await page.close();
  });
});
