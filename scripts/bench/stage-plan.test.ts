import { describe, expect, it } from 'vitest';
import { roundPlan } from './stage-plan.ts';

describe('roundPlan', () => {
  it('runs the register stage by stage, the whole build, then the floor; --split adds the Pagefind steps apart', () => {
    const labels = (split: boolean) => roundPlan({ work: '/w', dataDir: '/w/data', split }).map((stage) => `${stage.name}: ${stage.label}`);
    expect(labels(false)).toEqual([
      'validate: validate',
      'astro: Astro build',
      'pagefind: Pagefind index',
      'whole: whole build (scripts/build.ts)',
      'floor-astro: floor: bare Astro page',
      'floor-pagefind: floor: Pagefind',
    ]);
    expect(labels(true)).toContain('pagefind-split: Pagefind index, steps apart');
    expect(labels(true).indexOf('pagefind-split: Pagefind index, steps apart')).toBe(3);
  });

  it('removes before a rerun only what the stage writes', () => {
    const outputs = Object.fromEntries(roundPlan({ work: '/w', dataDir: '/w/data', split: true }).map((stage) => [stage.name, stage.output]));
    expect(outputs).toEqual({
      validate: null,
      astro: '/w/site',
      pagefind: '/w/site/pagefind',
      'pagefind-split': '/w/site/pagefind',
      whole: '/w/whole',
      'floor-astro': '/w/floor',
      'floor-pagefind': '/w/floor/pagefind',
    });
  });
});
