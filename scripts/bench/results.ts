// The end of a run: the table, the checks, the largest pages and each stage's steps on the console;
// the same as bench-results/bench-N.json (everything measured) and bench-N.md (table and checks).
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kb, s1 } from './format.ts';
import type { StageResult } from './run-stage.ts';
import type { SiteMetrics } from './site-metrics.ts';

export function printResults(table: string, checkLines: readonly string[], register: Pick<SiteMetrics, 'largestPages'>, stepped: readonly Pick<StageResult, 'label' | 'steps'>[]): void {
  console.log(`\n${table}\n\n${checkLines.join('\n')}`);
  console.log(`\nlargest pages: ${register.largestPages.map((page) => `${page.path} ${kb(page.bytes)} KB`).join(', ')}`);
  for (const result of stepped) {
    // Counts (pages from HTML) stay whole; times get one decimal.
    if (result.steps) console.log(`steps of ${result.label}: ${Object.entries(result.steps).map(([step, value]) => `${step} ${Number.isInteger(value) ? value : s1(value)}`).join(', ')}`);
  }
}

/** Writes bench-`platforms`.json and .md into `outDir`; returns the JSON file's path. */
export function writeResults(outDir: string, platforms: number, json: object, table: string, checkLines: readonly string[]): string {
  const jsonFile = join(outDir, `bench-${platforms}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(outDir, `bench-${platforms}.md`), `${table}\n\n${checkLines.map((line) => `- ${line}`).join('\n')}\n`);
  console.log(`\n→ ${relative(process.cwd(), jsonFile) || jsonFile}`);
  return jsonFile;
}
