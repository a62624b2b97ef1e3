import { describe, expect, it } from 'vitest';
import { tempTree } from '../../test/support/temp-tree.ts';
import { measureSite, routeOf, scriptsOf } from './site-metrics.ts';

describe('routeOf', () => {
  it('stars the folders below the first', () => {
    expect(routeOf('platforms/bp-000123/index.html')).toBe('platforms/*/');
    expect(routeOf('platforms/index.html')).toBe('platforms/');
    expect(routeOf('404.html')).toBe('404.html');
  });
});

describe('scriptsOf', () => {
  it('names an external script by its source without the hash, an inline one by its type and start', () => {
    expect(scriptsOf('<script type="module" src="/_astro/search.AbC1_x-9.js"></script><script>try{x()}catch(e){}</script>')).toEqual([
      { key: 'src /_astro/search.*.js', bytes: 0 },
      { key: 'inline javascript: try{x()}catch(e){}…', bytes: 18 },
    ]);
  });
});

describe('measureSite', () => {
  it('counts pages, the index, platform pages by id, stylesheets apart from Pagefind’s', () => {
    const site = tempTree({
      'index.html': '<script>a()</script>',
      'platforms/index.html': 'x'.repeat(5000),
      'platforms/p1/index.html': 'a'.repeat(1024),
      'platforms/p2/index.html': 'b'.repeat(2048),
      'platforms/p3/index.html': 'c'.repeat(3072),
      'platforms/p4/index.html': 'd'.repeat(4096),
      'platforms/sort/index.html': 'e'.repeat(9000),
      '_astro/site.css': 'c'.repeat(100),
      'pagefind/pagefind.js': 'j'.repeat(10),
      'pagefind/pagefind-ui.css': 'u'.repeat(20),
    });
    const metrics = measureSite(site, 'platforms', new Set(['p1', 'p2', 'p3', 'p4']));
    expect(metrics).toMatchObject({
      pages: 7,
      files: 10,
      indexBytes: 30,
      indexFiles: 2,
      platformPages: 4,
      platformPageMedianBytes: 2048,
      platformPageMaxBytes: 4096,
      platformPageMax: 'platforms/p4/index.html',
      css: [{ path: '_astro/site.css', bytes: 100 }],
      pagefindCss: [{ path: 'pagefind/pagefind-ui.css', bytes: 20 }],
      pagesWithScript: 1,
      pagesWithScriptByRoute: { 'index.html': 1 },
      scripts: [{ script: 'inline javascript: a()…', pages: 1, bytes: 3 }],
    });
  });
});
