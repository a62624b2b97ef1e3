// Writes the platform index (format.ts) from the platforms' search entries: run by the build, never
// in the browser.
import { createHash } from 'node:crypto';
import { encodePosting } from './postings.ts';
import { recordKeys } from './keys.ts';
import { FACET_NAMES, FORMAT_VERSION, META_FIELDS, facetsPath, metaBlockPath, termShardPath, type FacetName, type FacetsFile, type Manifest, type PlatformMeta, type TermShard } from './format.ts';

/** What the index holds of one platform (search-records.ts makes these from the model). */
export interface PlatformEntry {
  meta: PlatformMeta;
  /** The words it is found by: name, operator, place, functions (the code is found by meta.uscc). */
  words: string[];
  facets: { jurisdiction: string; function: string[]; status: string; kind: string };
  /** Its place in the listing: lower first (holders first). */
  rank: number;
}

export interface IndexOptions {
  /**
   * About how many bytes of JSON a term shard holds before the next key starts a new one (a key
   * with a longer posting has a shard to itself). Small shards keep what a query fetches small; a
   * shard's first key is in the manifest, which every search fetches first.
   */
  shardBytes?: number;
  /** Records per result block: a result list fetches the blocks of the records it shows. */
  block?: number;
}

export interface IndexFile {
  /** Relative to the index folder. */
  path: string;
  text: string;
}

export const DEFAULT_SHARD_BYTES = 12_000;
export const DEFAULT_BLOCK = 16;

export function buildPlatformIndex(entries: readonly PlatformEntry[], options: IndexOptions = {}): { manifest: Manifest; files: IndexFile[] } {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  const block = options.block ?? DEFAULT_BLOCK;
  // Stable: equal ranks keep the register's order.
  const ordered = entries.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.rank - b.entry.rank || a.index - b.index).map(({ entry }) => entry);

  const postings = new Map<string, number[]>();
  ordered.forEach((entry, record) => {
    for (const key of recordKeys(entry.words, entry.meta.uscc)) {
      const list = postings.get(key);
      if (list) list.push(record);
      else postings.set(key, [record]);
    }
  });
  const keys = [...postings.keys()].sort(compareKeys);

  const shards: TermShard[] = [];
  // Kept apart: an object lists integer-like keys ("5", "9001") first, whatever order they came in.
  const firstKeys: string[] = [];
  let shard: TermShard = {};
  // A shard's JSON, exactly: the braces, and for each key "key":"posting" with a comma after all but the last.
  const EMPTY = 1;
  let size = EMPTY;
  for (const key of keys) {
    const posting = encodePosting(postings.get(key) ?? []);
    const bytes = byteLength(key) + posting.length + 6;
    if (size > EMPTY && size + bytes > shardBytes) {
      shards.push(shard);
      shard = {};
      size = EMPTY;
    }
    if (size === EMPTY) firstKeys.push(key);
    shard[key] = posting;
    size += bytes;
  }
  if (size > EMPTY) shards.push(shard);

  const blocks: string[][][] = [];
  for (let start = 0; start < ordered.length; start += block) {
    blocks.push(ordered.slice(start, start + block).map((entry) => META_FIELDS.map((field) => entry.meta[field])));
  }

  const content = { shards: shards.map((item) => JSON.stringify(item)), blocks: blocks.map((item) => JSON.stringify(item)), facets: JSON.stringify(facetsOf(ordered)) };
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
  const ranks: number[] = [];
  for (const entry of ordered) ranks[entry.rank] = (ranks[entry.rank] ?? 0) + 1;
  const manifest: Manifest = {
    format: FORMAT_VERSION,
    version,
    records: ordered.length,
    terms: firstKeys,
    block,
    ranks: Array.from(ranks, (count) => count ?? 0),
    jurisdictions: [...new Set(ordered.map((entry) => entry.facets.jurisdiction))],
  };
  return {
    manifest,
    files: [
      ...content.shards.map((text, index) => ({ path: termShardPath(version, index), text })),
      ...content.blocks.map((text, index) => ({ path: metaBlockPath(version, index), text })),
      { path: facetsPath(version), text: content.facets },
    ],
  };
}

/** Keys in code-unit order, as the search page compares them (search-index.ts). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function facetsOf(ordered: readonly PlatformEntry[]): FacetsFile {
  const column = (name: Exclude<FacetName, 'function'>) => {
    const values = [...new Set(ordered.map((entry) => entry.facets[name]))];
    return { values, records: ordered.map((entry) => values.indexOf(entry.facets[name])) };
  };
  const functions = [...new Set(ordered.flatMap((entry) => entry.facets.function))];
  const file: Partial<FacetsFile> = {};
  for (const name of FACET_NAMES) {
    file[name] =
      name === 'function'
        ? { values: functions, records: ordered.map((entry) => entry.facets.function.reduce((mask, value) => mask | (1 << functions.indexOf(value)), 0)) }
        : column(name);
  }
  return file as FacetsFile;
}
