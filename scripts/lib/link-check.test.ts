import { describe, expect, it } from 'vitest';
import { tempTree as site } from '../../test/support/temp-tree.ts';
import { checkLinks } from './link-check.ts';


describe('checkLinks', () => {
  it('finds missing pages and missing anchors, and passes what resolves', () => {
    const dir = site({
      'index.html': '<a href="/rules/a/#article-1">ok</a> <a href="/rules/a/#article-9">bad anchor</a> <a href="/nowhere/">bad page</a> <a href="#top">self</a> <a href="https://example.org/x">external</a> <span id="top"></span>',
      'rules/a/index.html': '<section id="article-1"></section> <a href="../../data/x.json">relative file</a> <a href="/data/y.json">missing file</a>',
      'data/x.json': '{}',
    });
    const result = checkLinks(dir);
    expect(result.pages).toBe(2);
    expect(result.links).toBe(6);
    expect(result.broken).toEqual([
      { page: '/', href: '/rules/a/#article-9', reason: 'missing anchor' },
      { page: '/', href: '/nowhere/', reason: 'missing page' },
      { page: '/rules/a/', href: '/data/y.json', reason: 'missing page' },
    ]);
  });

  it('under a base, takes links inside it to files and flags links to the host’s root', () => {
    const dir = site({
      'index.html': '<a href="/sme/rules/a/#article-1">ok</a> <a href="/rules/a/">outside</a> <a href="rules/a/">relative</a> <link href="/sme/_astro/x.css">',
      'rules/a/index.html': '<section id="article-1"></section>',
      '_astro/x.css': '',
    });
    const result = checkLinks(dir, '/sme/');
    expect(result.links).toBe(4);
    expect(result.broken).toEqual([{ page: '/sme/', href: '/rules/a/', reason: 'outside the site' }]);
  });
});
