// The benchmark's search stage: the built site served as a static host serves it (gzip, `_headers`),
// its real search page driven in Chromium by new visitors with empty caches, unthrottled and on
// slow 4G. It measures the page, not the engine behind it: every request the page makes, and the
// time from Enter to the results the reader sees.
//
//   node scripts/bench/search-stage.ts --site DIR --data DIR [--seed S] [--visits K] [--quiet-timeout S]
//
// --data: the data folder the site was built from, to draw the queries from (search-queries.ts);
// --visits: new visitors per kind of query and network (default 3), each with a first search and
// two later queries; --quiet-timeout as the benchmark's (default 600 s, 0 = do not wait). Prints the
// table, the details and the budget checks; bench.ts runs it after the builds unless --no-search.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { loadSite } from '../../src/lib/load-site.ts';
import { searchablePlatforms } from '../../src/lib/search/query-set.ts';
import { launchBrowser } from '../lib/chromium.ts';
import { builtSiteBase } from '../lib/built-site.ts';
import { serveStatic } from '../lib/static-server.ts';
import { checkLine, searchBudgetChecks } from './budget-checks.ts';
import { s1 } from './format.ts';
import { ROOT } from './project-root.ts';
import { waitForQuiet } from './quiet-machine.ts';
import { NETWORK_NAMES, NETWORKS, searchDetails, searchTable, summariseSearch, type Answer, type FirstSearch, type NetworkName, type NetworkRun, type SearchSummary, type Traffic } from './search-figures.ts';
import { planVisits, type SearchQuery, type Visit } from './search-queries.ts';

export interface SearchStageOptions {
  site: string;
  dataDir: string;
  seed: number;
  visitsPerKind: number;
  /** Seconds to wait at most for a quiet machine before each network's visits; 0: do not wait. */
  quietTimeout: number;
}

/**
 * New visitors per kind of query and network: 9 first searches and 18 later queries on each network.
 * The stage's time is mostly the page's own: about 1¾ minutes at 2,000 platforms with the Pagefind
 * page, 4 at 20,000, where a first search takes 5 s or more on slow 4G.
 */
export const VISITS_PER_KIND = 3;

export interface SearchStageResult {
  visitsPerKind: number;
  seconds: number;
  summary: SearchSummary;
  runs: NetworkRun[];
}

/** The network is idle when no request has been pending for this long. */
const IDLE_MS = 500;
/** A query with no results after this long has failed. */
const ANSWER_TIMEOUT_MS = 30_000;

const sleep = (ms: number): Promise<void> => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * What the host sent (serveStatic's onResponse), headers included. Counted there because the page's
 * CDP events miss what a dedicated worker fetches (Pagefind's index) and count a worker script's
 * headers only; requests the browser serves from its cache cost nothing and are not counted.
 */
function hostTraffic() {
  let bytes = 0;
  let files = 0;
  return {
    onResponse(_path: string, sent: number): void {
      bytes += sent;
      files += 1;
    },
    /** What was sent since the last call. */
    take(): Traffic {
      const taken = { bytes, files };
      bytes = 0;
      files = 0;
      return taken;
    },
  };
}

/** Waits until no request of the context (its pages' and their workers') has been pending for IDLE_MS. */
function networkIdle(context: BrowserContext): () => Promise<void> {
  const pending = new Set<Request>();
  let lastEvent = performance.now();
  const settled = (request: Request): void => {
    pending.delete(request);
    lastEvent = performance.now();
  };
  context.on('request', (request) => {
    pending.add(request);
    lastEvent = performance.now();
  });
  context.on('requestfinished', settled);
  context.on('requestfailed', settled);
  return async () => {
    const started = performance.now();
    while (pending.size > 0 || performance.now() - lastEvent < IDLE_MS) {
      if (performance.now() - started > ANSWER_TIMEOUT_MS) throw new Error(`the search page's network was not idle after ${ANSWER_TIMEOUT_MS / 1000} s: ${[...pending].map((request) => request.url()).join(', ')}`);
      await sleep(50);
    }
  };
}

/**
 * Runs in the page before Enter. Resolves with the milliseconds from Enter to the answer: for a first
 * search, the first result item displayed; for a later one, the status line saying 找到 again (the
 * old results are still there until then). No answer: the page said it found nothing, or failed, or
 * said nothing in time.
 */
function watchForAnswer([mode, timeoutMs]: ['first' | 'later', number]): { answer: Promise<{ ms: number | null; status: string }> } {
  const status = document.getElementById('search-status');
  const lists = [document.getElementById('current-results'), document.getElementById('former-results')];
  const text = () => status?.textContent?.trim() ?? '';
  const answer = new Promise<{ ms: number | null; status: string }>((resolveAnswer) => {
    let enteredAt: number | null = null;
    let statusChanged = false;
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key === 'Enter') enteredAt ??= performance.now();
    };
    window.addEventListener('keydown', onKeydown, true);
    const finish = (found: boolean) => {
      window.removeEventListener('keydown', onKeydown, true);
      observer.disconnect();
      clearTimeout(timer);
      resolveAnswer({ ms: found && enteredAt !== null ? performance.now() - enteredAt : null, status: text() });
    };
    const observer = new MutationObserver((records) => {
      if (enteredAt === null) return;
      // The page says 正在搜索… as a search starts; a later query's 找到 counts only once the line has changed since Enter.
      statusChanged ||= records.some((record) => status?.contains(record.target));
      const found = statusChanged && text().startsWith('找到');
      if (found && /^找到\s*0\s*个/.test(text())) finish(false);
      else if (statusChanged && text().startsWith('搜索暂时无法使用')) finish(false);
      else if (mode === 'first' ? lists.some((list) => [...(list?.children ?? [])].some((item) => item.checkVisibility())) : found) finish(true);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => finish(false), timeoutMs);
  });
  return { answer };
}

/**
 * Runs in the page after an answer: resolves once the status line has said 找到 (or failed) unchanged
 * for a while, so that a search the page starts by itself (its input's debounce, 250 ms today) has
 * ended before the next query is typed.
 */
function statusSettled(quietMs: number): Promise<void> {
  const status = document.getElementById('search-status');
  return new Promise((resolveSettled) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      clearTimeout(timer);
      if (/^(找到|搜索暂时无法使用)/.test(status?.textContent?.trim() ?? '')) {
        timer = setTimeout(() => {
          observer.disconnect();
          resolveSettled();
        }, quietMs);
      }
    };
    const observer = new MutationObserver(wait);
    if (status) observer.observe(status, { subtree: true, childList: true, characterData: true });
    wait();
  });
}

/** Types the query, presses Enter, and waits for the answer. */
async function ask(page: Page, query: SearchQuery, mode: 'first' | 'later'): Promise<Answer> {
  const watcher = await page.evaluateHandle(watchForAnswer, [mode, ANSWER_TIMEOUT_MS] as ['first' | 'later', number]);
  await page.fill('#search-q', query.query);
  await page.press('#search-q', 'Enter');
  const answer = await watcher.evaluate((handle) => handle.answer);
  await watcher.dispose();
  return { ...query, ...answer };
}

/** One new visitor, in a browser context of their own (an empty cache): the page, a first search, then later queries. */
async function visit(browser: Browser, url: string, traffic: ReturnType<typeof hostTraffic>, network: NetworkName, plan: Visit): Promise<{ first: FirstSearch; later: Answer[] }> {
  const context = await browser.newContext();
  try {
    const idle = networkIdle(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // The page's conditions hold for its workers' requests too.
    const conditions = NETWORKS[network];
    if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, connectionType: 'cellular4g', ...conditions });
    traffic.take();
    await page.goto(`${url}/search/`, { waitUntil: 'load' });
    // What the page fetches after its load event (an index fetched ahead, say) is the page's too.
    await idle();
    const pageTraffic = traffic.take();
    const answer = await ask(page, plan.first, 'first');
    await Promise.all([page.evaluate(statusSettled, IDLE_MS), idle()]);
    const first = { ...answer, page: pageTraffic, search: traffic.take() };
    const later: Answer[] = [];
    for (const [i, query] of plan.later.entries()) {
      if (i > 0) await page.evaluate(statusSettled, IDLE_MS);
      later.push(await ask(page, query, 'later'));
    }
    return { first, later };
  } finally {
    await context.close();
  }
}

export async function runSearchStage(options: SearchStageOptions): Promise<SearchStageResult> {
  const started = performance.now();
  const { model, problems } = loadSite({ dataDir: options.dataDir, contentDir: join(ROOT, 'content') });
  const firstError = problems.find((problem) => problem.severity === 'error');
  if (!model) throw new Error(`the search stage could not load ${options.dataDir}${firstError ? `: ${formatProblem(firstError)}` : ''}`);
  const visits = planVisits(searchablePlatforms(model), options.visitsPerKind, options.seed);
  const traffic = hostTraffic();
  const site = await serveStatic(options.site, { base: builtSiteBase(options.site), onResponse: traffic.onResponse });
  const browser = await launchBrowser();
  try {
    const runs: NetworkRun[] = [];
    for (const network of NETWORK_NAMES) {
      process.stdout.write(`  search page, ${network}: ${visits.length} new visitors … `);
      if (options.quietTimeout > 0) await waitForQuiet(options.quietTimeout);
      const networkStarted = performance.now();
      const run: NetworkRun = { network, first: [], later: [] };
      for (const plan of visits) {
        const { first, later } = await visit(browser, site.url, traffic, network, plan);
        run.first.push(first);
        run.later.push(...later);
      }
      runs.push(run);
      console.log(`${s1((performance.now() - networkStarted) / 1000)} s`);
    }
    return { visitsPerKind: options.visitsPerKind, seconds: (performance.now() - started) / 1000, summary: summariseSearch(runs), runs };
  } finally {
    await browser.close();
    await site.close();
  }
}

const USAGE = 'usage: node scripts/bench/search-stage.ts --site DIR --data DIR [--seed S] [--visits K] [--quiet-timeout SECONDS]';

async function main(argv: readonly string[]): Promise<void> {
  const options = { site: '', dataDir: '', seed: 1, visitsPerKind: VISITS_PER_KIND, quietTimeout: 600 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => argv[++i] ?? '';
    if (arg === '--site') options.site = resolve(value());
    else if (arg === '--data') options.dataDir = resolve(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--visits') options.visitsPerKind = Number(value());
    else if (arg === '--quiet-timeout') options.quietTimeout = Number(value());
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (!options.site || !options.dataDir) throw new Error(USAGE);
  if (!Number.isInteger(options.seed) || !Number.isInteger(options.visitsPerKind) || options.visitsPerKind < 1) throw new Error('--seed must be an integer, --visits a positive integer');
  const result = await runSearchStage(options);
  console.log(`\n${searchTable(result.summary, result.visitsPerKind).join('\n')}\n\n${searchDetails(result.summary).join('\n')}\n\n${searchBudgetChecks(result.summary).map(checkLine).join('\n')}`);
  console.log(`\nsearch stage: ${s1(result.seconds)} s`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
