// A release: the register as the authority published it on one day, one file in the data folder's
// releases/ (0001.json, 0002.json, …), each naming the SHA-256 of the file before it, so that nothing
// published can later be edited or dropped unseen (chain.ts). Plain, diff-friendly JSON: keys sorted,
// records sorted by id, one record per line.
import * as z from 'zod';
import type { Dataset } from '../contract/load-data-folder.ts';
import { TABLE_NAMES, type TableName } from '../contract/tables.ts';

/** A record as the contract's validation left it (dates ISO, lists as arrays): JSON values only. */
export type ReleaseRecord = { id: string } & Record<string, unknown>;
export type ReleaseTables = Record<TableName, ReleaseRecord[]>;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const record = z.looseObject({ id: z.string().min(1) }) as unknown as z.ZodType<ReleaseRecord>;

export const releaseFileSchema = z.strictObject({
  release: z.number().int().positive(),
  /** The data date the release was made for (site.json's as_of, or the release day). */
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string(),
  /** The SHA-256 (hex) of the previous release file's bytes; null for the first. */
  previous: z.string().regex(SHA256_HEX).nullable(),
  tables: z.strictObject(Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(record)])) as Record<TableName, z.ZodArray<z.ZodType<ReleaseRecord>>>),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

/** 7 → 0007.json: sorted by name, the files are in release order (up to 9999; then five digits sort after). */
export function releaseFileName(release: number): string {
  return `${String(release).padStart(4, '0')}.json`;
}

export const RELEASE_FILE_NAME = /^(\d{4,})\.json$/;

/** The tables of a validated dataset, as a release holds them: every record, sorted by id. */
export function releaseTables(dataset: Dataset): ReleaseTables {
  const tables = {} as ReleaseTables;
  for (const name of TABLE_NAMES) {
    tables[name] = dataset[name]
      .map(({ record: value }) => JSON.parse(JSON.stringify(value)) as ReleaseRecord)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return tables;
}

/** A value's JSON with the keys of every object sorted, on one line. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The file's text: the same release always gives the same bytes. */
export function serializeRelease(release: ReleaseFile): string {
  const lines = ['{', `"as_of": ${JSON.stringify(release.as_of)},`, `"note": ${JSON.stringify(release.note)},`, `"previous": ${JSON.stringify(release.previous)},`, `"release": ${release.release},`, '"tables": {'];
  TABLE_NAMES.forEach((name, index) => {
    const records = release.tables[name].map(canonicalJson);
    const last = index === TABLE_NAMES.length - 1;
    if (records.length === 0) {
      lines.push(`${JSON.stringify(name)}: []${last ? '' : ','}`);
      return;
    }
    lines.push(`${JSON.stringify(name)}: [`, records.map((line, at) => (at < records.length - 1 ? `${line},` : line)).join('\n'), `]${last ? '' : ','}`);
  });
  lines.push('}', '}', '');
  return lines.join('\n');
}

/** Whether two releases hold the same records (their numbers, dates and notes aside). */
export function sameTables(a: ReleaseTables, b: ReleaseTables): boolean {
  return TABLE_NAMES.every((name) => a[name].length === b[name].length && a[name].every((value, index) => canonicalJson(value) === canonicalJson(b[name][index])));
}
