// The floor: the same platforms as a bare Astro page indexed by Pagefind, the least any build of
// them can cost on this machine. Its two stages add up to one figure, and the whole build is judged
// by its ratio to it (BUDGETS.buildToFloorRatio).
import type { StageResult } from './run-stage.ts';

type Figures = Pick<StageResult, 'wallSeconds' | 'cpuSeconds' | 'peakBytes'>;

export interface FloorComparison {
  /** Wall and CPU time of the two stages added; peak memory the larger of the two, as they run one after the other. */
  floor: { wallSeconds: number; cpuSeconds: number; peakBytes: number };
  /** Whole build's wall time over the floor's. */
  ratio: number;
}

export function compareWithFloor(whole: Pick<StageResult, 'wallSeconds'>, floorAstro: Figures, floorPagefind: Figures): FloorComparison {
  const floor = {
    wallSeconds: floorAstro.wallSeconds + floorPagefind.wallSeconds,
    cpuSeconds: floorAstro.cpuSeconds + floorPagefind.cpuSeconds,
    peakBytes: Math.max(floorAstro.peakBytes, floorPagefind.peakBytes),
  };
  return { floor, ratio: whole.wallSeconds / floor.wallSeconds };
}
