// npm run bench -- --platforms N [--out bench-results] [--keep] [--seed S] [--split] [--quiet-timeout S] [--retries K] [--repeat K] [--no-search]
//
// Generates a synthetic data folder of N platforms (synthetic-data.ts), then times each stage of the
// pipeline in a process of its own: validate, Astro build, Pagefind index, and the whole build
// (scripts/build.ts) end to end; then the floor: the same N platform pages from a bare Astro page
// (bench/floor) indexed by Pagefind, on the same machine in the same run. For each stage: wall time,
// CPU time (user + system, children reaped included) and peak memory. Then counts pages, bytes,
// index size, platform page sizes, CSS, pages with scripts; then, unless --no-search, drives the
// whole build's search page in Chromium (search-stage.ts: bytes and time of first searches and later
// queries, unthrottled and on slow 4G); prints a Markdown table and the budget checks, and writes
// bench-results/bench-<N>.json (and .md). Exits non-zero only when a stage fails, never on a budget
// miss.
//
// --split also runs the Pagefind stage with each Pagefind step timed apart (addDirectory of the pages
// and of the platforms' search documents, writeFiles), for a breakdown. --keep keeps the work folder (data, sites, logs).
// Other work on the machine skews the wall times: before each stage the benchmark waits until the
// machine is nearly idle (at most --quiet-timeout seconds, default 600; 0 = do not wait), and it
// reports the CPU time other processes used while each stage ran; a stage they disturbed (more than
// a tenth of its wall time) is run again, at most --retries times (default 2). --repeat K runs all
// the stages K times in rounds and reports each stage's median round, with every round's wall time.
//
// This file puts the run together; each part has a module of its own beside it: bench-options.ts
// (the command line), stage-plan.ts (the stages of a round, the floor's included), rounds.ts (rounds,
// reruns, the median round), run-stage.ts (timing one stage) with quiet-machine.ts and
// process-tree.ts, site-metrics.ts (what a build wrote), floor.ts (the floor and the ratio),
// search-stage.ts (the search page in Chromium) with search-queries.ts and search-figures.ts,
// readme-table.ts (the table as the README carries it), budget-checks.ts (against
// scripts/lib/budgets.ts), results.ts (what is printed and written at the end), run-info.ts
// (machine, versions, commit). stage.ts is the child process that runs one stage.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBenchOptions, UsageError } from './bench-options.ts';
import { budgetChecks, checkLine, searchBudgetChecks } from './budget-checks.ts';
import { compareWithFloor } from './floor.ts';
import { mb1, s1, thousands } from './format.ts';
import { ROOT } from './project-root.ts';
import { readmeTable } from './readme-table.ts';
import { printResults, writeResults } from './results.ts';
import { medianRound, runRounds } from './rounds.ts';
import { gitState, machineInfo } from './run-info.ts';
import { searchDetails } from './search-figures.ts';
import { runSearchStage, VISITS_PER_KIND } from './search-stage.ts';
import { measureSite } from './site-metrics.ts';
import { roundPlan, siteFolders } from './stage-plan.ts';
import { generateSyntheticData } from './synthetic-data.ts';

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2), { root: ROOT, cwd: process.cwd() });
  const n = options.platforms;
  mkdirSync(options.outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  mkdirSync(join(work, 'logs'));
  const dataDir = join(work, 'data');
  const git = gitState();
  const machine = machineInfo();
  console.log(`Benchmark: ${thousands(n)} platforms, seed ${options.seed}; ${machine.cpus} CPUs, ${machine.memoryGiB} GiB; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; commit ${git.commit}${git.dirty ? ' (working tree modified)' : ''}`);
  console.log(`  work folder ${work}${options.keep ? ' (kept)' : ''}`);

  const generateStarted = performance.now();
  const data = generateSyntheticData({ platforms: n, outDir: dataDir, seed: options.seed });
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  console.log(
    `  data: ${thousands(data.platforms)} platforms in ${data.jurisdictions} jurisdictions, ${thousands(data.notices)} notices, ${thousands(data.revocations)} actions, ${mb1(data.bytes)} MB (${s1(generateSeconds)} s); ` +
      Object.entries(data.statuses)
        .map(([status, count]) => `${status} ${count}`)
        .join(', '),
  );
  const platformIds = new Set(readFileSync(join(dataDir, 'platforms.csv'), 'utf8').split('\n').slice(1).map((line) => line.split(',')[0] ?? '').filter(Boolean));

  const { counted, byStage } = await runRounds(roundPlan({ work, dataDir, split: options.split }), options, work);
  const median = (name: string) => medianRound(byStage.get(name) ?? [], name);
  const chosen = { validate: median('validate'), astro: median('astro'), pagefind: median('pagefind'), whole: median('whole'), floorAstro: median('floor-astro'), floorPagefind: median('floor-pagefind') };
  const split = options.split ? median('pagefind-split') : null;

  const { whole, floor } = siteFolders(work);
  const register = measureSite(whole, 'platforms', platformIds);
  const floorSite = measureSite(floor, 'p', platformIds);
  const comparison = compareWithFloor(chosen.whole, chosen.floorAstro, chosen.floorPagefind);
  const search = options.search ? await runSearchStage({ site: whole, dataDir, seed: options.seed, visitsPerKind: VISITS_PER_KIND, quietTimeout: options.quietTimeout }) : null;
  if (search) console.log(searchDetails(search.summary).map((line) => `    ${line}`).join('\n'));

  const table = readmeTable({ platforms: n, data, machine, git, chosen, comparison, sites: { register, floor: floorSite }, repeat: options.repeat, rounds: byStage, counted, search });
  const checks = [...budgetChecks(register, comparison.ratio, chosen.whole), ...(search ? searchBudgetChecks(search.summary) : [])];
  const checkLines = checks.map(checkLine);
  printResults(table, checkLines, register, [chosen.astro, chosen.pagefind, ...(split ? [split] : []), chosen.floorAstro, chosen.floorPagefind]);

  const json = {
    platforms: n,
    seed: options.seed,
    date: new Date().toISOString(),
    git,
    machine,
    data: { ...data, generateSeconds },
    stages: counted.map((result) => ({ ...result, log: options.keep ? result.log : null })),
    chosen: Object.fromEntries(Object.entries(chosen).map(([name, result]) => [name, result.wallSeconds])),
    repeat: options.repeat,
    floor: comparison.floor,
    ratio: comparison.ratio,
    sites: { register, floor: floorSite },
    search,
    budgets: checks.map((check, i) => ({ check: checkLines[i], ok: check.ok })),
    loadAverageAfter: loadavg()[0] ?? 0,
    table,
  };
  writeResults(options.outDir, n, json, table, checkLines);
  if (!options.keep) rmSync(work, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
