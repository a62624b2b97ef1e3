// The benchmark's table in Markdown, as the README's Performance section carries it: the stages'
// time and memory, the register's site against the floor's, the ratio, the search page's figures
// (search-figures.ts), and the rounds with --repeat.
import { BUDGETS } from '../lib/budgets.ts';
import type { FloorComparison } from './floor.ts';
import { kb, mb, mb1, s1, thousands } from './format.ts';
import type { GitState, MachineInfo } from './run-info.ts';
import { isDisturbed, type StageResult } from './run-stage.ts';
import { searchTable, type SearchSummary } from './search-figures.ts';
import type { SiteMetrics } from './site-metrics.ts';
import type { SyntheticSummary } from './synthetic-data.ts';

type StageFigures = Pick<StageResult, 'wallSeconds' | 'cpuSeconds' | 'peakBytes' | 'steps'>;
type SiteFigures = Pick<SiteMetrics, 'pages' | 'siteBytes' | 'indexBytes' | 'platformPageMedianBytes' | 'platformPageMaxBytes' | 'css'>;

export interface TableInput {
  platforms: number;
  data: Pick<SyntheticSummary, 'jurisdictions' | 'notices' | 'revocations'>;
  machine: Pick<MachineInfo, 'cpus' | 'cpuModel' | 'memoryGiB' | 'node' | 'astro' | 'pagefind'>;
  git: GitState;
  /** Each stage's median round. */
  chosen: { validate: StageFigures; astro: StageFigures; pagefind: StageFigures; whole: StageFigures; floorAstro: StageFigures; floorPagefind: StageFigures };
  comparison: FloorComparison;
  sites: { register: SiteFigures; floor: SiteFigures };
  repeat: number;
  /** Per stage name, the wall time of each round. */
  rounds: ReadonlyMap<string, readonly Pick<StageResult, 'wallSeconds'>[]>;
  /** Every attempt that counted, to name those other processes disturbed. */
  counted: readonly Pick<StageResult, 'label' | 'othersCpuSeconds' | 'wallSeconds'>[];
  /** The search stage's figures; null with --no-search. */
  search: { summary: SearchSummary; visitsPerKind: number } | null;
}

const row = (label: string, wall: number, cpu: number, peak: number): string => `| ${label} | ${s1(wall)} | ${s1(cpu)} | ${mb(peak)} |`;

/** Where the stage timed loading the model, say so: it is a fixed cost of the stage. */
const modelLoadNote = (result: StageFigures): string => {
  const seconds = result.steps?.['load model'];
  return seconds === undefined ? '' : ` (model load ${s1(seconds)} s)`;
};

const cssText = (metrics: SiteFigures): string => (metrics.css.length === 0 ? '–' : metrics.css.map((file) => kb(file.bytes)).join(' + '));

const siteRow = (label: string, metrics: SiteFigures): string =>
  `| ${label} | ${thousands(metrics.pages)} | ${mb1(metrics.siteBytes)} | ${mb1(metrics.indexBytes)} | ${kb(metrics.platformPageMedianBytes)} / ${kb(metrics.platformPageMaxBytes)} | ${cssText(metrics)} |`;

export function readmeTable(input: TableInput): string {
  const { data, machine, git, chosen, comparison, rounds, repeat } = input;
  const { floor, ratio } = comparison;
  const stagesSum = chosen.validate.wallSeconds + chosen.astro.wallSeconds + chosen.pagefind.wallSeconds;
  const lines: string[] = [];
  lines.push(`#### ${thousands(input.platforms)} platforms`);
  lines.push('');
  lines.push(
    `${data.jurisdictions} jurisdictions, ${thousands(data.notices)} notices, ${thousands(data.revocations)} actions; ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; commit ${git.commit}${git.dirty ? '+' : ''}.`,
  );
  lines.push('');
  lines.push('| stage | wall s | CPU s | peak MB |');
  lines.push('| --- | ---: | ---: | ---: |');
  lines.push(row('validate', chosen.validate.wallSeconds, chosen.validate.cpuSeconds, chosen.validate.peakBytes));
  lines.push(row(`Astro build${modelLoadNote(chosen.astro)}`, chosen.astro.wallSeconds, chosen.astro.cpuSeconds, chosen.astro.peakBytes));
  lines.push(row(`Pagefind index${modelLoadNote(chosen.pagefind)}`, chosen.pagefind.wallSeconds, chosen.pagefind.cpuSeconds, chosen.pagefind.peakBytes));
  lines.push(row('**whole build** (`scripts/build.ts`)', chosen.whole.wallSeconds, chosen.whole.cpuSeconds, chosen.whole.peakBytes));
  lines.push(row('floor: bare Astro page', chosen.floorAstro.wallSeconds, chosen.floorAstro.cpuSeconds, chosen.floorAstro.peakBytes));
  lines.push(row('floor: Pagefind', chosen.floorPagefind.wallSeconds, chosen.floorPagefind.cpuSeconds, chosen.floorPagefind.peakBytes));
  lines.push(row('**floor total**', floor.wallSeconds, floor.cpuSeconds, floor.peakBytes));
  lines.push('');
  lines.push('| site | pages | site MB | index MB | platform page KB, median / max | CSS KB |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  lines.push(siteRow('register', input.sites.register));
  lines.push(siteRow('floor', input.sites.floor));
  lines.push('');
  lines.push(
    `ratio: whole build ${s1(chosen.whole.wallSeconds)} s / floor ${s1(floor.wallSeconds)} s = **${ratio.toFixed(2)}×** (target ≤ ${BUDGETS.buildToFloorRatio}×); validate + Astro + Pagefind stages apart: ${s1(stagesSum)} s.`,
  );
  if (input.search) {
    lines.push('');
    lines.push(...searchTable(input.search.summary, input.search.visitsPerKind));
  }
  if (repeat > 1) {
    const wallsOf = (name: string): string => ` [${(rounds.get(name) ?? []).map((result) => s1(result.wallSeconds)).join(', ')}]`;
    const perRound = (rounds.get('whole') ?? []).map((result, i) => {
      const floorRound = (rounds.get('floor-astro')?.[i]?.wallSeconds ?? NaN) + (rounds.get('floor-pagefind')?.[i]?.wallSeconds ?? NaN);
      return (result.wallSeconds / floorRound).toFixed(2);
    });
    lines.push('');
    lines.push(
      `${repeat} rounds, medians shown; wall s per round: validate${wallsOf('validate')}, Astro${wallsOf('astro')}, Pagefind${wallsOf('pagefind')}, whole${wallsOf('whole')}, floor Astro${wallsOf('floor-astro')}, floor Pagefind${wallsOf('floor-pagefind')}; ratio per round: ${perRound.join(', ')}.`,
    );
  }
  const noisy = input.counted.filter(isDisturbed);
  if (noisy.length > 0) {
    lines.push('');
    lines.push(`Other processes were busy during: ${noisy.map((result) => `${result.label} (${s1(result.othersCpuSeconds)} CPU s)`).join(', ')}; those wall times are high.`);
  }
  return lines.join('\n');
}
