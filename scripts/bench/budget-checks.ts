// The benchmark's checks against the budgets (scripts/lib/budgets.ts), one line each: PASS or FAIL,
// or LIST for what is listed without a limit. A miss is reported, never fatal: the figures of a
// large synthetic build are for reading, and the sample build's test is what fails CI.
import { BUDGETS } from '../lib/budgets.ts';
import { kb, mb, thousands } from './format.ts';
import type { StageResult } from './run-stage.ts';
import type { SearchSummary, Spread } from './search-figures.ts';
import type { SiteMetrics } from './site-metrics.ts';

export interface BudgetCheck {
  /** null: listed, not checked. */
  ok: boolean | null;
  text: string;
}

export function budgetChecks(register: SiteMetrics, ratio: number, whole: Pick<StageResult, 'peakBytes' | 'maxRssBytes' | 'treePeakBytes'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const maxPlatform = register.platformPageMaxBytes ?? 0;
  checks.push({
    ok: maxPlatform <= BUDGETS.platformPageBytes,
    text: `platform page ≤ ${BUDGETS.platformPageBytes / 1024} KB of HTML: max ${kb(maxPlatform)} KB (${register.platformPageMax ?? '–'}), median ${kb(register.platformPageMedianBytes)} KB`,
  });
  const largestCss = Math.max(0, ...register.css.map((file) => file.bytes));
  checks.push({
    ok: largestCss <= BUDGETS.cssBytes && register.css.length <= 1,
    text: `one shared CSS file ≤ ${BUDGETS.cssBytes / 1024} KB: ${register.css.length} file(s), ${register.css.map((file) => `${file.path} ${kb(file.bytes)} KB`).join(', ') || 'none'} (not counted: Pagefind's own UI CSS in pagefind/, ${register.pagefindCss.length} files, ${kb(register.pagefindCss.reduce((sum, file) => sum + file.bytes, 0))} KB)`,
  });
  checks.push({
    ok: null,
    text: `pages with a <script>: ${register.pagesWithScript} of ${register.pages}${register.pagesWithScript > 0 ? ` (by route: ${Object.entries(register.pagesWithScriptByRoute).map(([route, count]) => `${route} ${count}`).join(', ')})` : ''}`,
  });
  for (const script of register.scripts) checks.push({ ok: null, text: `  on ${script.pages} page(s), ${script.bytes} bytes: ${script.script.replaceAll(/\s+/g, ' ')}` });
  checks.push({ ok: ratio <= BUDGETS.buildToFloorRatio, text: `whole build within ${BUDGETS.buildToFloorRatio}× of the floor: ${ratio.toFixed(2)}×` });
  checks.push({
    ok: whole.peakBytes < BUDGETS.buildPeakBytes,
    text: `whole build peak memory < ${BUDGETS.buildPeakBytes / 1024 ** 3} GB: ${mb(whole.peakBytes)} MB (largest process ${mb(whole.maxRssBytes ?? 0)} MB, process tree ${mb(whole.treePeakBytes)} MB)`,
  });
  return checks;
}

/**
 * The search page against its budgets: the worst first search's bytes on either network, and the
 * worst times on slow 4G. A query that brought no results misses its time budget.
 */
export function searchBudgetChecks(search: SearchSummary): BudgetCheck[] {
  const { total } = search.traffic.all;
  const slow = search.times['slow 4G'].all;
  const within = (spread: Spread | null, failures: number, budget: number): boolean => failures === 0 && spread !== null && spread.worst <= budget;
  const times = (spread: Spread | null, failures: number): string =>
    `${spread === null ? 'no results' : `worst ${thousands(Math.round(spread.worst))} ms, median ${thousands(Math.round(spread.median))} ms`}${failures > 0 ? `, ${failures} without results` : ''}`;
  return [
    {
      ok: total.bytes.worst <= BUDGETS.firstQueryBytes,
      text: `search page + first query ≤ ${BUDGETS.firstQueryBytes / 1024} KB transferred: worst ${kb(total.bytes.worst)} KB, median ${kb(total.bytes.median)} KB in ${total.files.median} files, at most ${total.files.worst}`,
    },
    {
      ok: within(slow.first, slow.firstFailures, BUDGETS.firstResultsMs),
      text: `first results within ${BUDGETS.firstResultsMs / 1000} s of Enter on slow 4G: ${times(slow.first, slow.firstFailures)}`,
    },
    {
      ok: within(slow.later, slow.laterFailures, BUDGETS.laterResultsMs),
      text: `later queries' results within ${BUDGETS.laterResultsMs / 1000} s of Enter on slow 4G: ${times(slow.later, slow.laterFailures)}`,
    },
  ];
}

export const checkLine = (check: BudgetCheck): string => `${check.ok === null ? 'LIST' : check.ok ? 'PASS' : 'FAIL'} ${check.text}`;
