// /data/template/: what a clerk starts from: each table with the Chinese column titles and one
// example row, as CSV and as one workbook. The rows are a small data set that validates together
// with the rules template of docs/templates/ (a test builds it), so a clerk can see a working whole.
import { FIELD_TITLES } from '../contract/field-titles.ts';
import { SHEET_NAMES } from '../contract/sheet-names.ts';
import { TABLE_NAMES, type TableName } from '../contract/tables.ts';
import { toCsv } from './csv.ts';
import { workbookBytes } from './workbook-bytes.ts';

type ExampleRow = { [Table in TableName]: Partial<Record<keyof (typeof FIELD_TITLES)[Table], string>> };

export const TEMPLATE_ROWS: ExampleRow = {
  jurisdictions: { id: 'example', name: '示例市', level: 'city', authority: '示例市工业和信息化局', rules: 'example', website: 'https://example.org/', phone: '0000-5550000' },
  platforms: {
    id: 'example-information',
    name: '示例市示例中小企业信息服务平台',
    operator: '示例信息咨询有限公司',
    uscc: '91350100M000100Y43',
    jurisdiction: 'example',
    district: '示例区',
    kind: 'platform',
    scope: 'specialized',
    functions: '信息服务',
    certified_on: '2026-03-02',
    decision_ref: '示例工信〔2026〕2号',
    phone: '0000-5550001',
    email: 'info@example.org',
    website: 'https://example.org/platform/',
    description: '示例行：请替换为本地区的平台。',
  },
  notices: {
    id: 'example-2026',
    jurisdiction: 'example',
    title: '关于2026年示例市中小企业公共服务示范平台拟认定名单的公示',
    ref: '示例工信〔2026〕1号',
    published_on: '2026-02-02',
    contact: '示例市工业和信息化局，电话 0000-5550000',
    platforms: 'example-information',
    source_url: 'https://example.org/notice/',
  },
  revocations: {
    id: 'example-suspension',
    platform: 'example-information',
    action: 'suspended',
    decided_on: '2026-09-01',
    ground: 'example#6',
    reason: '示例行：请替换为本地区的决定。',
    ref: '示例工信〔2026〕9号',
  },
};

function columns(table: TableName): [string, string][] {
  return Object.entries(FIELD_TITLES[table]);
}

/** One table's template: the titles as the header, the example row below. */
export function templateCsv(table: TableName): string {
  const row: Record<string, string> = TEMPLATE_ROWS[table];
  const titled = Object.fromEntries(columns(table).map(([field, title]) => [title, row[field] ?? '']));
  return toCsv(columns(table).map(([, title]) => title), [titled]);
}

/** Every table as a sheet named in Chinese, all cells text, so that Excel keeps codes and dates as typed. */
export async function templateWorkbook(): Promise<Buffer> {
  const sheets = TABLE_NAMES.map((table) => {
    const row: Record<string, string> = TEMPLATE_ROWS[table];
    return {
      sheet: SHEET_NAMES[table][1],
      data: [
        columns(table).map(([, title]) => ({ value: title, fontWeight: 'bold' as const })),
        columns(table).map(([field]) => (row[field] ? { value: row[field], type: String } : null)),
      ],
      stickyRowsCount: 1,
    };
  });
  return workbookBytes(sheets);
}
