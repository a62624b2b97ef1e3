import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, citeUrl, platformUrl } from './urls.ts';

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

describe('absolute addresses', () => {
  it('put a site path below base_url, with or without its last slash, never at the host’s root', () => {
    expect(absoluteUrl('https://example.org/sme/', platformUrl('weihai-a'))).toBe('https://example.org/sme/platforms/weihai-a/');
    expect(absoluteUrl('https://example.org/sme', platformUrl('weihai-a'))).toBe('https://example.org/sme/platforms/weihai-a/');
    expect(absoluteUrl('https://example.org', '/feeds/notices.xml')).toBe('https://example.org/feeds/notices.xml');
  });
});
