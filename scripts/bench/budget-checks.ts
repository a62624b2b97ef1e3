// The benchmark's checks against the budgets (scripts/lib/budgets.ts), one line each: PASS or FAIL,
// or LIST for what is listed without a limit. A miss is reported, never fatal: the figures of a
// large synthetic build are for reading, and the sample build's test is what fails CI.
import { BUDGETS } from '../lib/budgets.ts';
import { kb, mb } from './format.ts';
import type { StageResult } from './run-stage.ts';
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

export const checkLine = (check: BudgetCheck): string => `${check.ok === null ? 'LIST' : check.ok ? 'PASS' : 'FAIL'} ${check.text}`;
