// Searching the platform index (format.ts) from the search page: the files a query needs are fetched
// once each and kept; one index or several (a portal's, search_merge) are searched as one list.
// Plain functions over a fetcher, so that the unit tests run exactly what the page runs.
import { decodePosting } from './postings.ts';
import { holdsPhrases, type Lookup, type QueryPlan } from './query-plan.ts';
import { FACET_NAMES, MANIFEST_FILE, META_FIELDS, facetsPath, metaBlockPath, termShardPath, type FacetName, type FacetsFile, type Manifest, type MetaRow, type PlatformMeta, type TermShard } from './format.ts';

export type FetchJson = (url: string) => Promise<unknown>;

/** Filter values chosen, per filter: a record must have one of each filter's values. */
export type FacetSelection = Partial<Record<FacetName, readonly string[]>>;
/** How many of the results have each filter value, when only the other filters apply. */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** One site's index: `folder` is its URL ('/search-index/'), `site` what its result URLs begin with ('' for this site). */
export class PlatformIndex {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly rankStarts: number[];
  readonly folder: string;
  readonly site: string;
  readonly manifest: Manifest;
  private readonly fetchJson: FetchJson;

  private constructor(folder: string, site: string, manifest: Manifest, fetchJson: FetchJson) {
    this.folder = folder;
    this.site = site;
    this.manifest = manifest;
    this.fetchJson = fetchJson;
    let start = 0;
    this.rankStarts = manifest.ranks.map((count) => (start += count) - count);
  }

  static async open(folder: string, site: string, fetchJson: FetchJson): Promise<PlatformIndex> {
    const manifest = (await fetchJson(`${folder}${MANIFEST_FILE}`)) as Manifest;
    return new PlatformIndex(folder, site, manifest, fetchJson);
  }

  private file<T>(path: string): Promise<T> {
    const url = `${this.folder}${path}`;
    let file = this.files.get(url);
    if (!file) {
      file = this.fetchJson(url);
      // A failed fetch is not kept: the next search tries again.
      file.catch(() => this.files.delete(url));
      this.files.set(url, file);
    }
    return file as Promise<T>;
  }

  /** The status rank of a record: records are numbered holders first. */
  rankOf(record: number): number {
    let rank = 0;
    while (rank + 1 < this.rankStarts.length && (this.rankStarts[rank + 1] ?? Infinity) <= record) rank += 1;
    return rank;
  }

  /** The term shards that may hold the key, or the keys it begins. */
  private shardsFor(lookup: Lookup): number[] {
    const { terms } = this.manifest;
    const first = Math.max(0, lastAtMost(terms, lookup.key));
    if (!lookup.prefix) return [first];
    const last = Math.max(first, lastAtMost(terms, `${lookup.key}\uffff`));
    return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  }

  private async lookup(lookup: Lookup): Promise<number[]> {
    const shards = await Promise.all(this.shardsFor(lookup).map((index) => this.file<TermShard>(termShardPath(this.manifest.version, index))));
    if (!lookup.prefix) return decodePosting(shards[0]?.[lookup.key] ?? '');
    const postings = shards.flatMap((shard) => Object.keys(shard).filter((key) => key.startsWith(lookup.key)).map((key) => decodePosting(shard[key] ?? '')));
    return union(postings);
  }

  /** The records that satisfy every clause, ascending; every record for a plan without clauses. */
  async matching(plan: QueryPlan): Promise<number[]> {
    if (plan.clauses.length === 0) return Array.from({ length: this.manifest.records }, (_, record) => record);
    const clauses = await Promise.all(
      plan.clauses.map(async (alternatives) => union(await Promise.all(alternatives.map(async (lookups) => intersection(await Promise.all(lookups.map((item) => this.lookup(item)))))))),
    );
    return intersection(clauses);
  }

  facets(): Promise<FacetsFile> {
    return this.file<FacetsFile>(facetsPath(this.manifest.version));
  }

  async meta(record: number): Promise<PlatformMeta> {
    const block = await this.file<MetaRow[]>(metaBlockPath(this.manifest.version, Math.floor(record / this.manifest.block)));
    const row = block[record % this.manifest.block] ?? [];
    const meta = Object.fromEntries(META_FIELDS.map((field, index) => [field, row[index] ?? ''])) as PlatformMeta;
    return { ...meta, url: `${this.site}${meta.url}` };
  }
}

/** The index of the last item at most `key` in ascending `sorted`, or -1. */
function lastAtMost(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') <= key) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function union(lists: readonly number[][]): number[] {
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

function intersection(lists: readonly number[][]): number[] {
  if (lists.length === 0) return [];
  const [smallest = [], ...others] = [...lists].sort((a, b) => a.length - b.length);
  const sets = others.map((list) => new Set(list));
  return smallest.filter((record) => sets.every((set) => set.has(record)));
}

/** Whether a record has a value of every filter chosen, leaving out `except`. */
function selects(facets: FacetsFile, selection: FacetSelection, except: FacetName | null): (record: number) => boolean {
  const tests = FACET_NAMES.filter((name) => name !== except && (selection[name]?.length ?? 0) > 0).map((name) => {
    const chosen = (facets[name].values ?? []).map((value) => selection[name]?.includes(value) ?? false);
    const column = facets[name].records;
    if (name === 'function') {
      const mask = chosen.reduce((bits, on, index) => (on ? bits | (1 << index) : bits), 0);
      return (record: number) => ((column[record] ?? 0) & mask) !== 0;
    }
    return (record: number) => chosen[column[record] ?? -1] === true;
  });
  return (record) => tests.every((test) => test(record));
}

function countValues(facets: FacetsFile, name: FacetName, records: readonly number[], into: Record<string, number>): void {
  const { values, records: column } = facets[name];
  for (const record of records) {
    const value = column[record] ?? 0;
    if (name === 'function') values.forEach((label, index) => (value & (1 << index) ? (into[label] = (into[label] ?? 0) + 1) : undefined));
    else into[values[value] ?? ''] = (into[values[value] ?? ''] ?? 0) + 1;
  }
}

/** How many results a search looks at, at most, for each it shows, when many are not what was asked for. */
const CHECKED_PER_SHOWN = 4;

export interface SearchRequest {
  plan: QueryPlan;
  selection: FacetSelection;
  /** How many results to show, from the first. */
  shown: number;
  /** Count the results by filter value too (the reader has the filters open). */
  counts: boolean;
}

export interface SearchOutcome {
  total: number;
  /** The total is an estimate: some results matched by their keys were not what was asked for, and not all were checked. */
  approximate: boolean;
  /** The first `shown` results, holders first. */
  platforms: PlatformMeta[];
  counts: FacetCounts | null;
}

function hasSelection(selection: FacetSelection): boolean {
  return FACET_NAMES.some((name) => (selection[name]?.length ?? 0) > 0);
}

/**
 * The platforms of every index that match, listed holders first (by status rank, then index, then
 * record): the first `shown` with what a result shows. Filters' data is fetched only when filters
 * are chosen or counted.
 */
export async function searchPlatforms(indexes: readonly PlatformIndex[], request: SearchRequest): Promise<SearchOutcome> {
  const filtering = hasSelection(request.selection);
  const perIndex = await Promise.all(
    indexes.map(async (index) => {
      const matching = await index.matching(request.plan);
      const facets = filtering || request.counts ? await index.facets() : null;
      const records = facets && filtering ? matching.filter(selects(facets, request.selection, null)) : matching;
      return { index, matching, facets, records };
    }),
  );
  const listed = perIndex
    .flatMap(({ index, records }, order) => records.map((record) => ({ index, order, record, rank: index.rankOf(record) })))
    .sort((a, b) => a.rank - b.rank || a.order - b.order || a.record - b.record);
  // Keys alone also match where a phrase's parts stand apart: such results are not what was asked
  // for. Results are checked against their text until the page is full (or enough were looked at).
  const platforms: PlatformMeta[] = [];
  let checked = 0;
  let dropped = 0;
  const mostChecked = request.shown * CHECKED_PER_SHOWN;
  while (platforms.length < request.shown && checked < listed.length && checked < mostChecked) {
    const batch = listed.slice(checked, checked + request.shown - platforms.length);
    checked += batch.length;
    for (const meta of await Promise.all(batch.map(({ index, record }) => index.meta(record)))) {
      if (holdsPhrases(request.plan, [meta.name, meta.operator, meta.jurisdiction, meta.district, meta.functions].join(' '))) platforms.push(meta);
      else dropped += 1;
    }
  }
  let counts: FacetCounts | null = null;
  if (request.counts) {
    counts = { jurisdiction: {}, function: {}, status: {}, kind: {} };
    for (const { facets, matching } of perIndex) {
      if (!facets) continue;
      for (const name of FACET_NAMES) countValues(facets, name, matching.filter(selects(facets, request.selection, name)), counts[name]);
    }
  }
  return { total: listed.length - dropped, approximate: dropped > 0 && checked < listed.length, platforms, counts };
}
