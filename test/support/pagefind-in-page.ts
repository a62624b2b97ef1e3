// Runs Pagefind's own search API inside the page. The code is sent as text: a function passed to
// page.evaluate would have its import() rewritten by Vitest's transform before it reached the browser.
import type { Page } from 'playwright-core';
import { PAGEFIND_OPTIONS, PLATFORM_FILTER } from '../../src/lib/search/pagefind-options.ts';
import { searchTerms } from '../../src/lib/search/query-terms.ts';

const SEARCH = `async (texts, options, filters) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(options);
  const out = [];
  for (const text of texts) {
    const response = await pagefind.search(text, { filters });
    const top = await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
    out.push(top.map((data) => data.url));
  }
  return out;
}`;

/** The URLs of the top 10 results of each query, in order, as the search page's platform list has them (same rewriting, options and filter). */
export function pagefindTop10(page: Page, queries: readonly string[], filters: Record<string, unknown> = PLATFORM_FILTER): Promise<string[][]> {
  const terms = queries.map(searchTerms);
  return page.evaluate(`(${SEARCH})(${JSON.stringify(terms)}, ${JSON.stringify(PAGEFIND_OPTIONS)}, ${JSON.stringify(filters)})`) as Promise<string[][]>;
}
