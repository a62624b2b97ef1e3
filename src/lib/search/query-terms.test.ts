import { describe, expect, it } from 'vitest';
import { searchTerms } from './query-terms.ts';

describe('searchTerms', () => {
  it('turns a run of three or more Chinese characters into overlapping pairs', () => {
    expect(searchTerms('技服务')).toBe('技服 服务');
    expect(searchTerms('海岳示例信')).toBe('海岳 岳示 示例 例信');
  });

  it('keeps two characters, codes and Latin words as they are', () => {
    expect(searchTerms('海岳')).toBe('海岳');
    expect(searchTerms('9137100235100365X7')).toBe('9137100235100365X7');
  });

  it('splits at punctuation and spaces, full-width ones included', () => {
    expect(searchTerms('服务平台（示')).toBe('服务 务平 平台 示');
    expect(searchTerms('威海　培训')).toBe('威海 培训');
  });

  it('reads full-width letters and digits as ASCII', () => {
    expect(searchTerms('ＭＡ０１２３')).toBe('MA0123');
  });
});
