import { describe, expect, it } from 'vitest';
import { basePathOf, rebaseLinks, withBase } from './site-base.ts';

describe('the site base', () => {
  it('is the path of base_url, with slashes at both ends', () => {
    expect(basePathOf(undefined)).toBe('/');
    expect(basePathOf('https://example.org')).toBe('/');
    expect(basePathOf('https://gxj.example.gov.cn/sme/')).toBe('/sme/');
    expect(basePathOf('https://gxj.example.gov.cn/a/sme')).toBe('/a/sme/');
  });

  it('goes in front of a site path', () => {
    expect(withBase('/', '/platforms/x/')).toBe('/platforms/x/');
    expect(withBase('/sme/', '/platforms/x/')).toBe('/sme/platforms/x/');
    expect(withBase('/sme', '/search-index/')).toBe('/sme/search-index/');
  });

  it('goes in front of a page’s own links and nothing else', () => {
    const page = [
      '<link rel="stylesheet" href="/sme/_astro/a.css">',
      '<a href="/platforms/x/">x</a>',
      '<form action="/search/">',
      '<img src="/favicon.svg" alt="">',
      '<a href="//cdn.example.org/x">protocol-relative</a>',
      '<a href="https://example.org/y">external</a>',
      '<a href="#main">anchor</a>',
      '<p>data-href="/not-a-link/" and href=&quot;/text/&quot;</p>',
    ].join('');
    expect(rebaseLinks(page, '/sme/')).toBe(
      [
        '<link rel="stylesheet" href="/sme/_astro/a.css">',
        '<a href="/sme/platforms/x/">x</a>',
        '<form action="/sme/search/">',
        '<img src="/sme/favicon.svg" alt="">',
        '<a href="//cdn.example.org/x">protocol-relative</a>',
        '<a href="https://example.org/y">external</a>',
        '<a href="#main">anchor</a>',
        '<p>data-href="/not-a-link/" and href=&quot;/text/&quot;</p>',
      ].join(''),
    );
    expect(rebaseLinks(page, '/')).toBe(page);
  });
});
