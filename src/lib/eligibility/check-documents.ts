// What the self-check page's script needs of the rules documents: everything the engine reads, and
// the jurisdiction's name, without the full texts (served as /check/rules.json).
import type { RulesCatalog, RulesDocument } from '../rules/load-rules.ts';

export interface CheckDocument extends Omit<RulesDocument, 'body' | 'cover'> {
  name: string;
}

export function checkDocuments(catalog: RulesCatalog, names: Record<string, string>): CheckDocument[] {
  return [...catalog.documents.values()].map((document) => ({
    id: document.id,
    name: names[document.id] ?? document.id,
    meta: document.meta,
    provisions: document.provisions,
    extra: document.extra,
    functions: document.functions,
    builtIn: document.builtIn,
    // The engine reads items only (the growth wording); paragraphs stay on the rules pages.
    articles: document.articles.map((article) => ({ ...article, paragraphs: [] })),
  }));
}

/** A CheckDocument is a RulesDocument for the engine, whose parts it does not read are left empty. */
export function asRulesDocument(document: CheckDocument): RulesDocument {
  return { ...document, body: '', cover: null };
}
