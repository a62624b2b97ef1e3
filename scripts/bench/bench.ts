// npm run bench -- --platforms N [--out bench-results] [--keep] [--seed S] [--split] [--quiet-timeout S] [--retries K] [--repeat K]
//
// Generates a synthetic data folder of N platforms (synthetic-data.ts), then times each stage of the
// pipeline in a process of its own: validate, Astro build, Pagefind index, and the whole build
// (scripts/build.ts) end to end; then the floor: the same N platform pages from a bare Astro page
// (bench/floor) indexed by Pagefind, on the same machine in the same run. For each stage: wall time,
// CPU time (user + system, children reaped included) and peak memory. Then counts pages, bytes,
// index size, platform page sizes, CSS, pages with scripts; prints a Markdown table and the budget
// checks, and writes bench-results/bench-<N>.json (and .md). Exits non-zero only when a stage fails,
// never on a budget miss.
//
// --split also runs the Pagefind stage with each Pagefind step timed apart (addDirectory of the pages
// and of the platforms' search documents, writeFiles), for a breakdown. --keep keeps the work folder (data, sites, logs).
// Other work on the machine skews the wall times: before each stage the benchmark waits until the
// machine is nearly idle (at most --quiet-timeout seconds, default 600; 0 = do not wait), and it
// reports the CPU time other processes used while each stage ran; a stage they disturbed (more than
// a tenth of its wall time) is run again, at most --retries times (default 2). --repeat K runs all
// the stages K times in rounds and reports each stage's median round, with every round's wall time.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childPids } from './children.ts';
import { generateSyntheticData, type SyntheticSummary } from './synthetic-data.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = process.execPath;
const TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;

const BUDGET = { platformPageBytes: 20 * 1024, cssBytes: 25 * 1024, ratio: 1.5, peakBytes: 2 * 1024 ** 3 };

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  platforms: number;
  outDir: string;
  keep: boolean;
  seed: number;
  split: boolean;
  /** Seconds to wait at most for a quiet machine before each stage; 0: do not wait. */
  quietTimeout: number;
  /** How many times a stage disturbed by other processes is run again. */
  retries: number;
  /** Rounds of all stages; the table shows each stage's median round. */
  repeat: number;
}

function readOptions(argv: readonly string[]): Options {
  const options: Options = { platforms: 1000, outDir: resolve(ROOT, 'bench-results'), keep: false, seed: 1, split: false, quietTimeout: 600, retries: 2, repeat: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--platforms') options.platforms = Number(value().replaceAll(/[,_]/g, ''));
    else if (arg?.startsWith('--platforms=')) options.platforms = Number(arg.slice('--platforms='.length).replaceAll(/[,_]/g, ''));
    else if (arg === '--out') options.outDir = resolve(process.cwd(), value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--split') options.split = true;
    else if (arg === '--quiet-timeout') options.quietTimeout = Number(value());
    else if (arg === '--retries') options.retries = Number(value());
    else if (arg === '--repeat') options.repeat = Number(value());
    else fail(`unknown option ${arg}\nusage: npm run bench -- --platforms N [--out bench-results] [--keep] [--seed S] [--split] [--quiet-timeout SECONDS] [--retries K] [--repeat K]`);
  }
  if (!Number.isInteger(options.platforms) || options.platforms < 1) fail('--platforms must be a positive integer');
  if (!Number.isInteger(options.seed)) fail('--seed must be an integer');
  if (!Number.isInteger(options.repeat) || options.repeat < 1) fail('--repeat must be a positive integer');
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Measuring one stage: /usr/bin/time for wall, CPU and the largest process's peak RSS (children the
// stage reaped included); a /proc sampler for the peak of the whole process tree's summed RSS.

interface StageResult {
  name: string;
  label: string;
  command: string[];
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  cpuSeconds: number;
  /** GNU time %M: the largest resident set of the stage process or any child it reaped. */
  maxRssBytes: number | null;
  /** Sampled every 100 ms: the largest sum of the resident sets of the stage's process tree. */
  treePeakBytes: number;
  /** What the table shows: the larger of the two. */
  peakBytes: number;
  processesSeen: string[];
  loadAverageBefore: number;
  /** Seconds spent waiting for the machine to be quiet before the stage, and whether it was. */
  quietWait: { waited: number; quiet: boolean };
  /** CPU seconds the rest of the machine spent while the stage ran (other processes than the stage's). */
  othersCpuSeconds: number;
  /** Step timings the stage runner reported (scripts/bench/stage.ts), seconds. */
  steps: Record<string, number> | null;
  log: string;
}

/** CPU time the whole machine has spent busy so far, in seconds (/proc/stat, USER_HZ = 100). */
function machineBusySeconds(): number {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return 0;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * Other work on the machine skews wall times: before each stage, wait (up to `timeoutSeconds`) until
 * the machine has been nearly idle (under a quarter of a core busy) for three seconds running.
 * Returns the seconds waited.
 */
async function waitForQuiet(timeoutSeconds: number): Promise<{ waited: number; quiet: boolean }> {
  const started = performance.now();
  let told = false;
  for (;;) {
    const before = machineBusySeconds();
    await sleep(3000);
    const busyCores = (machineBusySeconds() - before) / 3;
    const waited = (performance.now() - started) / 1000;
    if (busyCores < 0.25) return { waited, quiet: true };
    if (waited > timeoutSeconds) return { waited, quiet: false };
    if (!told) {
      process.stdout.write(`(machine busy: ${busyCores.toFixed(1)} cores in use by other processes; waiting) `);
      told = true;
    }
  }
}

const hasGnuTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%e', 'true'], { stdio: 'ignore' }).status === 0;

function readTreeRss(rootPid: number, seen: Map<number, string>, cpuTicks: Map<number, number>): number {
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(statm[1] ?? 0) * PAGE_SIZE;
      if (!seen.has(pid)) seen.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, 3).join(' '));
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks.set(pid, Number(fields[11] ?? 0) + Number(fields[12] ?? 0));
    } catch {
      continue; // Gone meanwhile.
    }
    stack.push(...childPids(pid));
  }
  return total;
}

async function runStage(name: string, label: string, args: string[], work: string, reportFile: string | null, quietTimeout: number): Promise<StageResult> {
  const logFile = join(work, 'logs', `${name}.log`);
  const timeFile = join(work, 'logs', `${name}.time`);
  const command = hasGnuTime ? [TIME, '-f', '%e %U %S %M', '-o', timeFile, NODE, ...args] : [NODE, ...args];
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['SITE_AS_OF'];
  delete env['SITE_DATA_DIR'];
  delete env['SITE_STRICT'];
  process.stdout.write(`  ${label} … `);
  const quietWait = quietTimeout > 0 ? await waitForQuiet(quietTimeout) : { waited: 0, quiet: false };
  const loadAverageBefore = loadavg()[0] ?? 0;
  const busyBefore = machineBusySeconds();

  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command[0] as string, command.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const seen = new Map<number, string>();
  const cpuTicks = new Map<number, number>();
  let treePeak = 0;
  const sample = (): void => {
    if (child.pid !== undefined) treePeak = Math.max(treePeak, readTreeRss(child.pid, seen, cpuTicks));
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((resolveExit) => child.on('close', (exitCode) => resolveExit(exitCode)));
  const wall = (performance.now() - started) / 1000;
  const busyDuring = machineBusySeconds() - busyBefore;
  clearInterval(timer);
  await new Promise<void>((resolveEnd) => log.end(resolveEnd));
  if (code !== 0) {
    console.log('FAILED');
    const text = readFileSync(logFile, 'utf8');
    console.error(`\n✗ ${label} exited with ${code}: ${command.join(' ')}\n--- last lines of ${logFile} ---\n${text.split('\n').slice(-40).join('\n')}`);
    throw new Error(`${label} failed`);
  }

  // GNU time's own figures where it ran; else the last sampled CPU ticks of every process seen (USER_HZ = 100).
  const [e, u, s, m] = hasGnuTime ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? []) : [];
  const wallSeconds = e ?? wall;
  const userSeconds = hasGnuTime ? (u ?? 0) : [...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / 100;
  const systemSeconds = s ?? 0;
  const maxRssBytes = m === undefined ? null : m * 1024;
  const steps = reportFile !== null && existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { steps: Record<string, number> }).steps : null;
  const peakBytes = Math.max(treePeak, maxRssBytes ?? 0);
  const othersCpuSeconds = Math.max(0, busyDuring - userSeconds - systemSeconds);
  const noisy = othersCpuSeconds > 0.1 * wallSeconds ? `; other processes used ${othersCpuSeconds.toFixed(1)} CPU s meanwhile` : '';
  console.log(`${wallSeconds.toFixed(1)} s wall, ${(userSeconds + systemSeconds).toFixed(1)} s CPU, ${mb(peakBytes)} MB peak${noisy}`);
  return {
    name,
    label,
    command: command.map((part) => (part.startsWith(ROOT) ? relative(ROOT, part) || '.' : part)),
    wallSeconds,
    userSeconds,
    systemSeconds,
    cpuSeconds: userSeconds + systemSeconds,
    maxRssBytes,
    treePeakBytes: treePeak,
    peakBytes,
    processesSeen: [...new Set(seen.values())].map((cmd) => cmd.replace(ROOT, '')),
    loadAverageBefore,
    quietWait,
    othersCpuSeconds,
    steps,
    log: logFile,
  };
}

// ---------------------------------------------------------------------------------------------
// Counting what a build wrote.

interface SiteMetrics {
  pages: number;
  files: number;
  siteBytes: number;
  indexBytes: number;
  indexFiles: number;
  platformPages: number;
  platformPageMedianBytes: number | null;
  platformPageMaxBytes: number | null;
  platformPageMax: string | null;
  largestPages: { path: string; bytes: number }[];
  css: { path: string; bytes: number }[];
  jsBytes: number;
  pagesWithScript: number;
  pagesWithScriptByRoute: Record<string, number>;
  /** Each distinct script (by src, or by type and first characters when inline): on how many pages, how big. */
  scripts: { script: string; pages: number; bytes: number }[];
  /** CSS that Pagefind writes into pagefind/ for its own UI (not the site's stylesheet). */
  pagefindCss: { path: string; bytes: number }[];
}

function walk(dir: string, out: { path: string; bytes: number }[] = []): { path: string; bytes: number }[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push({ path, bytes: statSync(path).size });
  }
  return out;
}

/** The route a page comes from, roughly: platforms/bp-000123/index.html → platforms/*\/. */
function routeOf(path: string): string {
  const parts = path.split('/');
  if (parts.length <= 1) return path;
  return `${[parts[0], ...parts.slice(1, -1).map(() => '*')].join('/')}/`;
}

/** The scripts of a page: `src` for an external one, else `inline <type>: <first characters>`. */
function scriptsOf(html: string): { key: string; bytes: number }[] {
  const scripts: { key: string; bytes: number }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? 'javascript';
    scripts.push({ key: src !== undefined ? `src ${src.replace(/\.[\w-]{8}\.js$/, '.*.js')}` : `inline ${type}: ${body.trim().slice(0, 48)}…`, bytes: Buffer.byteLength(body) });
  }
  return scripts;
}

function measureSite(siteDir: string, platformDir: string, platformIds: ReadonlySet<string>): SiteMetrics {
  // platformIds: the platform pages are <platformDir>/<id>/index.html.
  const files = walk(siteDir).map((file) => ({ path: relative(siteDir, file.path), bytes: file.bytes }));
  const html = files.filter((file) => file.path.endsWith('.html'));
  const platformSizes = html
    .filter((file) => {
      const parts = file.path.split('/');
      return parts.length === 3 && parts[0] === platformDir && parts[2] === 'index.html' && platformIds.has(parts[1] ?? '');
    })
    .map((file) => file.bytes)
    .sort((a, b) => a - b);
  const platformMax = html
    .filter((file) => file.path.startsWith(`${platformDir}/`) && platformIds.has(file.path.split('/')[1] ?? ''))
    .reduce<{ path: string; bytes: number } | null>((max, file) => (max === null || file.bytes > max.bytes ? file : max), null);
  const withScript: string[] = [];
  const scripts = new Map<string, { pages: number; bytes: number }>();
  for (const file of html) {
    const found = scriptsOf(readFileSync(join(siteDir, file.path), 'utf8'));
    if (found.length > 0) withScript.push(file.path);
    for (const script of found) {
      const entry = scripts.get(script.key) ?? { pages: 0, bytes: script.bytes };
      entry.pages += 1;
      scripts.set(script.key, entry);
    }
  }
  const byRoute: Record<string, number> = {};
  for (const path of withScript) {
    const route = routeOf(path);
    byRoute[route] = (byRoute[route] ?? 0) + 1;
  }
  const index = files.filter((file) => file.path.startsWith('pagefind/'));
  return {
    pages: html.length,
    files: files.length,
    siteBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    indexBytes: index.reduce((sum, file) => sum + file.bytes, 0),
    indexFiles: index.length,
    platformPages: platformSizes.length,
    platformPageMedianBytes: platformSizes.length > 0 ? (platformSizes[Math.floor((platformSizes.length - 1) / 2)] ?? null) : null,
    platformPageMaxBytes: platformMax?.bytes ?? null,
    platformPageMax: platformMax?.path ?? null,
    largestPages: [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 8),
    css: files.filter((file) => file.path.endsWith('.css') && !file.path.startsWith('pagefind/')),
    pagefindCss: files.filter((file) => file.path.endsWith('.css') && file.path.startsWith('pagefind/')),
    jsBytes: files.filter((file) => file.path.endsWith('.js') && !file.path.startsWith('pagefind/')).reduce((sum, file) => sum + file.bytes, 0),
    pagesWithScript: withScript.length,
    pagesWithScriptByRoute: byRoute,
    scripts: [...scripts.entries()].map(([script, entry]) => ({ script, ...entry })).sort((a, b) => b.pages - a.pages),
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const mb = (bytes: number): string => (bytes / 1024 ** 2).toFixed(0);
const mb1 = (bytes: number): string => (bytes / 1024 ** 2).toFixed(1);
const kb = (bytes: number | null): string => (bytes === null ? '–' : (bytes / 1024).toFixed(1));
const s1 = (seconds: number): string => seconds.toFixed(1);
const thousands = (value: number): string => value.toLocaleString('en-US');

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function gitState(): { commit: string; dirty: boolean } {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return { commit: commit || 'unknown', dirty: status !== '' };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const n = options.platforms;
  mkdirSync(options.outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  mkdirSync(join(work, 'logs'));
  const dataDir = join(work, 'data');
  const git = gitState();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
    timeTool: hasGnuTime ? `${TIME} -f '%e %U %S %M'` : 'none: wall by the clock, CPU and memory sampled from /proc',
  };
  console.log(`Benchmark: ${thousands(n)} platforms, seed ${options.seed}; ${machine.cpus} CPUs, ${machine.memoryGiB} GiB; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; commit ${git.commit}${git.dirty ? ' (working tree modified)' : ''}`);
  console.log(`  work folder ${work}${options.keep ? ' (kept)' : ''}`);

  const generateStarted = performance.now();
  const data: SyntheticSummary = generateSyntheticData({ platforms: n, outDir: dataDir, seed: options.seed });
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  console.log(
    `  data: ${thousands(data.platforms)} platforms in ${data.jurisdictions} jurisdictions, ${thousands(data.notices)} notices, ${thousands(data.revocations)} actions, ${mb1(data.bytes)} MB (${s1(generateSeconds)} s); ` +
      Object.entries(data.statuses)
        .map(([status, count]) => `${status} ${count}`)
        .join(', '),
  );
  const platformIds = new Set(readFileSync(join(dataDir, 'platforms.csv'), 'utf8').split('\n').slice(1).map((line) => line.split(',')[0] ?? '').filter(Boolean));

  const site = join(work, 'site');
  const whole = join(work, 'whole');
  const floor = join(work, 'floor');
  const stage = join(ROOT, 'scripts', 'bench', 'stage.ts');
  const report = (name: string): string => join(work, 'logs', `${name}.json`);
  const reap = join(ROOT, 'scripts', 'bench', 'reap-on-exit.ts');

  const stages: (StageResult & { attempts: number })[] = [];
  // A stage during which other processes used the CPU for more than a tenth of its wall time is run
  // again (at most --retries times), after its output is removed; the last attempt counts.
  const run = async (name: string, label: string, args: string[], reportFile: string | null = null, output: string | null = null): Promise<StageResult> => {
    for (let attempt = 0; ; attempt += 1) {
      if (output !== null) rmSync(output, { recursive: true, force: true });
      const result = await runStage(name, label, args, work, reportFile, options.quietTimeout);
      const disturbed = result.othersCpuSeconds > 0.1 * result.wallSeconds;
      if (!disturbed || attempt >= options.retries) {
        stages.push({ ...result, attempts: attempt + 1 });
        return result;
      }
      console.log(`    (run again: other processes were busy)`);
    }
  };
  // Each round runs every stage once; with --repeat K the table shows, per stage, the round with the
  // median wall time (rounds interleave register and floor, so that slow spells hit both alike).
  const rounds = new Map<string, StageResult[]>();
  const runRound = async (name: string, label: string, args: string[], reportFile: string | null = null, output: string | null = null): Promise<void> => {
    const result = await run(name, label, args, reportFile, output);
    rounds.set(name, [...(rounds.get(name) ?? []), result]);
  };
  for (let round = 1; round <= options.repeat; round += 1) {
    if (options.repeat > 1) console.log(`  round ${round} of ${options.repeat}`);
    await runRound('validate', 'validate', [join(ROOT, 'scripts', 'validate.ts'), '--data', dataDir]);
    await runRound('astro', 'Astro build', [stage, 'build', '--data', dataDir, '--out', site, '--report', report('astro')], report('astro'), site);
    await runRound('pagefind', 'Pagefind index', [stage, 'index', '--data', dataDir, '--out', site, '--report', report('pagefind')], report('pagefind'), join(site, 'pagefind'));
    if (options.split) {
      await runRound('pagefind-split', 'Pagefind index, steps apart', [stage, 'index-split', '--data', dataDir, '--out', site, '--report', report('pagefind-split')], report('pagefind-split'), join(site, 'pagefind'));
    }
    await runRound('whole', 'whole build (scripts/build.ts)', ['--import', reap, join(ROOT, 'scripts', 'build.ts'), '--data', dataDir, '--out', whole], null, whole);
    await runRound('floor-astro', 'floor: bare Astro page', [stage, 'floor-build', '--data', dataDir, '--out', floor, '--report', report('floor-astro')], report('floor-astro'), floor);
    await runRound('floor-pagefind', 'floor: Pagefind', [stage, 'floor-index', '--out', floor, '--report', report('floor-pagefind')], report('floor-pagefind'), join(floor, 'pagefind'));
  }
  const median = (name: string): StageResult => {
    const results = [...(rounds.get(name) ?? [])].sort((a, b) => a.wallSeconds - b.wallSeconds);
    const chosen = results[Math.floor((results.length - 1) / 2)];
    if (!chosen) throw new Error(`no result for ${name}`);
    return chosen;
  };
  const validate = median('validate');
  const astro = median('astro');
  const pagefind = median('pagefind');
  const split = options.split ? median('pagefind-split') : null;
  const wholeBuild = median('whole');
  const floorAstro = median('floor-astro');
  const floorPagefind = median('floor-pagefind');
  const wallsOf = (name: string): string => (options.repeat > 1 ? ` [${(rounds.get(name) ?? []).map((result) => s1(result.wallSeconds)).join(', ')}]` : '');

  const register = measureSite(whole, 'platforms', platformIds);
  const floorSite = measureSite(floor, 'p', platformIds);

  const floorWall = floorAstro.wallSeconds + floorPagefind.wallSeconds;
  const floorCpu = floorAstro.cpuSeconds + floorPagefind.cpuSeconds;
  const floorPeak = Math.max(floorAstro.peakBytes, floorPagefind.peakBytes);
  const ratio = wholeBuild.wallSeconds / floorWall;
  const stagesSum = validate.wallSeconds + astro.wallSeconds + pagefind.wallSeconds;

  // The table, in Markdown, as the README carries it.
  const lines: string[] = [];
  lines.push(`#### ${thousands(n)} platforms`);
  lines.push('');
  lines.push(
    `${data.jurisdictions} jurisdictions, ${thousands(data.notices)} notices, ${thousands(data.revocations)} actions; ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; commit ${git.commit}${git.dirty ? '+' : ''}.`,
  );
  lines.push('');
  lines.push('| stage | wall s | CPU s | peak MB |');
  lines.push('| --- | ---: | ---: | ---: |');
  const row = (label: string, wall: number, cpu: number, peak: number): string => `| ${label} | ${s1(wall)} | ${s1(cpu)} | ${mb(peak)} |`;
  const stepNote = (result: StageResult, step: string): string => {
    const seconds = result.steps?.[step];
    return seconds === undefined ? '' : ` (model load ${s1(seconds)} s)`;
  };
  lines.push(row('validate', validate.wallSeconds, validate.cpuSeconds, validate.peakBytes));
  lines.push(row(`Astro build${stepNote(astro, 'load model')}`, astro.wallSeconds, astro.cpuSeconds, astro.peakBytes));
  lines.push(row(`Pagefind index${stepNote(pagefind, 'load model')}`, pagefind.wallSeconds, pagefind.cpuSeconds, pagefind.peakBytes));
  lines.push(row('**whole build** (`scripts/build.ts`)', wholeBuild.wallSeconds, wholeBuild.cpuSeconds, wholeBuild.peakBytes));
  lines.push(row('floor: bare Astro page', floorAstro.wallSeconds, floorAstro.cpuSeconds, floorAstro.peakBytes));
  lines.push(row('floor: Pagefind', floorPagefind.wallSeconds, floorPagefind.cpuSeconds, floorPagefind.peakBytes));
  lines.push(row('**floor total**', floorWall, floorCpu, floorPeak));
  lines.push('');
  lines.push('| site | pages | site MB | index MB | platform page KB, median / max | CSS KB |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  const cssText = (metrics: SiteMetrics): string => (metrics.css.length === 0 ? '–' : metrics.css.map((file) => kb(file.bytes)).join(' + '));
  const siteRow = (label: string, metrics: SiteMetrics): string =>
    `| ${label} | ${thousands(metrics.pages)} | ${mb1(metrics.siteBytes)} | ${mb1(metrics.indexBytes)} | ${kb(metrics.platformPageMedianBytes)} / ${kb(metrics.platformPageMaxBytes)} | ${cssText(metrics)} |`;
  lines.push(siteRow('register', register));
  lines.push(siteRow('floor', floorSite));
  lines.push('');
  lines.push(`ratio: whole build ${s1(wholeBuild.wallSeconds)} s / floor ${s1(floorWall)} s = **${ratio.toFixed(2)}×** (target ≤ ${BUDGET.ratio}×); validate + Astro + Pagefind stages apart: ${s1(stagesSum)} s.`);
  if (options.repeat > 1) {
    const perRound = (rounds.get('whole') ?? []).map((result, i) => {
      const floorRound = (rounds.get('floor-astro')?.[i]?.wallSeconds ?? NaN) + (rounds.get('floor-pagefind')?.[i]?.wallSeconds ?? NaN);
      return (result.wallSeconds / floorRound).toFixed(2);
    });
    lines.push('');
    lines.push(
      `${options.repeat} rounds, medians shown; wall s per round: validate${wallsOf('validate')}, Astro${wallsOf('astro')}, Pagefind${wallsOf('pagefind')}, whole${wallsOf('whole')}, floor Astro${wallsOf('floor-astro')}, floor Pagefind${wallsOf('floor-pagefind')}; ratio per round: ${perRound.join(', ')}.`,
    );
  }
  const noisy = stages.filter((result) => result.othersCpuSeconds > 0.1 * result.wallSeconds);
  if (noisy.length > 0) {
    lines.push('');
    lines.push(`Other processes were busy during: ${noisy.map((result) => `${result.label} (${s1(result.othersCpuSeconds)} CPU s)`).join(', ')}; those wall times are high.`);
  }
  const table = lines.join('\n');

  const checks: { ok: boolean | null; text: string }[] = [];
  const maxPlatform = register.platformPageMaxBytes ?? 0;
  checks.push({ ok: maxPlatform <= BUDGET.platformPageBytes, text: `platform page ≤ 20 KB of HTML: max ${kb(maxPlatform)} KB (${register.platformPageMax ?? '–'}), median ${kb(register.platformPageMedianBytes)} KB` });
  const largestCss = Math.max(0, ...register.css.map((file) => file.bytes));
  checks.push({
    ok: largestCss <= BUDGET.cssBytes && register.css.length <= 1,
    text: `one shared CSS file ≤ 25 KB: ${register.css.length} file(s), ${register.css.map((file) => `${file.path} ${kb(file.bytes)} KB`).join(', ') || 'none'} (not counted: Pagefind's own UI CSS in pagefind/, ${register.pagefindCss.length} files, ${kb(register.pagefindCss.reduce((sum, file) => sum + file.bytes, 0))} KB)`,
  });
  checks.push({
    ok: null,
    text: `pages with a <script>: ${register.pagesWithScript} of ${register.pages}${register.pagesWithScript > 0 ? ` (by route: ${Object.entries(register.pagesWithScriptByRoute).map(([route, count]) => `${route} ${count}`).join(', ')})` : ''}`,
  });
  for (const script of register.scripts) checks.push({ ok: null, text: `  on ${script.pages} page(s), ${script.bytes} bytes: ${script.script.replaceAll(/\s+/g, ' ')}` });
  checks.push({ ok: ratio <= BUDGET.ratio, text: `whole build within 1.5× of the floor: ${ratio.toFixed(2)}×` });
  checks.push({ ok: wholeBuild.peakBytes < BUDGET.peakBytes, text: `whole build peak memory < 2 GB: ${mb(wholeBuild.peakBytes)} MB (largest process ${mb(wholeBuild.maxRssBytes ?? 0)} MB, process tree ${mb(wholeBuild.treePeakBytes)} MB)` });
  const checkLines = checks.map((check) => `${check.ok === null ? 'LIST' : check.ok ? 'PASS' : 'FAIL'} ${check.text}`);

  console.log(`\n${table}\n\n${checkLines.join('\n')}`);
  console.log(`\nlargest pages: ${register.largestPages.map((page) => `${page.path} ${kb(page.bytes)} KB`).join(', ')}`);
  for (const result of [astro, pagefind, ...(split ? [split] : []), floorAstro, floorPagefind]) {
    if (result.steps) console.log(`steps of ${result.label}: ${Object.entries(result.steps).map(([step, value]) => `${step} ${Number.isInteger(value) ? value : s1(value)}`).join(', ')}`);
  }

  const json = {
    platforms: n,
    seed: options.seed,
    date: new Date().toISOString(),
    git,
    machine,
    data: { ...data, generateSeconds },
    stages: stages.map((result) => ({ ...result, log: options.keep ? result.log : null })),
    chosen: { validate: validate.wallSeconds, astro: astro.wallSeconds, pagefind: pagefind.wallSeconds, whole: wholeBuild.wallSeconds, floorAstro: floorAstro.wallSeconds, floorPagefind: floorPagefind.wallSeconds },
    repeat: options.repeat,
    floor: { wallSeconds: floorWall, cpuSeconds: floorCpu, peakBytes: floorPeak },
    ratio,
    sites: { register, floor: floorSite },
    budgets: checks.map((check, i) => ({ check: checkLines[i], ok: check.ok })),
    loadAverageAfter: loadavg()[0] ?? 0,
    table,
  };
  const jsonFile = join(options.outDir, `bench-${n}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(options.outDir, `bench-${n}.md`), `${table}\n\n${checkLines.map((line) => `- ${line}`).join('\n')}\n`);
  console.log(`\n→ ${relative(process.cwd(), jsonFile) || jsonFile}`);
  if (!options.keep) rmSync(work, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
