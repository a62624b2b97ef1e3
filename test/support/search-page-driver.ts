// Asks the real search page, as a reader moving through their history would: each query is put in
// the address bar (history.pushState) and the page told so (popstate), which runs the page's own
// search; the platforms it then lists are read from the page. Nothing of the search logic is here.
import type { Page } from 'playwright-core';

// Sent as text: a function passed to page.evaluate would be rewritten by Vitest's transform.
const DRIVE = `async (queries) => {
  const status = document.getElementById('search-status');
  const settled = () => /^找到|^搜索暂时无法使用/.test(status.textContent ?? '');
  const out = [];
  for (const query of queries) {
    history.pushState(null, '', location.pathname + '?q=' + encodeURIComponent(query));
    dispatchEvent(new PopStateEvent('popstate'));
    for (let waited = 0; !settled(); waited += 10) {
      if (waited > 15000) throw new Error('the search page gave no answer for ' + query);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    out.push([...document.querySelectorAll('#current-results a, #former-results a')].map((link) => link.getAttribute('href')));
  }
  return out;
}`;

/**
 * The platforms the search page lists for each query, in the order it shows them (current holders,
 * then former ones), as site paths ('/platforms/x/'): a site served under a base (site-base.ts) has
 * it taken off. The page must be open at /search/ already.
 */
export async function platformsListedFor(page: Page, queries: readonly string[], base = '/'): Promise<string[][]> {
  const listed = (await page.evaluate(`(${DRIVE})(${JSON.stringify(queries)})`)) as string[][];
  return listed.map((links) => links.map((href) => (href.startsWith(base) ? href.slice(base.length - 1) : href)));
}
