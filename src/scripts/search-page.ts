// The search page's script: reads the state from the address bar, asks the platform index
// (lib/search/platform-index/) for platforms and Pagefind for other pages, draws the results with DOM
// methods (text only, never HTML from data), and keeps the address bar in step.
import type { PlatformStatus } from '../lib/model/status.ts';
import { INDEX_FOLDER, type PlatformMeta } from '../lib/search/platform-index/format.ts';
import { queryPlan } from '../lib/search/platform-index/query-plan.ts';
import { PlatformIndex, searchPlatforms, type FacetCounts } from '../lib/search/platform-index/search-index.ts';
import { FILTER_NAMES, hasFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { withBase } from '../lib/site-base.ts';
import { statusBadge } from '../lib/status-style.ts';

/** The path this site is served under (Astro's base, from site.json's base_url). */
const BASE = import.meta.env.BASE_URL;

interface PageData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  data(): Promise<PageData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  mergeIndex(bundle: string, options: object): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

const FORMER: readonly PlatformStatus[] = ['revoked', 'expired'];
/** Results shown at first, and added by each press of 显示更多. */
const PAGE_SIZE = 20;
const PAGES_SHOWN = 8;

/** Another site searched as well (site.json search_merge): its Pagefind bundle, and where it lives. */
interface MergedSite {
  bundle: string;
  base_url: string;
}

const fetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
};

/** This site's platform index, then each merged site's, in the order site.json lists them. */
function openIndexes(merged: readonly MergedSite[]): Promise<PlatformIndex[]> {
  // The index's addresses are site paths: this site's results are served under its base.
  const here = PlatformIndex.open(withBase(BASE, `/${INDEX_FOLDER}/`), BASE.slice(0, -1), fetchJson);
  const there = merged.map((site) => {
    const base = site.base_url.replace(/\/?$/, '/');
    return PlatformIndex.open(`${base}${INDEX_FOLDER}/`, base.slice(0, -1), fetchJson);
  });
  return Promise.all([here, ...there]);
}

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(merged: readonly MergedSite[]): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = withBase(BASE, '/pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 40, baseUrl: BASE });
    // Results of a merged index link to its own site: Pagefind prefixes their URLs with baseUrl.
    for (const site of merged) await module.mergeIndex(site.bundle, { baseUrl: site.base_url });
    return module;
  })();
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A checkbox for each jurisdiction a merged site's index holds and this page does not list. */
function addMissingJurisdictions(document: Document, names: readonly string[]): void {
  const list = document.querySelector<HTMLElement>('[data-filter-group="jurisdiction"]');
  if (!list) return;
  const present = new Set([...list.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value));
  for (const name of names) {
    if (present.has(name)) continue;
    present.add(name);
    const item = element(document, 'li');
    const input = element(document, 'input', undefined, 'mr-2 h-4 w-4');
    input.type = 'checkbox';
    input.name = 'jurisdiction';
    input.value = name;
    input.id = `filter-jurisdiction-extra-${list.children.length}`;
    input.checked = new URLSearchParams(window.location.search).getAll('jurisdiction').includes(name);
    const label = element(document, 'label', name);
    label.htmlFor = input.id;
    const count = element(document, 'span', undefined, 'text-sm text-muted');
    count.dataset['filterCount'] = `jurisdiction:${name}`;
    item.append(input, ' ', label, count);
    list.append(item);
  }
}

function platformItem(document: Document, meta: PlatformMeta): HTMLLIElement {
  const item = element(document, 'li', undefined, 'rounded border border-line p-3');
  const title = element(document, 'p', undefined, 'm-0');
  const link = element(document, 'a', meta.name, 'font-bold text-lg');
  link.href = meta.url;
  title.append(link, ' ');
  const view = statusBadge(meta.status as PlatformStatus, true);
  const badge = element(document, 'span', undefined, view.className);
  badge.dataset['status'] = view.status;
  const symbol = element(document, 'span', view.symbol);
  symbol.setAttribute('aria-hidden', 'true');
  badge.append(symbol, view.words);
  title.append(badge);
  const place = [meta.jurisdiction, meta.district].filter(Boolean).join(' ');
  // The code too, so that a reader who searched by it can confirm the match.
  const code = element(document, 'p', '统一社会信用代码：', 'm-0 text-sm');
  code.append(element(document, 'span', meta.uscc, 'font-mono break-all'));
  item.append(
    title,
    element(document, 'p', `运营单位：${meta.operator}　${place}`, 'm-0'),
    code,
    element(document, 'p', `服务功能：${meta.functions}`, 'm-0 text-sm text-muted'),
  );
  return item;
}

function pageItem(document: Document, data: PageData): HTMLLIElement {
  const item = element(document, 'li');
  const link = element(document, 'a', data.meta['title'] ?? data.url, 'font-bold');
  link.href = data.url;
  // The section the page is in (searchable-sections.ts): 公示, 规则, 地区, 规则对比.
  const type = data.filters['type']?.[0];
  if (type) item.append(element(document, 'span', `${type}　`, 'text-sm text-muted'));
  // Pagefind's excerpt is HTML with <mark>; it is read as text here, so nothing from a page runs.
  const excerpt = new DOMParser().parseFromString(data.excerpt, 'text/html').body.textContent ?? '';
  item.append(link, element(document, 'p', excerpt, 'm-0 text-sm'));
  return item;
}

export function startSearchPage(document: Document, window: Window): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const filters = document.getElementById('filters') as HTMLDetailsElement | null;
  const more = document.getElementById('more-results') as HTMLButtonElement | null;
  const pagesButton = document.getElementById('search-pages') as HTMLButtonElement | null;
  const pagesStatus = document.getElementById('pages-status');
  if (!form || !input || !status || !filters || !more || !pagesButton || !pagesStatus) return;
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
  let shown = PAGE_SIZE;
  const merged = JSON.parse(form.dataset['merge'] ?? '[]') as MergedSite[];
  // Opened as the page opens: the manifests are small, and a first search then needs one round trip
  // less. One that failed is opened again by the next search.
  let indexes: Promise<PlatformIndex[]> | null = null;
  const openedIndexes = (): Promise<PlatformIndex[]> => {
    if (!indexes) {
      const opening = openIndexes(merged);
      indexes = opening;
      opening.then((list) => addMissingJurisdictions(document, list.slice(1).flatMap((index) => index.manifest.jurisdictions))).catch(() => {
        if (indexes === opening) indexes = null;
      });
    }
    return indexes;
  };
  void openedIndexes();

  const stateFromForm = (): SearchState => readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as (typeof FILTER_NAMES)[number]]?.includes(box.value) ?? false;
    }
    if (hasFilters(state)) filters.open = true;
  };

  const show = (key: keyof typeof lists, items: HTMLLIElement[]) => {
    lists[key]?.replaceChildren(...items);
    if (sections[key]) sections[key].hidden = items.length === 0;
  };
  const showCounts = (counts: FacetCounts | null) => {
    for (const count of document.querySelectorAll<HTMLElement>('[data-filter-count]')) {
      const [name = '', value = ''] = (count.dataset['filterCount'] ?? '').split(':');
      count.textContent = counts ? `（${counts[name as keyof FacetCounts]?.[value] ?? 0}）` : '';
    }
  };

  // Other pages are searched once the reader asks, and from then on with every query: Pagefind and
  // its index weigh more than the platform search itself (README, Search).
  let pagesWanted = false;
  const searchPages = async (q: string, mine: number) => {
    pagesButton.hidden = true;
    pagesStatus.hidden = false;
    pagesStatus.textContent = '正在搜索页面…';
    try {
      const engine = await loadPagefind(merged);
      const pages = await engine.search(q);
      const data = await Promise.all(pages.results.slice(0, PAGES_SHOWN).map((result) => result.data()));
      if (mine !== generation) return;
      lists.pages?.replaceChildren(...data.map((item) => pageItem(document, item)));
      pagesStatus.textContent = pages.results.length === 0 ? '没有找到相关页面。' : `找到 ${pages.results.length} 个相关页面${pages.results.length > PAGES_SHOWN ? `，显示前 ${PAGES_SHOWN} 个` : ''}。`;
    } catch {
      if (mine === generation) pagesStatus.textContent = '页面搜索暂时无法使用。';
    }
  };
  const offerPages = (state: SearchState, mine: number) => {
    const offered = state.q !== '' && !hasFilters(state);
    if (sections.pages) sections.pages.hidden = !offered;
    lists.pages?.replaceChildren();
    pagesButton.hidden = pagesWanted;
    pagesStatus.hidden = true;
    if (offered && pagesWanted) void searchPages(state.q, mine);
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    const plan = queryPlan(state.q);
    if (plan.clauses.length === 0 && !hasFilters(state)) {
      show('current', []);
      show('former', []);
      offerPages(state, mine);
      more.hidden = true;
      showCounts(null);
      status.textContent = '输入关键词或选择筛选条件开始搜索。';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const outcome = await searchPlatforms(await openedIndexes(), { plan, selection: state.filters, shown, counts: filters.open });
      if (mine !== generation) return;
      const isFormer = (meta: PlatformMeta) => FORMER.includes(meta.status as PlatformStatus);
      show('current', outcome.platforms.filter((meta) => !isFormer(meta)).map((meta) => platformItem(document, meta)));
      show('former', outcome.platforms.filter(isFormer).map((meta) => platformItem(document, meta)));
      showCounts(outcome.counts);
      more.hidden = outcome.total <= shown;
      const listed = outcome.total > shown ? `，显示前 ${outcome.platforms.length} 个` : '';
      status.textContent = `找到${outcome.approximate ? '约' : ' '}${outcome.total} 个平台${listed}。`;
      // Other pages only after the platforms are on screen: they share the reader's connection.
      offerPages(state, mine);
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
    shown = PAGE_SIZE;
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
    clearTimeout(timer);
    update(true);
  });
  // Counts are worth their download only to a reader who looks at the filters.
  filters.addEventListener('toggle', () => {
    if (filters.open) void run(stateFromForm());
  });
  pagesButton.addEventListener('click', () => {
    pagesWanted = true;
    void searchPages(stateFromForm().q, generation);
  });
  more.addEventListener('click', () => {
    shown += PAGE_SIZE;
    void run(stateFromForm());
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(window.location.search));
    fillForm(state);
    shown = PAGE_SIZE;
    void run(state);
  });

  const initial = readSearchState(new URLSearchParams(window.location.search));
  fillForm(initial);
  void run(initial);
}
