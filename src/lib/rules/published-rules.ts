// Which rules documents a site publishes: those its jurisdictions use, and those it compares them
// with (site.json compare_rules; by default every built-in document). A city's site need not carry
// the drafts of cities it has nothing to do with; a national portal compares them all.
import type { Dataset } from '../contract/load-data-folder.ts';
import type { RulesCatalog } from './load-rules.ts';

export function publishedRuleIds(dataset: Dataset, catalog: RulesCatalog): Set<string> {
  const compared = dataset.site.compare_rules ?? [...catalog.documents.values()].filter((document) => document.builtIn).map((document) => document.id);
  return new Set([...dataset.jurisdictions.map((row) => row.record.rules), ...compared]);
}

export function publishedRules(dataset: Dataset, catalog: RulesCatalog): RulesCatalog {
  const ids = publishedRuleIds(dataset, catalog);
  return { documents: new Map([...catalog.documents].filter(([id]) => ids.has(id))) };
}
