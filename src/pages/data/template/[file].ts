// /data/template/<table>.csv and /data/template/register.xlsx: the tables to fill in, with Chinese
// column titles and one example row each (src/lib/open-data/template.ts).
import type { APIRoute } from 'astro';
import { REGISTER_WORKBOOK } from '../../../lib/contract/sheet-names.ts';
import { TABLE_NAMES } from '../../../lib/contract/tables.ts';
import { templateCsv, templateWorkbook } from '../../../lib/open-data/template.ts';

export function getStaticPaths() {
  return [...TABLE_NAMES.map((table) => ({ params: { file: `${table}.csv` } })), { params: { file: REGISTER_WORKBOOK } }];
}

export const GET: APIRoute = async ({ params }) => {
  if (params.file === REGISTER_WORKBOOK) {
    return new Response(new Uint8Array(await templateWorkbook()), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  }
  const table = TABLE_NAMES.find((name) => params.file === `${name}.csv`);
  if (!table) throw new Error(`no template ${params.file}`);
  return new Response(templateCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
