// Runs every stage of the plan once a round, --repeat times. A stage that other processes disturbed
// is run again (at most --retries times) after its output is removed, and the last attempt counts.
// Rounds interleave register and floor, so that slow spells hit both alike; the table then shows,
// per stage, the round with the median wall time.
import { rmSync } from 'node:fs';
import { middleOf } from '../lib/budgets.ts';
import { isDisturbed, runStage, type StageResult } from './run-stage.ts';
import type { PlannedStage } from './stage-plan.ts';

export interface CountedStage extends StageResult {
  attempts: number;
}

export interface Rounds {
  /** The attempt that counted of each stage in each round, in the order they ran. */
  counted: CountedStage[];
  /** Per stage name, its counted result of each round. */
  byStage: Map<string, StageResult[]>;
}

export async function runRounds(plan: readonly PlannedStage[], options: { repeat: number; retries: number; quietTimeout: number }, work: string): Promise<Rounds> {
  const counted: CountedStage[] = [];
  const byStage = new Map<string, StageResult[]>();
  const run = async (stage: PlannedStage): Promise<StageResult> => {
    for (let attempt = 0; ; attempt += 1) {
      if (stage.output !== null) rmSync(stage.output, { recursive: true, force: true });
      const result = await runStage(stage.name, stage.label, stage.args, work, stage.reportFile, options.quietTimeout);
      if (!isDisturbed(result) || attempt >= options.retries) {
        counted.push({ ...result, attempts: attempt + 1 });
        return result;
      }
      console.log(`    (run again: other processes were busy)`);
    }
  };
  for (let round = 1; round <= options.repeat; round += 1) {
    if (options.repeat > 1) console.log(`  round ${round} of ${options.repeat}`);
    for (const stage of plan) {
      const result = await run(stage);
      byStage.set(stage.name, [...(byStage.get(stage.name) ?? []), result]);
    }
  }
  return { counted, byStage };
}

/** The stage's round with the median wall time (of an even number of rounds, the faster middle one). */
export function medianRound<T extends Pick<StageResult, 'wallSeconds'>>(results: readonly T[], name: string): T {
  const chosen = middleOf([...results].sort((a, b) => a.wallSeconds - b.wallSeconds));
  if (!chosen) throw new Error(`no result for ${name}`);
  return chosen;
}
