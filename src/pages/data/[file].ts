// /data/platforms.json, /data/platforms.csv, and likewise for notices and revocations.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { OPEN_DATA_FORMATS, openDataFileName, openDataTables, openDataText, type OpenDataFormat, type OpenDataTable } from '../../lib/open-data/records.ts';

export function getStaticPaths() {
  return openDataTables(siteModel()).flatMap((table) => OPEN_DATA_FORMATS.map((format) => ({ params: { file: openDataFileName(table.name, format) }, props: { table, format } })));
}

export const GET: APIRoute<{ table: OpenDataTable; format: OpenDataFormat }> = ({ props }) => {
  const type = props.format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(openDataText(siteModel(), props.table, props.format), { headers: { 'Content-Type': type } });
};
