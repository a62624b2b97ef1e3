// The open data the site republishes (data contract, "Open data"): the input's fields plus what the build computed.
import type { SiteModel } from '../model/site-model.ts';
import { platformSchema, noticeSchema, revocationSchema } from '../contract/tables.ts';
import { toCsv, type CsvValue } from './csv.ts';

type OpenRecord = Record<string, CsvValue>;

export interface OpenDataTable {
  name: 'platforms' | 'notices' | 'revocations';
  columns: string[];
  records: OpenRecord[];
}

export function openDataTables(model: SiteModel): OpenDataTable[] {
  return [
    {
      name: 'platforms',
      columns: [...Object.keys(platformSchema.shape), 'status', 'status_since'],
      records: model.platforms.map((view) => ({
        ...view.record,
        functions: view.functionCodes,
        valid_until: view.validUntil,
        status: view.status,
        status_since: view.statusSince,
      })),
    },
    {
      name: 'notices',
      columns: [...Object.keys(noticeSchema.shape), 'state', 'ends_on_provisional'],
      records: model.notices.map((view) => ({
        ...view.record,
        starts_on: view.period.startsOn,
        ends_on: view.period.endsOn,
        ends_on_provisional: view.period.endsOnProvisional,
        state: view.state,
      })),
    },
    {
      name: 'revocations',
      columns: Object.keys(revocationSchema.shape),
      records: model.revocations.map((view) => ({ ...view.record, reapply_after: view.reapplyAfter })),
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
