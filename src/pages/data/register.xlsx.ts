// /data/register.xlsx: the open data as one Excel workbook, a sheet per table with Chinese headers.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { tableFields } from '../../lib/open-data/datapackage.ts';
import { openDataTables } from '../../lib/open-data/records.ts';
import { registerWorkbook } from '../../lib/open-data/register-workbook.ts';

export const GET: APIRoute = async () => {
  const tables = openDataTables(siteModel()).map((table) => ({ table, fields: tableFields(table) }));
  const body = await registerWorkbook(tables);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
