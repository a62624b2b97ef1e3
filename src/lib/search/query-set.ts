// A search quality query set generated from the data: what people type, with the platforms that
// should come back. Seeded, so the same data always gives the same queries.
import type { SiteModel } from '../model/site-model.ts';
import { platformSearchEntries } from './search-records.ts';

/** What a reader may search a platform by, from the model and its search record. */
export function searchablePlatforms(model: SiteModel): SearchablePlatform[] {
  return platformSearchEntries(model).map(({ meta }) => ({
    url: meta.url,
    name: meta.name,
    operator: meta.operator,
    uscc: meta.uscc,
    district: meta.district || null,
    jurisdiction: meta.jurisdiction,
    functionWords: meta.functions.split('、'),
  }));
}

export interface SearchablePlatform {
  url: string;
  name: string;
  operator: string;
  uscc: string;
  district: string | null;
  jurisdiction: string;
  functionWords: string[];
}

export interface RelevanceQuery {
  kind: 'substring' | 'mixed' | 'code' | 'code-prefix' | 'code-suffix' | 'district' | 'function';
  query: string;
  /** Every platform the query should find. */
  relevant: string[];
}

/** mulberry32: a small seeded generator, enough to pick substrings reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Words for the services readers look for, as they type them. */
export const FUNCTION_WORDS = ['培训', '融资', '法律', '技术', '创业', '咨询', '信息', '市场', '财税', '政策'];

export interface QuerySetOptions {
  seed?: number;
  substringsPerPlatform?: number;
  /** Queries are made from this many platforms drawn at random (all by default); relevance is judged over all. */
  sample?: number;
  /** The lengths of code pieces, ends included: [8, 12] by default. */
  pieceLengths?: readonly [number, number];
  /** Also ask for each sampled code's beginning. */
  codeBeginnings?: boolean;
}

export function generateQuerySet(platforms: readonly SearchablePlatform[], options: QuerySetOptions = {}): RelevanceQuery[] {
  const { seed = 20261122, substringsPerPlatform = 3, sample, pieceLengths = [8, 12], codeBeginnings = false } = options;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pieceLength = () => pieceLengths[0] + Math.floor(random() * (pieceLengths[1] - pieceLengths[0] + 1));
  const whereText = (text: string) =>
    platforms
      .filter((platform) => [platform.name, platform.operator, platform.district ?? '', platform.jurisdiction, ...platform.functionWords].some((field) => field.includes(text)))
      .map((platform) => platform.url);
  const asked = sample === undefined ? platforms : drawn(platforms, sample, random);
  const queries: RelevanceQuery[] = [];
  for (const platform of asked) {
    for (let i = 0; i < substringsPerPlatform; i += 1) {
      const source = [...pick([platform.name, platform.operator])];
      const length = Math.min(source.length, 2 + Math.floor(random() * 5));
      const start = Math.floor(random() * (source.length - length + 1));
      const query = source.slice(start, start + length).join('');
      queries.push({ kind: 'substring', query, relevant: whereText(query) });
    }
    // A Latin word with the Chinese after it, as typed (5G创新, 3D打印), where the name has one.
    const mixed = /[0-9A-Za-z]+\p{Script=Han}{1,3}/u.exec(platform.name)?.[0];
    if (mixed) queries.push({ kind: 'mixed', query: mixed, relevant: whereText(mixed) });
    queries.push({ kind: 'code', query: platform.uscc, relevant: [platform.url] });
    const suffix = platform.uscc.slice(-pieceLength());
    queries.push({ kind: 'code-suffix', query: suffix, relevant: platforms.filter((other) => other.uscc.endsWith(suffix)).map((other) => other.url) });
    if (codeBeginnings) {
      const prefix = platform.uscc.slice(0, pieceLength());
      queries.push({ kind: 'code-prefix', query: prefix, relevant: platforms.filter((other) => other.uscc.startsWith(prefix)).map((other) => other.url) });
    }
  }
  for (const district of new Set(platforms.map((platform) => platform.district).filter((district): district is string => district !== null))) {
    queries.push({ kind: 'district', query: district, relevant: whereText(district) });
  }
  for (const word of FUNCTION_WORDS) {
    const relevant = whereText(word);
    if (relevant.length > 0) queries.push({ kind: 'function', query: word, relevant });
  }
  return queries;
}

/** Of the relevant results that fit in the top k, the share that is there. */
export function recallAtK(relevant: readonly string[], results: readonly string[], k = 10): number {
  if (relevant.length === 0) return 1;
  const top = new Set(results.slice(0, k));
  return relevant.filter((url) => top.has(url)).length / Math.min(k, relevant.length);
}

/** `count` distinct platforms drawn with the generator. */
function drawn<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/** Whether the first platform listed is one the query should find. */
export function firstIsRelevant(relevant: readonly string[], listed: readonly string[]): boolean {
  return listed[0] !== undefined && relevant.includes(listed[0]);
}
