import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/lib/search/query-set.ts';
import { FUNCTION_WORDS } from '../../src/lib/search/query-set.ts';
import { drawQuery, planVisits, QUERY_KINDS } from './search-queries.ts';

const platforms = [
  { name: '威海高程示例海洋产业培训服务平台', uscc: '913710007510351883' },
  { name: '龙州瑞通示例（A座）咨询服务平台', uscc: '91371000034182H3DT' },
  { name: '西宁广高示例数字经济培训服务平台', uscc: '91371000186728UKX4' },
];

describe('drawQuery', () => {
  it('takes 2–5 Han characters of a name, never across a bracket or a letter; 6–12 last characters of a code; a function word', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i += 1) {
      const name = drawQuery('name', platforms, random).query;
      expect(name).toMatch(/^\p{Script=Han}{2,5}$/u);
      expect(platforms.some((platform) => platform.name.includes(name))).toBe(true);
      const code = drawQuery('code', platforms, random).query;
      expect(code.length).toBeGreaterThanOrEqual(6);
      expect(code.length).toBeLessThanOrEqual(12);
      expect(platforms.some((platform) => platform.uscc.endsWith(code))).toBe(true);
      expect(FUNCTION_WORDS).toContain(drawQuery('function', platforms, random).query);
    }
  });

  it('stops on nothing to draw from', () => {
    expect(() => drawQuery('code', [], seededRandom(1))).toThrow('nothing to draw a query from');
  });
});

describe('planVisits', () => {
  it('gives each kind its first searches and twice as many later queries of the other kinds, the kinds taking turns', () => {
    const visits = planVisits(platforms, 4, 1);
    expect(visits.map((visit) => visit.first.kind)).toEqual([...QUERY_KINDS, ...QUERY_KINDS, ...QUERY_KINDS, ...QUERY_KINDS]);
    for (const visit of visits) expect(visit.later.map((query) => query.kind)).toEqual(QUERY_KINDS.filter((kind) => kind !== visit.first.kind));
    const later = visits.flatMap((visit) => visit.later);
    for (const kind of QUERY_KINDS) expect(later.filter((query) => query.kind === kind)).toHaveLength(8);
  });

  it('never asks the same query twice in one visit (a name piece may be a function word)', () => {
    // Half the name pieces drawn are a function word.
    for (const visit of planVisits([{ name: '培训', uscc: '913710007510351883' }, { name: '海洋', uscc: '91371000034182H3DT' }], 50, 3)) {
      const asked = [visit.first, ...visit.later].map((query) => query.query);
      expect(new Set(asked).size).toBe(asked.length);
    }
  });

  it('draws the same queries from the same seed, others from another', () => {
    expect(planVisits(platforms, 5, 1)).toEqual(planVisits(platforms, 5, 1));
    expect(planVisits(platforms, 5, 2)).not.toEqual(planVisits(platforms, 5, 1));
  });
});
