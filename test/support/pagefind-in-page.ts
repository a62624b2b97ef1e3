// Runs Pagefind's own search API inside the page. The code is sent as text: a function passed to
// page.evaluate would have its import() rewritten by Vitest's transform before it reached the browser.
import type { Page } from 'playwright-core';
import { PAGEFIND_OPTIONS, PLATFORM_FILTER } from '../../src/lib/search/pagefind-options.ts';
import { searchAttempts } from '../../src/lib/search/query-terms.ts';

const SEARCH = `async (attemptsPerQuery, options, filters) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(options);
  const out = [];
  const has = (attempt, code) => attempt.codePieces.every(({ piece, at }) => (at === 'start' ? code.toUpperCase().startsWith(piece) : code.toUpperCase().endsWith(piece)));
  for (const attempts of attemptsPerQuery) {
    let top = [];
    for (const attempt of attempts) {
      const response = await pagefind.search(attempt.terms, { filters });
      const data = await Promise.all(response.results.slice(0, 30).map((result) => result.data()));
      top = data.filter((item) => has(attempt, item.meta.uscc ?? ''));
      if (top.length > 0) break;
    }
    out.push(top.slice(0, 10).map((data) => data.url));
  }
  return out;
}`;

/** The URLs of the top 10 results of each query, in order, as the search page's platform list has them (same rewriting, attempts, check of code pieces (hasCodePieces, restated here as the page's code runs in the browser), options and filter). */
export function pagefindTop10(page: Page, queries: readonly string[], filters: Record<string, unknown> = PLATFORM_FILTER): Promise<string[][]> {
  const attempts = queries.map(searchAttempts);
  return page.evaluate(`(${SEARCH})(${JSON.stringify(attempts)}, ${JSON.stringify(PAGEFIND_OPTIONS)}, ${JSON.stringify(filters)})`) as Promise<string[][]>;
}
