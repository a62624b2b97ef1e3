// /data/rules.json: the rules matrix, checked against its own schema before it is written.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { buildRulesJson, rulesJsonSchema } from '../../lib/rules/rules-json.ts';

export const GET: APIRoute = () => {
  const model = siteModel();
  const rulesJson = rulesJsonSchema.parse(buildRulesJson(model.rules, model.asOf));
  return new Response(`${JSON.stringify(rulesJson, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
