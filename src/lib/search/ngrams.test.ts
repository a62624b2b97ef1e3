import { describe, expect, it } from 'vitest';
import { hanBigrams, hanRunEnds, hanToken, reversedCode } from './ngrams.ts';

describe('hanBigrams', () => {
  it('gives every pair of adjacent Chinese characters once, across runs', () => {
    expect(hanBigrams('威海市海岳')).toEqual(['威海', '海市', '市海', '海岳']);
    expect(hanBigrams('服务平台（示例） 服务')).toEqual(['服务', '务平', '平台', '示例']);
    expect(hanBigrams('MA01 海')).toEqual([]);
  });
});

describe('hanToken', () => {
  it('writes characters as one ASCII word, distinct for distinct characters and orders', () => {
    expect(hanToken('海岳')).toMatch(/^zh[0-9a-z]{8}$/);
    expect(hanToken('海')).toMatch(/^zh[0-9a-z]{4}$/);
    expect(hanToken('海岳')).not.toBe(hanToken('岳海'));
  });
});

describe('hanRunEnds', () => {
  it('gives the last character of each run of Chinese characters, once', () => {
    expect(hanRunEnds('威海市海岳 海MA01岳')).toEqual(['岳', '海']);
    expect(hanRunEnds('MA01')).toEqual([]);
  });

  it('with the pairs, leaves no character that no indexed word begins', () => {
    const text = '威海市海岳示例（培训）中心 技';
    const begun = new Set([...hanBigrams(text).map((pair) => [...pair][0]), ...hanRunEnds(text)]);
    expect([...text.matchAll(/\p{Script=Han}/gu)].map(([char]) => char).filter((char) => !begun.has(char))).toEqual([]);
  });
});

describe('reversedCode', () => {
  it('makes every ending of a code a beginning of one word', () => {
    const code = '91350100M000100Y43';
    expect(reversedCode(code)).toBe('rv34Y001000M00105319');
    for (const length of [1, 8, 12, 17, 18]) expect(reversedCode(code).startsWith(reversedCode(code.slice(-length)))).toBe(true);
    expect(reversedCode(code).startsWith(reversedCode('91350100'))).toBe(false);
  });
});
