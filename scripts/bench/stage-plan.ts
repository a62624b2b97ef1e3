// The stages of one round, in order: the register's pipeline stage by stage, the whole build
// (scripts/build.ts), then the floor: the same platforms as a bare Astro page (bench/floor)
// indexed by Pagefind, built in the same run so that the ratio compares like with like.
import { join } from 'node:path';
import { ROOT } from './project-root.ts';

export interface PlannedStage {
  name: string;
  label: string;
  /** What follows `node` on the command line. */
  args: string[];
  /** Where the stage writes its steps' timings, if it does. */
  reportFile: string | null;
  /** What the stage writes; removed before a stage is run again, so that it starts afresh. */
  output: string | null;
}

/** The sites the stages write in the work folder: the register by stages, by the whole build, and the floor. */
export function siteFolders(work: string): { site: string; whole: string; floor: string } {
  return { site: join(work, 'site'), whole: join(work, 'whole'), floor: join(work, 'floor') };
}

export function roundPlan(options: { work: string; dataDir: string; split: boolean }): PlannedStage[] {
  const { work, dataDir } = options;
  const { site, whole, floor } = siteFolders(work);
  const stage = join(ROOT, 'scripts', 'bench', 'stage.ts');
  const report = (name: string): string => join(work, 'logs', `${name}.json`);
  // The whole build would leave Pagefind's indexer unreaped, and uncounted, without this preload.
  const reap = join(ROOT, 'scripts', 'bench', 'reap-on-exit.ts');
  const entry = (name: string, label: string, args: string[], reportFile: string | null, output: string | null): PlannedStage => ({ name, label, args, reportFile, output });
  return [
    entry('validate', 'validate', [join(ROOT, 'scripts', 'validate.ts'), '--data', dataDir], null, null),
    entry('astro', 'Astro build', [stage, 'build', '--data', dataDir, '--out', site, '--report', report('astro')], report('astro'), site),
    entry('pagefind', 'Pagefind index', [stage, 'index', '--data', dataDir, '--out', site, '--report', report('pagefind')], report('pagefind'), join(site, 'pagefind')),
    ...(options.split
      ? [entry('pagefind-split', 'Pagefind index, steps apart', [stage, 'index-split', '--data', dataDir, '--out', site, '--report', report('pagefind-split')], report('pagefind-split'), join(site, 'pagefind'))]
      : []),
    entry('whole', 'whole build (scripts/build.ts)', ['--import', reap, join(ROOT, 'scripts', 'build.ts'), '--data', dataDir, '--out', whole], null, whole),
    entry('floor-astro', 'floor: bare Astro page', [stage, 'floor-build', '--data', dataDir, '--out', floor, '--report', report('floor-astro')], report('floor-astro'), floor),
    entry('floor-pagefind', 'floor: Pagefind', [stage, 'floor-index', '--out', floor, '--report', report('floor-pagefind')], report('floor-pagefind'), join(floor, 'pagefind')),
  ];
}
