// The open data the site republishes (data contract, "Open data"): the input's fields plus what the build computed.
import type { PlatformView, SiteModel } from '../model/site-model.ts';
import { platformSchema, noticeSchema, revocationSchema } from '../contract/tables.ts';
import { toCsv, type CsvValue } from './csv.ts';

export type OpenRecord = Record<string, CsvValue>;

/** A column the build adds to the input's fields, described for /data/datapackage.json. */
export interface ComputedField {
  title: string;
  type: 'string' | 'date' | 'boolean' | 'list';
  description: string;
}

export const COMPUTED_FIELDS: Record<string, ComputedField> = {
  status: { title: '状态', type: 'string', description: 'status as of as_of: candidate, active, suspended, revoked or expired' },
  status_since: { title: '状态起始日期', type: 'date', description: 'the day the platform came into its status' },
  platform_names: { title: '公示平台名称', type: 'list', description: "the names of the platforms the notice lists, in the order of platforms" },
  platform_usccs: { title: '公示平台统一社会信用代码', type: 'list', description: "the operators' 统一社会信用代码 of the platforms the notice lists, in the order of platforms" },
  state: { title: '公示状态', type: 'string', description: 'state as of as_of: upcoming, open or closed' },
  ends_on_provisional: { title: '截止日期为暂定', type: 'boolean', description: "true when ends_on falls in a year whose official holiday arrangement is not yet published (counted Monday to Friday)" },
  platform_name: { title: '平台名称', type: 'string', description: 'the name of the platform the action concerns' },
  platform_uscc: { title: '统一社会信用代码', type: 'string', description: "the operator's 统一社会信用代码 of the platform the action concerns" },
};

export interface OpenDataTable {
  name: 'platforms' | 'notices' | 'revocations';
  columns: string[];
  records: OpenRecord[];
}

/** Columns in the contract's order, with the computed ones inserted after the column they explain. */
function withColumns(fields: readonly string[], after: Readonly<Record<string, readonly string[]>>, trailing: readonly string[] = []): string[] {
  return [...fields.flatMap((field) => [field, ...(after[field] ?? [])]), ...trailing];
}

/**
 * Records in the order of their ids, as a release holds them (releases/release-file.ts), whatever the
 * order of the clerk's rows: so the open data built from a release's tables is the very file the site
 * published for it, and /data/releases.json can name its SHA-256 (releases/release-open-data.ts).
 */
function byId<T extends { record: { id: string } }>(views: readonly T[]): T[] {
  return [...views].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}

export const PLATFORM_COLUMNS: string[] = [...Object.keys(platformSchema.shape), 'status', 'status_since'];

/** A platform as the open data publishes it: every column in order, null where the record gives nothing (also /platforms/<id>.json's record). */
export function openPlatformRecord(view: PlatformView): OpenRecord {
  const record: OpenRecord = { ...view.record, functions: view.functionCodes, valid_until: view.validUntil, status: view.status, status_since: view.statusSince };
  return Object.fromEntries(PLATFORM_COLUMNS.map((column) => [column, record[column] ?? null]));
}

export function openDataTables(model: SiteModel): OpenDataTable[] {
  // A journalist reading an action or a notice sees which platform it is, not only its id.
  const platformById = new Map(model.platforms.map((view) => [view.record.id, view.record]));
  const namesOf = (ids: readonly string[]) => ids.map((id) => platformById.get(id)?.name ?? '');
  const codesOf = (ids: readonly string[]) => ids.map((id) => platformById.get(id)?.uscc ?? '');
  return [
    { name: 'platforms', columns: PLATFORM_COLUMNS, records: byId(model.platforms).map(openPlatformRecord) },
    {
      name: 'notices',
      columns: withColumns(Object.keys(noticeSchema.shape), { platforms: ['platform_names', 'platform_usccs'] }, ['state', 'ends_on_provisional']),
      records: byId(model.notices).map((view) => ({
        ...view.record,
        platform_names: namesOf(view.record.platforms),
        platform_usccs: codesOf(view.record.platforms),
        starts_on: view.period.startsOn,
        ends_on: view.period.endsOn,
        ends_on_provisional: view.period.endsOnProvisional,
        state: view.state,
      })),
    },
    {
      name: 'revocations',
      columns: withColumns(Object.keys(revocationSchema.shape), { platform: ['platform_name', 'platform_uscc'] }),
      records: byId(model.revocations).map((view) => ({
        ...view.record,
        platform_name: namesOf([view.record.platform])[0],
        platform_uscc: codesOf([view.record.platform])[0],
        reapply_after: view.reapplyAfter,
      })),
    },
  ];
}

export function openDataJson(model: SiteModel, table: OpenDataTable): string {
  const records = table.records.map((record) => Object.fromEntries(table.columns.map((column) => [column, record[column] ?? null])));
  return `${JSON.stringify({ as_of: model.asOf, records }, null, 2)}\n`;
}

export function openDataCsv(table: OpenDataTable): string {
  return toCsv(table.columns, table.records);
}

export type OpenDataFormat = 'json' | 'csv';
export const OPEN_DATA_FORMATS: readonly OpenDataFormat[] = ['json', 'csv'];

/** /data/<name>: platforms.json, platforms.csv, … */
export function openDataFileName(table: OpenDataTable['name'], format: OpenDataFormat): string {
  return `${table}.${format}`;
}

/** The text of one table's file as the site serves it. */
export function openDataText(model: SiteModel, table: OpenDataTable, format: OpenDataFormat): string {
  return format === 'json' ? openDataJson(model, table) : openDataCsv(table);
}

/** Every table's JSON and CSV, by file name: what /data/platforms.json and its siblings hold. */
export function openDataFiles(model: SiteModel): { name: string; text: string }[] {
  return openDataTables(model).flatMap((table) => OPEN_DATA_FORMATS.map((format) => ({ name: openDataFileName(table.name, format), text: openDataText(model, table, format) })));
}
