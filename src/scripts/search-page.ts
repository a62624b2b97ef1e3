// The search page's script: reads the state from the address bar, asks Pagefind, draws the results
// with DOM methods (text only, never HTML from data), and keeps the address bar in step.
import type { PlatformStatus } from '../lib/model/status.ts';
import { PAGEFIND_OPTIONS } from '../lib/search/pagefind-options.ts';
import { hasCodePieces, searchAttempts, type SearchAttempt } from '../lib/search/query-terms.ts';
import { FILTER_NAMES, hasFilters, pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { PAGE_TYPES, PLATFORM_TYPE } from '../lib/search/search-vocabulary.ts';
import { statusBadge } from '../lib/status-style.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  mergeIndex(bundle: string, options: object): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const FORMER: readonly PlatformStatus[] = ['revoked', 'expired'];
const SHOWN = 30;

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

/**
 * Platforms for the query: each attempt in turn (query-terms.ts) until one finds a platform. For a
 * piece of a code, Pagefind either finds codes that really have it (when an indexed word begins with
 * it) or falls back to looser matches; the first page of results shows which, and looser ones do not count.
 */
async function searchPlatforms(engine: Pagefind, attempts: readonly SearchAttempt[], filters: object): Promise<{ platforms: PagefindResponse & { total: number }; data: ResultData[] }> {
  for (const attempt of attempts) {
    const response = await engine.search(attempt.terms || null, { filters });
    const data = await Promise.all(response.results.slice(0, SHOWN).map((result) => result.data()));
    const real = data.filter((item) => hasCodePieces(attempt, item.meta['uscc'] ?? ''));
    // Nothing found is no answer yet: the next attempt may read the piece another way.
    if (data.length > 0 && real.length === data.length) return { platforms: { ...response, total: response.results.length }, data };
    if (real.length > 0) return { platforms: { ...response, filters: {}, total: real.length }, data: real };
  }
  return { platforms: { results: [] as PagefindResult[], filters: {}, total: 0 }, data: [] };
}

/** Another site's index to search as well (site.json search_merge). */
interface MergedIndex {
  bundle: string;
  base_url: string;
}

/**
 * Adds a checkbox for each filter value the index knows and the page does not: the jurisdictions
 * of a merged site's index, which this site's data does not list.
 */
function addMissingFilterOptions(document: Document, totals: Record<string, Record<string, number>>): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    const name = list.dataset['filterGroup'] ?? '';
    const present = new Set([...list.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value));
    for (const value of Object.keys(totals[name] ?? {})) {
      if (present.has(value)) continue;
      const item = element(document, 'li');
      const input = element(document, 'input', undefined, 'mr-2 h-4 w-4');
      input.type = 'checkbox';
      input.name = name;
      input.value = value;
      input.id = `filter-${name}-extra-${list.children.length}`;
      input.checked = new URLSearchParams(window.location.search).getAll(name).includes(value);
      const label = element(document, 'label', value);
      label.htmlFor = input.id;
      const count = element(document, 'span', undefined, 'text-sm text-muted');
      count.dataset['filterCount'] = `${name}:${value}`;
      item.append(input, ' ', label, count);
      list.append(item);
    }
  }
}

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(merged: readonly MergedIndex[]): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options(PAGEFIND_OPTIONS);
    // Results of a merged index link to its own site: Pagefind prefixes their URLs with baseUrl.
    for (const index of merged) await module.mergeIndex(index.bundle, { baseUrl: index.base_url });
    // Loads every filter's data, so that each search reports counts for all of them.
    addMissingFilterOptions(document, await module.filters());
    return module;
  })();
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function platformItem(document: Document, data: { url: string; meta: Record<string, string> }): HTMLLIElement {
  const item = element(document, 'li', undefined, 'rounded border border-line p-3');
  const title = element(document, 'p', undefined, 'm-0');
  const link = element(document, 'a', data.meta['title'] ?? data.url, 'font-bold text-lg');
  link.href = data.url;
  title.append(link, ' ');
  const view = statusBadge((data.meta['status'] ?? 'candidate') as PlatformStatus, true);
  const badge = element(document, 'span', undefined, view.className);
  badge.dataset['status'] = view.status;
  const symbol = element(document, 'span', view.symbol);
  symbol.setAttribute('aria-hidden', 'true');
  badge.append(symbol, view.words);
  title.append(badge);
  const place = [data.meta['jurisdiction'], data.meta['district']].filter(Boolean).join(' ');
  item.append(
    title,
    element(document, 'p', `运营单位：${data.meta['operator'] ?? ''}　${place}`, 'm-0'),
    element(document, 'p', `服务功能：${data.meta['functions'] ?? ''}`, 'm-0 text-sm text-muted'),
  );
  return item;
}

function pageItem(document: Document, data: { url: string; meta: Record<string, string>; excerpt: string }): HTMLLIElement {
  const item = element(document, 'li');
  const link = element(document, 'a', data.meta['title'] ?? data.url, 'font-bold');
  link.href = data.url;
  // Pagefind's excerpt is HTML with <mark>; it is read as text here, so nothing from a page runs.
  const excerpt = new DOMParser().parseFromString(data.excerpt, 'text/html').body.textContent ?? '';
  item.append(link, element(document, 'p', excerpt, 'm-0 text-sm'));
  return item;
}

export function startSearchPage(document: Document, window: Window): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  if (!form || !input || !status) return;
  const lists = {
    current: document.getElementById('current-results'),
    former: document.getElementById('former-results'),
    pages: document.getElementById('page-results'),
  };
  const sections = {
    current: document.getElementById('current-section'),
    former: document.getElementById('former-section'),
    pages: document.getElementById('pages-section'),
  };
  let generation = 0;
  const merged = JSON.parse(form.dataset['merge'] ?? '[]') as MergedIndex[];

  const stateFromForm = (): SearchState => readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as (typeof FILTER_NAMES)[number]]?.includes(box.value) ?? false;
    }
  };

  const show = (key: keyof typeof lists, items: HTMLLIElement[]) => {
    lists[key]?.replaceChildren(...items);
    if (sections[key]) sections[key].hidden = items.length === 0;
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    const attempts = searchAttempts(state.q);
    const terms = attempts[0]?.terms ?? '';
    if (!terms && !hasFilters(state)) {
      show('current', []);
      show('former', []);
      show('pages', []);
      status.textContent = '输入关键词或选择筛选条件开始搜索。';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const engine = await loadPagefind(merged);
      const { platforms, data } = await searchPlatforms(engine, attempts, pagefindFilters(state, PLATFORM_TYPE));
      const pages = terms && !hasFilters(state) ? await engine.search(terms, { filters: { type: { any: [...PAGE_TYPES] } } }) : null;
      const pageData = pages ? await Promise.all(pages.results.slice(0, 10).map((result) => result.data())) : [];
      if (mine !== generation) return;
      const isFormer = (item: { meta: Record<string, string> }) => FORMER.includes(item.meta['status'] as PlatformStatus);
      show('current', data.filter((item) => !isFormer(item)).map((item) => platformItem(document, item)));
      show('former', data.filter(isFormer).map((item) => platformItem(document, item)));
      show('pages', pageData.map((item) => pageItem(document, item)));
      for (const count of document.querySelectorAll<HTMLElement>('[data-filter-count]')) {
        const [name = '', value = ''] = (count.dataset['filterCount'] ?? '').split(':');
        count.textContent = `（${platforms.filters[name]?.[value] ?? 0}）`;
      }
      const more = platforms.total > SHOWN ? `，显示前 ${SHOWN} 个` : '';
      status.textContent = `找到 ${platforms.total} 个平台${more}${pages ? `，${pages.results.length} 个相关页面` : ''}。`;
    } catch {
      if (mine !== generation) return;
      status.textContent = '搜索暂时无法使用（搜索索引未能加载）。请稍后再试，或在平台名录中查看全部平台。';
    }
  };

  const update = (push: boolean) => {
    const state = stateFromForm();
    const query = writeSearchState(state).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void run(state);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 250);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) update(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(window.location.search));
    fillForm(state);
    void run(state);
  });

  const initial = readSearchState(new URLSearchParams(window.location.search));
  fillForm(initial);
  void run(initial);
}
