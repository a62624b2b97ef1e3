import { describe, expect, it } from 'vitest';
import { articleUrl, citeUrl } from './urls.ts';

describe('article links', () => {
  it('links an article and an item of it to their anchors on the rules page', () => {
    expect(articleUrl({ rulesId: 'yangjiang', article: 20, item: null })).toBe('/rules/yangjiang/#article-20');
    expect(articleUrl({ rulesId: 'yangjiang', article: 20, item: 4 })).toBe('/rules/yangjiang/#article-20-4');
  });

  it('reads a provision’s cite the same way', () => {
    expect(citeUrl('weihai', '14.1')).toBe('/rules/weihai/#article-14-1');
    expect(citeUrl('weihai', '23')).toBe('/rules/weihai/#article-23');
  });

  it('gives no link for a cite that names no article', () => {
    expect(citeUrl('weihai', 'annex')).toBeNull();
  });
});
