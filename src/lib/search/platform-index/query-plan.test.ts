import { describe, expect, it } from 'vitest';
import { codeEndKey, codeStartKey, hanBigrams, hanRunEnds, recordKeys } from './keys.ts';
import { decodePosting, encodePosting } from './postings.ts';
import { holdsPhrases, queryPlan } from './query-plan.ts';

const exact = (key: string) => ({ key, prefix: false });
const prefix = (key: string) => ({ key, prefix: true });

describe('queryPlan', () => {
  it('reads a run of Chinese as its pairs, and one character as the keys it begins', () => {
    expect(queryPlan('技服务').clauses).toEqual([[[exact('技服'), exact('服务')]]]);
    expect(queryPlan('海').clauses).toEqual([[[prefix('海')]]]);
    expect(queryPlan('科技服务 海岳').phrases).toEqual(['科技服务']);
  });

  it('cuts a part where the script changes, and at spaces and punctuation, full-width ones included', () => {
    expect(queryPlan('5G创新').clauses).toEqual([[[prefix('5g')]], [[exact('创新')]]]);
    expect(queryPlan('威海　培训（３Ｄ）').clauses).toEqual([[[exact('威海')]], [[exact('培训')]], [[prefix('3d')]]]);
  });

  it('looks for a piece of a code at its beginning, at its end, and as a word', () => {
    expect(queryPlan('0365x7').clauses).toEqual([[[prefix(codeStartKey('0365X7'))], [prefix(codeEndKey('0365X7'))], [prefix('0365x7')]]]);
    expect(queryPlan('9137100235100365X7').clauses).toEqual([[[exact(codeStartKey('9137100235100365X7'))]]]);
    expect(queryPlan('65X7').clauses).toEqual([[[prefix('65x7')]]]);
    expect(queryPlan('Innovation').clauses).toEqual([[[prefix('innovation')]]]);
  });

  it('checks a result for each run of three or more characters, and each mixed piece, whole', () => {
    const plan = queryPlan('科技服务 海岳');
    expect(holdsPhrases(plan, '海岳科技服务中心')).toBe(true);
    expect(holdsPhrases(plan, '科技园技服站服务中心')).toBe(false);
    expect(queryPlan('5g创新').phrases).toEqual(['5g创新']);
    expect(holdsPhrases(queryPlan('5g创新'), '威海5G创新中心')).toBe(true);
    expect(holdsPhrases(queryPlan('5g创新'), '威海5G示例创新中心')).toBe(false);
    // A name pasted with its brackets is one phrase; a list of words is not.
    expect(holdsPhrases(queryPlan('海岳示例（培训）中心'), '威海市海岳示例（培训）中心')).toBe(true);
    expect(holdsPhrases(queryPlan('海岳示例（培训）中心'), '海岳示例中心（培训）')).toBe(false);
    expect(holdsPhrases(queryPlan('海岳、培训'), '培训 海岳')).toBe(true);
  });
});

describe('recordKeys', () => {
  it('holds every pair, each run’s last character, Latin words in lower case, and the code both ways', () => {
    const keys = recordKeys(['威海5G创新中心', '培训服务'], '91350100M000100Y43');
    expect(keys).toEqual(expect.arrayContaining(['威海', '创新', '新中', '中心', '海', '心', '务', '5g', 'g', codeStartKey('91350100M000100Y43'), codeEndKey('91350100M000100Y43')]));
    expect(codeEndKey('91350100M000100Y43').startsWith(codeEndKey('00Y43'))).toBe(true);
  });

  it('leaves no Chinese character that no key begins', () => {
    const text = '威海市海岳示例（培训）中心 技';
    const begun = new Set([...hanBigrams(text).map((pair) => [...pair][0]), ...hanRunEnds(text)]);
    expect([...text.matchAll(/\p{Script=Han}/gu)].map(([char]) => char).filter((char) => !begun.has(char))).toEqual([]);
  });
});

describe('postings', () => {
  it('round-trips ascending record numbers, dense and sparse', () => {
    for (const list of [[], [0], [0, 1, 2, 3], [5, 900, 19_999], Array.from({ length: 500 }, (_, i) => i * 37 + 2)]) {
      expect(decodePosting(encodePosting(list))).toEqual(list);
    }
    expect(encodePosting([0, 1, 2, 3])).toBe('0,0,0,0');
  });

  it('refuses numbers out of order', () => {
    expect(() => encodePosting([3, 3])).toThrow(RangeError);
  });
});
