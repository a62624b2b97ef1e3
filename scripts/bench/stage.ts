// Runs one stage of the pipeline on its own, so that the benchmark can time it in a process of its
// own (wall time, CPU time and peak memory per stage):
//
//   node scripts/bench/stage.ts build        --data DIR --out SITE [--report FILE]   Astro build of the register
//   node scripts/bench/stage.ts index        --data DIR --out SITE [--report FILE]   Pagefind index of SITE (as built above)
//   node scripts/bench/stage.ts index-split  --data DIR --out SITE [--report FILE]   the same, each Pagefind call timed apart
//   node scripts/bench/stage.ts floor-build  --data DIR --out SITE [--report FILE]   the floor: bench/floor, a bare Astro page
//   node scripts/bench/stage.ts floor-index             --out SITE [--report FILE]   Pagefind over the floor's pages
//
// The register's stages call what scripts/build.ts calls (scripts/lib/pipeline.ts); the report
// file gets the time of each step inside the stage, in seconds.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../../src/lib/load-site.ts';
import { platformSearchEntries } from '../../src/lib/search/search-records.ts';
import { buildPages, defaultRenderProcesses, indexPages, writePlatformIndex } from '../lib/pipeline.ts';
import { waitForChildren } from './children.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLOOR_ROOT = join(ROOT, 'bench', 'floor');

const STAGES = ['build', 'index', 'index-split', 'floor-build', 'floor-index'] as const;
type Stage = (typeof STAGES)[number];

interface Args {
  stage: Stage;
  dataDir: string;
  outDir: string;
  report: string | null;
}

function readArgs(argv: readonly string[]): Args {
  const [stage, ...rest] = argv;
  if (!STAGES.includes(stage as Stage)) throw new Error(`stage must be one of ${STAGES.join(', ')}; got ${stage}`);
  let dataDir = '';
  let outDir = '';
  let report: string | null = null;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (arg === '--data') dataDir = resolve(rest[++i] ?? '');
    else if (arg === '--out') outDir = resolve(rest[++i] ?? '');
    else if (arg === '--report') report = resolve(rest[++i] ?? '');
    else throw new Error(`unknown option ${arg}`);
  }
  if (outDir === '') throw new Error('--out SITE is required');
  if (dataDir === '' && stage !== 'floor-index') throw new Error('--data DIR is required');
  return { stage: stage as Stage, dataDir, outDir, report };
}

const steps: Record<string, number> = {};
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    steps[name] = (performance.now() - started) / 1000;
  }
}

function loadModel(dataDir: string) {
  const loaded = loadSite({ dataDir, contentDir: join(ROOT, 'content') });
  if (!loaded.model) throw new Error(`the data folder ${dataDir} has errors (${loaded.problems.length} problems): run npm run validate`);
  return loaded.model;
}

/**
 * indexPages() of scripts/lib/pipeline.ts as it is, with each Pagefind call timed: a module hook hands
 * pipeline.ts scripts/bench/pagefind-timed.ts when it imports 'pagefind'.
 */
async function indexPagesSplit(siteDir: string): Promise<void> {
  const timedUrl = new URL('./pagefind-timed.ts', import.meta.url).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'pagefind' && context.parentURL !== timedUrl) return { url: timedUrl, shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
  const { timings } = (await import(timedUrl)) as typeof import('./pagefind-timed.ts');
  await indexPages(siteDir);
  for (const [method, timing] of timings) {
    if (method === 'close') continue;
    steps[`pagefind ${method}${timing.calls > 1 ? ` ×${timing.calls}` : ''}`] = timing.spanSeconds;
    if (method === 'addDirectory') steps['pagefind pages from HTML'] = timing.pages;
  }
}

async function floorIndex(siteDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await step('pagefind createIndex', () => pagefind.createIndex({}));
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await step('pagefind addDirectory', () => index.addDirectory({ path: siteDir }));
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  steps['pagefind pages from HTML'] = added.page_count;
  const written = await step('pagefind writeFiles', () => index.writeFiles({ outputPath: join(siteDir, 'pagefind') }));
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await step('pagefind close', () => pagefind.close());
}

async function run(args: Args): Promise<void> {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  switch (args.stage) {
    case 'build': {
      // As scripts/build.ts does: the model first (the render processes take it), then Astro.
      const model = await step('load model', () => loadModel(args.dataDir));
      const processes = defaultRenderProcesses(model.platforms.length);
      steps['render processes'] = processes;
      await step('astro build', () => buildPages({ root: ROOT, outDir: args.outDir, model, processes }));
      break;
    }
    case 'index': {
      const model = await step('load model', () => loadModel(args.dataDir));
      const entries = await step('search entries', () => platformSearchEntries(model));
      await step('platform index', () => writePlatformIndex(args.outDir, entries));
      await step('pagefind', () => indexPages(args.outDir));
      break;
    }
    case 'index-split': {
      const model = await step('load model', () => loadModel(args.dataDir));
      await step('platform index', () => writePlatformIndex(args.outDir, platformSearchEntries(model)));
      await indexPagesSplit(args.outDir);
      break;
    }
    case 'floor-build': {
      process.env['BENCH_FLOOR_DATA'] = args.dataDir;
      const { build } = await import('astro');
      await step('astro build', () => build({ root: FLOOR_ROOT, outDir: args.outDir, logLevel: 'warn' }));
      break;
    }
    case 'floor-index':
      await floorIndex(args.outDir);
      break;
  }
}

const args = readArgs(process.argv.slice(2));
await run(args);
await waitForChildren();
if (args.report) writeFileSync(args.report, `${JSON.stringify({ stage: args.stage, steps, resourceUsage: process.resourceUsage() }, null, 2)}\n`);
