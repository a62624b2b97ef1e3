// /check/rules.json: the rules as the self-check evaluates them in the reader's browser.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { checkDocuments } from '../../lib/eligibility/check-documents.ts';
import { jurisdictionNamesByRules } from '../../lib/rules/jurisdiction-names.ts';

export const GET: APIRoute = () => {
  const model = siteModel();
  return new Response(JSON.stringify(checkDocuments(model.rules, jurisdictionNamesByRules(model))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
