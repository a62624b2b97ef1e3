import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { SOURCE_ARTICLE_COUNTS } from '../../../test/support/source-article-counts.ts';
import { articleExists, parseArticles } from './articles.ts';
import { parseChineseNumber, toChineseNumber } from './chinese-numerals.ts';
import { loadRulesCatalog } from './load-rules.ts';

describe('Chinese numerals', () => {
  it('reads the forms article numbers take', () => {
    expect(['一', '十', '十四', '二十', '二十八', '一百零二', '4', '28'].map(parseChineseNumber)).toEqual([1, 10, 14, 20, 28, 102, 4, 28]);
    expect(parseChineseNumber('第四')).toBeNull();
  });

  it('writes them back', () => {
    expect([1, 10, 14, 20, 28].map(toChineseNumber)).toEqual(['一', '十', '十四', '二十', '二十八']);
  });
});

describe('parseArticles', () => {
  const body = ['## 第一章　总则', '第一条　总则。', '## 第二章　条件', '第4条　应具备：', '（一）甲；', '（二）乙。', '补充段落。', '第五条　又：', '（一）丙', '另一组：', '（一）丁'].join('\n\n');
  const articles = parseArticles(body);

  it('numbers articles in Arabic numerals whichever way the source writes them', () => {
    expect(articles.map((article) => [article.number, article.label, article.chapter])).toEqual([
      [1, '第一条', '第一章　总则'],
      [4, '第4条', '第二章　条件'],
      [5, '第五条', '第二章　条件'],
    ]);
  });

  it('makes the items of an article’s first list addressable, and not a list that restarts', () => {
    expect(articles[1]?.items.map((item) => item.number)).toEqual([1, 2]);
    expect(articles[1]?.paragraphs.map((paragraph) => paragraph.item)).toEqual([null, 1, 2, null]);
    expect(articles[2]?.paragraphs.map((paragraph) => paragraph.item)).toEqual([null, 1, null, null]);
    expect(articleExists(articles, '4.2')).toBe(true);
    expect(articleExists(articles, '4.3')).toBe(false);
    expect(articleExists(articles, '2')).toBe(false);
  });
});

describe('the rules documents in content/', () => {
  const { catalog, problems } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));

  it('load without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each(SOURCE_ARTICLE_COUNTS)('%s has all %i articles, numbered 1 to N', (id, count) => {
    const articles = catalog.documents.get(id)?.articles ?? [];
    expect(articles.map((article) => article.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('carries no conversion debris', () => {
    for (const document of catalog.documents.values()) {
      expect(document.body, document.id).not.toMatch(/\[bookmark|\*\*|_GoBack/);
    }
  });

  it('cites only articles and items that exist, in provisions, variants, grounds and functions alike', () => {
    for (const document of catalog.documents.values()) {
      const cites = allCites({ provisions: document.provisions, extra: document.extra, functions: document.functions });
      expect(cites.length, document.id).toBeGreaterThan(20);
      for (const cite of cites) expect(articleExists(document.articles, cite), `${document.id}#${cite}`).toBe(true);
    }
  });
});

/** Every `cite` list anywhere in a value. */
function allCites(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allCites);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'cite' && Array.isArray(inner) ? (inner as string[]) : allCites(inner)));
}
