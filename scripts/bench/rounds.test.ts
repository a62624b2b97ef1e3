import { describe, expect, it } from 'vitest';
import { medianRound } from './rounds.ts';

describe('medianRound', () => {
  it('chooses the round with the median wall time, of an even number the faster middle one', () => {
    expect(medianRound([{ wallSeconds: 59.8 }, { wallSeconds: 50.3 }, { wallSeconds: 52.4 }], 'whole')).toEqual({ wallSeconds: 52.4 });
    expect(medianRound([{ wallSeconds: 4 }, { wallSeconds: 1 }, { wallSeconds: 3 }, { wallSeconds: 2 }], 'whole')).toEqual({ wallSeconds: 2 });
  });

  it('fails when the stage never ran', () => {
    expect(() => medianRound([], 'floor-astro')).toThrow('no result for floor-astro');
  });
});
