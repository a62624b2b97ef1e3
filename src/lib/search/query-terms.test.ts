import { describe, expect, it } from 'vitest';
import { hanToken } from './ngrams.ts';
import { searchTerms } from './query-terms.ts';

const pairs = (...list: string[]) => list.map(hanToken).join(' ');

describe('searchTerms', () => {
  it('turns a run of Chinese characters into the tokens of its overlapping pairs', () => {
    expect(searchTerms('技服务')).toBe(pairs('技服', '服务'));
    expect(searchTerms('海岳示例信')).toBe(pairs('海岳', '岳示', '示例', '例信'));
    expect(searchTerms('海岳')).toBe(pairs('海岳'));
  });

  it('turns a single Chinese character into its own token, and keeps codes and Latin words as they are', () => {
    expect(searchTerms('海')).toBe(hanToken('海'));
    expect(searchTerms('9137100235100365X7')).toBe('9137100235100365X7');
  });

  it('splits at punctuation and spaces, full-width ones included', () => {
    expect(searchTerms('服务平台（示')).toBe(`${pairs('服务', '务平', '平台')} ${hanToken('示')}`);
    expect(searchTerms('威海　培训')).toBe(pairs('威海', '培训'));
  });

  it('reads full-width letters and digits as ASCII', () => {
    expect(searchTerms('ＭＡ０１２３')).toBe('MA0123');
  });
});
