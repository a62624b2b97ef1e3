// Splits a clean rules text (content/rules/<id>.md) into chapters, articles and items.
import { parseChineseNumber } from './chinese-numerals.ts';

export interface ArticleItem {
  /** 1 for （一）. */
  number: number;
  text: string;
}

export interface ArticleParagraph {
  text: string;
  /** The item number when this paragraph is an addressable item （一）, else null. */
  item: number | null;
}

export interface Article {
  /** 14 for 第十四条 and for 第14条 alike: the number anchors use (`#article-14`). */
  number: number;
  /** How the document writes it: 第十四条, 第4条. */
  label: string;
  chapter: string | null;
  /** The article's paragraphs, the first without its label, items included, in order. */
  paragraphs: ArticleParagraph[];
  /** The numbered items of the article's first list, by number. */
  items: ArticleItem[];
}

const CHAPTER = /^##\s+(第[一二三四五六七八九十\d]+章)[\s\u3000]*(.*)$/;
const ARTICLE = /^(第([一二三四五六七八九十百零〇\d]+)条)[\s\u3000]+(.*)$/;
const ITEM = /^（([一二三四五六七八九十]+)）(.*)$/;

export function parseArticles(markdownBody: string): Article[] {
  const articles: Article[] = [];
  let chapter: string | null = null;
  let current: Article | null = null;
  for (const paragraph of markdownBody.split(/\r?\n\s*\r?\n/).map((block) => block.trim()).filter(Boolean)) {
    const chapterMatch = CHAPTER.exec(paragraph);
    if (chapterMatch) {
      chapter = `${chapterMatch[1]}　${chapterMatch[2]}`.trim();
      current = null;
      continue;
    }
    const articleMatch = ARTICLE.exec(paragraph);
    const number = articleMatch ? parseChineseNumber(articleMatch[2] ?? '') : null;
    if (articleMatch && number !== null) {
      current = { number, label: articleMatch[1] ?? '', chapter, paragraphs: [{ text: articleMatch[3] ?? '', item: null }], items: [] };
      articles.push(current);
      continue;
    }
    if (!current) continue;
    const itemMatch = ITEM.exec(paragraph);
    const itemNumber = itemMatch ? parseChineseNumber(itemMatch[1] ?? '') : null;
    // A second list inside one article restarts at （一）; only the first list is addressable as items.
    const addressable = itemMatch !== null && itemNumber !== null && itemNumber === current.items.length + 1;
    if (addressable) current.items.push({ number: itemNumber, text: itemMatch[2] ?? '' });
    current.paragraphs.push({ text: paragraph, item: addressable ? itemNumber : null });
  }
  return articles;
}

/** Whether `14` or `14.2` names an article (and item) that exists. */
export function articleExists(articles: readonly Article[], reference: string): boolean {
  const [articleNumber, itemNumber] = reference.split('.').map(Number);
  const article = articles.find((candidate) => candidate.number === articleNumber);
  if (!article) return false;
  return itemNumber === undefined || article.items.some((item) => item.number === itemNumber);
}
