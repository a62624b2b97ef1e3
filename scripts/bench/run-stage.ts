// Measuring one stage in a process of its own: /usr/bin/time for wall, CPU and the largest
// process's peak RSS (children the stage reaped included); a /proc sampler for the peak of the
// whole process tree's summed RSS, and the machine's busy time for what other processes took.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { mb } from './format.ts';
import { readTreeRss } from './process-tree.ts';
import { ROOT } from './project-root.ts';
import { machineBusySeconds, waitForQuiet } from './quiet-machine.ts';

const NODE = process.execPath;
export const TIME = '/usr/bin/time';
const SAMPLE_MS = 100;

export const hasGnuTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%e', 'true'], { stdio: 'ignore' }).status === 0;

export interface StageResult {
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

/** Other processes used the CPU for more than a tenth of the stage's wall time: its wall time is high. */
export const isDisturbed = (result: Pick<StageResult, 'othersCpuSeconds' | 'wallSeconds'>): boolean => result.othersCpuSeconds > 0.1 * result.wallSeconds;

/**
 * Runs `node …args` in ROOT, its output to `work`/logs/`name`.log, and prints one line of figures.
 * `reportFile`: where the stage writes its steps' timings (stage.ts --report), if it does.
 */
export async function runStage(name: string, label: string, args: string[], work: string, reportFile: string | null, quietTimeout: number): Promise<StageResult> {
  const logFile = join(work, 'logs', `${name}.log`);
  const timeFile = join(work, 'logs', `${name}.time`);
  const command = hasGnuTime ? [TIME, '-f', '%e %U %S %M', '-o', timeFile, NODE, ...args] : [NODE, ...args];
  // The stage gets the data and options of its command line only, not the caller's site settings.
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
  const noisy = isDisturbed({ othersCpuSeconds, wallSeconds }) ? `; other processes used ${othersCpuSeconds.toFixed(1)} CPU s meanwhile` : '';
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
