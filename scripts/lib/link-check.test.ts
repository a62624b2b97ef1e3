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
});
