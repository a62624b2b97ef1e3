// /data/platforms.json, /data/platforms.csv, and likewise for notices and revocations.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { openDataCsv, openDataJson, openDataTables, type OpenDataTable } from '../../lib/open-data/records.ts';

export function getStaticPaths() {
  return openDataTables(siteModel()).flatMap((table) => [
    { params: { file: `${table.name}.json` }, props: { table, format: 'json' as const } },
    { params: { file: `${table.name}.csv` }, props: { table, format: 'csv' as const } },
  ]);
}

export const GET: APIRoute<{ table: OpenDataTable; format: 'json' | 'csv' }> = ({ props }) => {
  const body = props.format === 'json' ? openDataJson(siteModel(), props.table) : openDataCsv(props.table);
  const type = props.format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
};
