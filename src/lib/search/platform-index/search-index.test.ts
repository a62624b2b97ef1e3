// The platform index end to end, as the search page uses it: built from a generated register of
// 1,500 platforms (the benchmark's generator, with Latin words put into some names), searched with
// queries drawn at random from the data, and compared with what a reader means by a match: every part
// of the query in the platform's text, a code piece at its code's beginning or end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../../../scripts/bench/synthetic-data.ts';
import { loadSite } from '../../load-site.ts';
import { FUNCTION_WORDS, seededRandom } from '../query-set.ts';
import { platformSearchEntries } from '../search-records.ts';
import { buildPlatformIndex, type PlatformEntry } from './build-index.ts';
import { MANIFEST_FILE } from './format.ts';
import { queryPlan } from './query-plan.ts';
import { PlatformIndex, searchPlatforms, type FacetSelection } from './search-index.ts';

const LATIN_WORDS = ['5G', '3D', 'AI', 'ISO9001', 'B2B', 'IoT'];

let entries: PlatformEntry[];
const work = mkdtempSync(join(tmpdir(), 'platform-index-'));

/** The generated register, with a Latin word in every 23rd name (5G创新…) as real names have. */
function generatedEntries(): PlatformEntry[] {
  const data = join(work, 'data');
  generateSyntheticData({ platforms: 1500, outDir: data, seed: 7 });
  const { model } = loadSite({ dataDir: data, contentDir: join(import.meta.dirname, '../../../../content') });
  if (!model) throw new Error('the generated data does not load');
  return platformSearchEntries(model).map((entry, index) => {
    if (index % 23 !== 0) return entry;
    const chars = [...entry.meta.name];
    const name = [...chars.slice(0, 4), LATIN_WORDS[index % LATIN_WORDS.length], ...chars.slice(4)].join('');
    return { ...entry, meta: { ...entry.meta, name }, words: [name, ...entry.words.slice(1)] };
  });
}

/** An index served from memory, counting what is fetched. */
async function openIndex(list: readonly PlatformEntry[], site = '', options = {}): Promise<{ index: PlatformIndex; fetched: string[] }> {
  const { manifest, files } = buildPlatformIndex(list, options);
  const served = new Map([[MANIFEST_FILE, JSON.stringify(manifest)], ...files.map((file) => [file.path, file.text] as const)]);
  const fetched: string[] = [];
  const index = await PlatformIndex.open(`${site}/search-index/`, site, async (url) => {
    fetched.push(url);
    const text = served.get(url.slice(`${site}/search-index/`.length));
    if (text === undefined) throw new Error(`not served: ${url}`);
    return JSON.parse(text) as unknown;
  });
  return { index, fetched };
}

/**
 * What a reader means: each piece of the query (cut at spaces and punctuation) in the platform's text,
 * a piece of letters and digits in one of its words, or a code piece where codes hold it.
 */
function meant(entry: PlatformEntry, query: string): boolean {
  const text = [entry.meta.name, entry.meta.operator, entry.meta.jurisdiction, entry.meta.district, entry.meta.functions].join(' ').toLowerCase();
  const words = text.match(/[0-9a-z]+/g) ?? [];
  const code = entry.meta.uscc;
  const pieces = query.normalize('NFKC').split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  return pieces.every((piece) => {
    if (/\p{Script=Han}/u.test(piece)) return text.normalize('NFKC').includes(piece.toLowerCase());
    const upper = piece.toUpperCase();
    if (upper.length === 18) return code === upper;
    const codePiece = upper.length >= 6 && /\d/.test(upper) && (code.startsWith(upper) || code.endsWith(upper));
    return codePiece || words.some((word) => word.includes(piece.toLowerCase()));
  });
}

function drawQueries(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const piece = (text: string, min: number, max: number) => {
    const chars = [...text];
    const length = Math.min(chars.length, min + Math.floor(random() * (max - min + 1)));
    const start = Math.floor(random() * (chars.length - length + 1));
    return chars.slice(start, start + length).join('');
  };
  const kinds = [
    (entry: PlatformEntry) => piece(pick([entry.meta.name, entry.meta.operator]), 1, 6),
    (entry: PlatformEntry) => entry.meta.uscc,
    (entry: PlatformEntry) => entry.meta.uscc.slice(-(6 + Math.floor(random() * 12))),
    (entry: PlatformEntry) => entry.meta.uscc.slice(0, 6 + Math.floor(random() * 12)).toLowerCase(),
    (entry: PlatformEntry) => entry.meta.district || entry.meta.jurisdiction,
    () => pick(FUNCTION_WORDS),
    (entry: PlatformEntry) => `${piece(entry.meta.name, 2, 3)} ${piece(entry.meta.operator, 2, 3)}`,
    (entry: PlatformEntry) => `${pick(FUNCTION_WORDS)}　${entry.meta.uscc.slice(-6)}`,
  ];
  const latin = entries.filter((entry) => /[A-Za-z0-9]/.test(entry.meta.name));
  return Array.from({ length: count }, (_, index) => {
    if (index % 10 === 9) {
      // A piece of a name across a Latin word and the Han characters after it: 5G创新, G创.
      const entry = pick(latin);
      const mixed = /[0-9A-Za-z]+\p{Script=Han}{1,3}/u.exec(entry.meta.name)?.[0] ?? entry.meta.name;
      return mixed.slice(Math.floor(random() * 2));
    }
    return pick(kinds)(pick(entries));
  });
}

beforeAll(() => {
  entries = generatedEntries();
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the platform index', () => {
  it('finds exactly the platforms a reader means, for 600 queries drawn from the data', async () => {
    const { index } = await openIndex(entries);
    const urls = entries.map((entry) => entry.meta.url);
    const wrong: string[] = [];
    for (const query of drawQueries(600, 11)) {
      const found = await searchPlatforms([index], { plan: queryPlan(query), selection: {}, shown: entries.length, counts: false });
      const expected = entries.filter((entry) => meant(entry, query)).map((entry) => entry.meta.url);
      const got = found.platforms.map((meta) => meta.url);
      if (got.length !== expected.length || found.total !== expected.length || got.some((url) => !expected.includes(url))) {
        wrong.push(`${JSON.stringify(query)}: ${got.length} of ${expected.length}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(urls.length).toBe(1500);
  }, 60_000);

  it('lists holders first, then in the register’s order', async () => {
    const { index } = await openIndex(entries);
    const found = await searchPlatforms([index], { plan: queryPlan('服务'), selection: {}, shown: entries.length, counts: false });
    const ranks = found.platforms.map((meta) => entries.find((entry) => entry.meta.url === meta.url)?.rank ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    const holders = found.platforms.filter((_, position) => ranks[position] === ranks[0]).map((meta) => entries.findIndex((entry) => entry.meta.url === meta.url));
    expect(holders).toEqual([...holders].sort((a, b) => a - b));
  });

  it('filters and counts by every filter as a reader would count them', async () => {
    const { index } = await openIndex(entries);
    const jurisdiction = entries[700]?.facets.jurisdiction ?? '';
    const selection: FacetSelection = { jurisdiction: [jurisdiction], function: ['培训服务', '融资服务'] };
    const found = await searchPlatforms([index], { plan: queryPlan('示例'), selection, shown: 50, counts: true });
    const expected = entries.filter((entry) => entry.facets.jurisdiction === jurisdiction && entry.facets.function.some((fn) => ['培训服务', '融资服务'].includes(fn)));
    expect(found.total).toBe(expected.length);
    const holdersFirst = expected.map((entry, order) => ({ entry, order })).sort((a, b) => a.entry.rank - b.entry.rank || a.order - b.order);
    expect(found.platforms.map((meta) => meta.url)).toEqual(holdersFirst.slice(0, 50).map(({ entry }) => entry.meta.url));
    // A filter's counts leave that filter out: they say what choosing another value would give.
    const sameFunctions = entries.filter((entry) => entry.facets.function.some((fn) => ['培训服务', '融资服务'].includes(fn)));
    expect(found.counts?.jurisdiction[jurisdiction]).toBe(expected.length);
    expect(found.counts?.jurisdiction[entries[0]?.facets.jurisdiction ?? '']).toBe(sameFunctions.filter((entry) => entry.facets.jurisdiction === entries[0]?.facets.jurisdiction).length);
    expect(found.counts?.status[entries[700]?.facets.status ?? '']).toBe(expected.filter((entry) => entry.facets.status === entries[700]?.facets.status).length);
  });

  it('lists a filter’s platforms with no query at all', async () => {
    const { index } = await openIndex(entries);
    const found = await searchPlatforms([index], { plan: queryPlan(''), selection: { kind: ['小企业创业基地'] }, shown: 10, counts: false });
    expect(found.total).toBe(entries.filter((entry) => entry.facets.kind === '小企业创业基地').length);
    expect(found.total).toBeGreaterThan(0);
  });

  it('fetches only the shards a query needs, and each once', async () => {
    const { index, fetched } = await openIndex(entries);
    const code = entries[321]?.meta.uscc ?? '';
    await searchPlatforms([index], { plan: queryPlan(code.slice(-8)), selection: {}, shown: 30, counts: false });
    const first = fetched.length;
    expect(fetched.filter((url) => url.includes('facets'))).toEqual([]);
    expect(first).toBeLessThanOrEqual(1 + 3 + 1); // manifest, a shard for each way of reading the piece, one result block
    await searchPlatforms([index], { plan: queryPlan(code.slice(-8)), selection: {}, shown: 30, counts: false });
    expect(fetched.length).toBe(first);
  });

  it('merges several sites’ indexes into one list, each result linking to its own site', async () => {
    const half = Math.floor(entries.length / 2);
    const here = await openIndex(entries.slice(0, half));
    const there = await openIndex(entries.slice(half), '/yangjiang');
    const query = '服务平台';
    const found = await searchPlatforms([here.index, there.index], { plan: queryPlan(query), selection: {}, shown: 2000, counts: true });
    expect(found.total).toBe(entries.filter((entry) => meant(entry, query)).length);
    expect(found.platforms.some((meta) => meta.url.startsWith('/yangjiang/platforms/'))).toBe(true);
    expect(found.platforms.some((meta) => meta.url.startsWith('/platforms/'))).toBe(true);
    expect(Object.values(found.counts?.status ?? {}).reduce((sum, count) => sum + count, 0)).toBe(found.total);
  });

  it('cuts the words into shards of about the size asked, whatever the data', () => {
    const { manifest, files } = buildPlatformIndex(entries, { shardBytes: 4000 });
    const shards = files.filter((file) => /\/t\d+\.json$/.test(file.path));
    expect(shards.length).toBe(manifest.terms.length);
    expect(manifest.terms).toEqual([...manifest.terms].sort());
    const oversized = shards.filter((file) => Buffer.byteLength(file.text) > 4000 && Object.keys(JSON.parse(file.text) as object).length > 1);
    expect(oversized).toEqual([]);
  });
});
