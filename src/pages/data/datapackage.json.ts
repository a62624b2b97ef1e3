// /data/datapackage.json: the Frictionless Data Package that describes the open data.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { dataPackage } from '../../lib/open-data/datapackage.ts';
import { openDataTables } from '../../lib/open-data/records.ts';

export const GET: APIRoute = () => {
  const model = siteModel();
  return new Response(`${JSON.stringify(dataPackage(model, openDataTables(model)), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
