import { describe, expect, it } from 'vitest';
import { codeSuffixes, hanBigrams, hanCharacters, hanToken } from './ngrams.ts';

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

describe('hanCharacters', () => {
  it('gives each Chinese character once', () => {
    expect(hanCharacters('海岳 海MA01')).toEqual(['海', '岳']);
  });
});

describe('codeSuffixes', () => {
  it('gives the endings of 8 to 17 characters', () => {
    const suffixes = codeSuffixes('91350100M000100Y43');
    expect(suffixes[0]).toBe('000100Y43'.slice(-8));
    expect(suffixes.at(-1)).toBe('1350100M000100Y43');
    expect(suffixes).toHaveLength(10);
  });
});
