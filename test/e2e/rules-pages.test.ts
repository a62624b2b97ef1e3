// The rules as built: every article on its page, every cited anchor there, no conversion debris,
// and /data/rules.json valid under the schema the site itself uses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite } from '../support/build-site.ts';
import { checkLinks, htmlFiles } from '../../scripts/lib/link-check.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';
import { rulesJsonSchema } from '../../src/lib/rules/rules-json.ts';
import { SOURCE_ARTICLE_COUNTS } from '../support/source-article-counts.ts';

const dist = buildFixtureSite('register');
const page = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('the built rules pages', () => {
  it.each(SOURCE_ARTICLE_COUNTS)('%s shows all %i articles, anchored #article-1 to #article-N', (id, count) => {
    const anchors = [...page(`rules/${id}/index.html`).matchAll(/<section id="article-(\d+)"/g)].map((match) => Number(match[1]));
    expect(anchors).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('anchors items as #article-N-M', () => {
    const yangjiang = page('rules/yangjiang/index.html');
    for (const item of [1, 2, 3, 4, 5]) expect(yangjiang).toContain(`id="article-20-${item}"`);
  });

  it('marks drafts with a banner and keeps covering letters on pages of their own', () => {
    expect(page('rules/weihai/index.html')).toContain('这是征求意见稿，不是现行有效的规则。');
    expect(page('rules/linfen/index.html')).not.toContain('这是征求意见稿');
    expect(page('rules/ningxia/cover/index.html')).toContain('征求');
    expect(page('rules/ningxia/index.html')).not.toContain('专此致函');
  });

  it('resolves every internal link and anchor: provisions, grounds, comparisons', () => {
    const { broken, links } = checkLinks(dist, builtSiteBase(dist));
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('lets no conversion debris reach any page', () => {
    for (const file of htmlFiles(dist)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\[bookmark|_GoBack|\*\*/);
    }
  });

  it('links every comparison cell with a value to its article', () => {
    const html = page('compare/record-and-staff/index.html');
    const table = html.slice(0, html.indexOf('哪些条件最常起决定作用'));
    const cells = [...table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1] ?? '');
    const answered = cells.filter((cell) => !cell.includes('未规定'));
    expect(answered.length).toBeGreaterThan(20);
    for (const cell of answered) expect(cell).toMatch(/href="\/rules\/[a-z]+\/#article-\d+(-\d+)?"/);
  });

  it('publishes /data/rules.json in the shape of the rules matrix', () => {
    const rules = rulesJsonSchema.parse(JSON.parse(page('data/rules.json')));
    expect(rules.generated_at).toBe('2026-06-15');
    expect(rules.documents.map((document) => [document.id, document.status, document.articles.length])).toEqual([
      ['chengdu', 'draft', 28],
      ['linfen', 'in_force', 21],
      ['ningxia', 'draft', 22],
      ['weihai', 'draft', 28],
      ['yangjiang', 'in_force', 21],
    ]);
    expect(rules.documents.find((document) => document.id === 'weihai')?.provisions.validity_years).toEqual({ value: 3, cite: ['23'], note: '获得省级或国家级认定或通过复核的，自公布之日起顺延3年' });
  });
});
