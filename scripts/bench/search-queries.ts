// What the search stage types into the search page: queries drawn at random (seeded) from the
// generated platforms, never picked by hand, in three kinds, and dealt out into visits.
import { FUNCTION_WORDS, seededRandom, type SearchablePlatform } from '../../src/lib/search/query-set.ts';

export const QUERY_KINDS = ['name', 'code', 'function'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export const KIND_LABELS: Record<QueryKind, string> = { name: 'name piece', code: 'code ending', function: 'function word' };

export interface SearchQuery {
  kind: QueryKind;
  query: string;
}

/** One new visitor: a first search on an empty cache, then later queries in the same page. */
export interface Visit {
  first: SearchQuery;
  later: SearchQuery[];
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** A query of the kind, from a platform drawn with `random`: 2–5 Han characters of a name, the last 6–12 characters of a code, or a function word. */
export function drawQuery(kind: QueryKind, platforms: readonly Pick<SearchablePlatform, 'name' | 'uscc'>[], random: () => number): SearchQuery {
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('nothing to draw a query from');
    return item;
  };
  if (kind === 'function') return { kind, query: pick(FUNCTION_WORDS) };
  const platform = pick(platforms);
  if (kind === 'code') return { kind, query: platform.uscc.slice(-int(6, 12)) };
  // Han characters only: a piece across 示例 and a Latin letter or a bracket is not what people type.
  const runs = [...platform.name.matchAll(HAN_RUN)].map(([run]) => [...run]).filter((run) => run.length >= 2);
  const run = pick(runs);
  const length = Math.min(run.length, int(2, 5));
  const start = int(0, run.length - length);
  return { kind, query: run.slice(start, start + length).join('') };
}

/**
 * `perKind` visits for each kind, the kinds taking turns. Each visit's first search is of its kind
 * and its later queries are of the two other kinds, so that every kind has `perKind` first searches
 * and twice as many later queries.
 */
export function planVisits(platforms: readonly Pick<SearchablePlatform, 'name' | 'uscc'>[], perKind: number, seed: number): Visit[] {
  const random = seededRandom(seed);
  // A name piece may be a function word (…咨询服务平台): drawn again, as a query asked twice in one page would be answered from what the first one loaded.
  const unlike = (kind: QueryKind, asked: readonly SearchQuery[]): SearchQuery => {
    let drawn = drawQuery(kind, platforms, random);
    for (let attempt = 0; attempt < 100 && asked.some((query) => query.query === drawn.query); attempt += 1) drawn = drawQuery(kind, platforms, random);
    return drawn;
  };
  const visits: Visit[] = [];
  for (let i = 0; i < perKind; i += 1) {
    for (const kind of QUERY_KINDS) {
      const asked = [drawQuery(kind, platforms, random)];
      for (const other of QUERY_KINDS.filter((other) => other !== kind)) asked.push(unlike(other, asked));
      const [first, ...later] = asked as [SearchQuery, ...SearchQuery[]];
      visits.push({ first, later });
    }
  }
  return visits;
}
