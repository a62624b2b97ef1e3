// The platform index's files, as the build writes them (build-index.ts) and the search page reads
// them (search-index.ts). A static index made for the register: the words of every platform in
// sorted key order, cut into small shards that a query fetches by key; what a result shows, in
// blocks of consecutive records; the filters' values, in one file fetched only when filters are used.
//
//   search-index/index.json           the manifest: where each shard begins, what is where
//   search-index/<version>/t<i>.json  term shard i: { key: posting } for the keys from terms[i]
//   search-index/<version>/m<i>.json  result block i: records i·block … as PlatformMeta rows
//   search-index/<version>/facets.json  every record's filter values (FacetsFile)
//
// Records are numbered in the order results are listed (holders first, then the register's order),
// so a posting's lowest numbers are its first results. <version> is a hash of the content: a manifest
// and the shards it names always belong together, and the shards can be cached for good.

export const INDEX_FOLDER = 'search-index';
export const MANIFEST_FILE = 'index.json';
export const FORMAT_VERSION = 1;

export interface Manifest {
  format: typeof FORMAT_VERSION;
  /** The folder beside the manifest that holds this build's shards. */
  version: string;
  records: number;
  /** The first key of each term shard, in order: shard i holds the keys from terms[i] up to terms[i + 1]. */
  terms: string[];
  /** Records per result block. */
  block: number;
  /** How many records each status rank holds, holders first (model/status.ts holdersFirstRank). */
  ranks: number[];
  /** The jurisdictions the records belong to, for a portal's filters. */
  jurisdictions: string[];
}

/** A term shard: each key with its posting (postings.ts). */
export type TermShard = Record<string, string>;

/** What a result shows of a platform, in this order in a result block's rows. */
export const META_FIELDS = ['url', 'name', 'operator', 'jurisdiction', 'district', 'status', 'functions', 'uscc'] as const;
export type PlatformMeta = Record<(typeof META_FIELDS)[number], string>;
export type MetaRow = string[];

export const FACET_NAMES = ['jurisdiction', 'function', 'status', 'kind'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/**
 * Each filter's values and, for every record, the value it has: an index into values (a bit per value
 * for functions, which a platform has several of), one column per filter.
 */
export type FacetsFile = Record<FacetName, { values: string[]; records: number[] }>;

export const termShardPath = (version: string, index: number): string => `${version}/t${index}.json`;
export const metaBlockPath = (version: string, index: number): string => `${version}/m${index}.json`;
export const facetsPath = (version: string): string => `${version}/facets.json`;
