// /data/register.xlsx: the open data as the workbook a clerk or a journalist opens in Excel: a sheet
// per table, Chinese headers, codes as text cells (Excel would round them as numbers), dates as date
// cells, statuses, kinds and functions in Chinese words.
import { FUNCTION_LABELS, isFunctionCode } from '../contract/functions.ts';
import { SHEET_NAMES } from '../contract/sheet-names.ts';
import { ACTION_LABELS, KIND_LABELS, NOTICE_STATE_LABELS, SCOPE_LABELS, STATUS_SHORT } from '../labels.ts';
import type { CsvValue } from './csv.ts';
import type { PackageField } from './datapackage.ts';
import type { OpenDataTable } from './records.ts';
import { workbookBytes } from './workbook-bytes.ts';

/** Coded values in the words the site shows. */
const WORDS: Record<string, Readonly<Record<string, string>>> = {
  status: STATUS_SHORT,
  kind: KIND_LABELS,
  scope: SCOPE_LABELS,
  action: ACTION_LABELS,
  state: NOTICE_STATE_LABELS,
  functions: FUNCTION_LABELS,
};

type Cell = { value: string | Date | boolean; type: StringConstructor | DateConstructor | BooleanConstructor; format?: string } | null;

function cellOf(field: PackageField, value: CsvValue): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const words = WORDS[field.name];
    return { value: value.map((item) => (words && isFunctionCode(item) ? words[item] : item) ?? item).join('；'), type: String };
  }
  if (typeof value === 'boolean') return { value: value ? '是' : '否', type: String };
  const text = String(value);
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return { value: new Date(`${text}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
  return { value: WORDS[field.name]?.[text] ?? text, type: String };
}

export async function registerWorkbook(tables: readonly { table: OpenDataTable; fields: readonly PackageField[] }[]): Promise<Buffer> {
  const sheets = tables.map(({ table, fields }) => ({
    sheet: SHEET_NAMES[table.name][1],
    data: [fields.map((field) => ({ value: field.title, fontWeight: 'bold' as const })), ...table.records.map((record) => fields.map((field) => cellOf(field, record[field.name])))],
    columns: fields.map((field) => ({ width: field.name === 'name' || field.name === 'operator' ? 36 : field.name === 'uscc' ? 22 : 14 })),
    stickyRowsCount: 1,
  }));
  return workbookBytes(sheets);
}
