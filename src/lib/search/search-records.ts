// What the search index holds for each platform: one record with the words people search by
// (name, operator, code, district, functions), the character pairs of the names, and the filters.
import { FUNCTION_LABELS } from '../contract/functions.ts';
import { KIND_LABELS, STATUS_SHORT } from '../labels.ts';
import type { SiteModel } from '../model/site-model.ts';
import { holdersFirstRank } from '../model/status.ts';
import { platformUrl } from '../urls.ts';
import { hanBigrams, hanRunEnds, hanToken, reversedCode } from './ngrams.ts';
import { PLATFORM_TYPE } from './search-vocabulary.ts';

/** What Pagefind indexes for a platform, shaped as its CustomRecord; the build hands it over as a small HTML document (scripts/lib/search-documents.ts). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

export const SEARCH_LANGUAGE = 'zh-cn';


/**
 * The words a record is found by, all ASCII: the Latin words, the code forwards and backwards, and a
 * token for every pair of Chinese characters and for the character ending each run. Pagefind has no
 * Chinese to segment in them, which is most of its work on Chinese text; the search page turns a
 * query into the same tokens (query-terms.ts). Every code's endings as words of their own (10 a
 * record) were 90% of the index's distinct words, and every single character another 40% of its
 * postings: without them the index step takes about half the time and memory at 20,000 platforms,
 * and prefix matching still finds both (ngrams.ts).
 */
export function searchContent(words: readonly string[], uscc: string): string {
  const text = words.join(' ');
  const latin = text.match(/[A-Za-z0-9]+/g) ?? [];
  return [...new Set([...latin, uscc, reversedCode(uscc), ...hanBigrams(text).map(hanToken), ...hanRunEnds(text).map(hanToken)])].join(' ');
}

export function platformSearchRecords(model: SiteModel): SearchRecord[] {
  return model.platforms.map((view) => {
    const { record } = view;
    const functionWords = [...new Set([...view.functions.map((fn) => fn.localName ?? ''), ...view.functionCodes.map((code) => FUNCTION_LABELS[code])])].filter(Boolean);
    const words = [record.name, record.operator, record.uscc, view.jurisdiction.name, record.district ?? '', ...functionWords];
    return {
      url: platformUrl(record.id),
      content: searchContent(words, record.uscc),
      language: SEARCH_LANGUAGE,
      meta: {
        title: record.name,
        operator: record.operator,
        jurisdiction: view.jurisdiction.name,
        district: record.district ?? '',
        status: view.status,
        functions: functionWords.join('、'),
        uscc: record.uscc,
      },
      filters: {
        type: [PLATFORM_TYPE],
        jurisdiction: [view.jurisdiction.name],
        function: view.functionCodes.map((code) => FUNCTION_LABELS[code]),
        status: [STATUS_SHORT[view.status]],
        kind: [KIND_LABELS[record.kind]],
      },
      // Holders first among equally good matches.
      sort: { status: String(holdersFirstRank(view.status)) },
    };
  });
}
