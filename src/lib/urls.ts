// Where each thing lives on the site: one function per page kind, so links never drift.
import { citeToArticle, type ArticleRef } from './model/history.ts';

export const platformUrl = (id: string): string => `/platforms/${id}/`;
/** The platform's record as JSON (src/lib/lookups/platform-json.ts). */
export const platformJsonUrl = (id: string): string => `/platforms/${id}.json`;
/** Every platform held under one 统一社会信用代码 (src/lib/lookups/code-holdings.ts). */
export const codeUrl = (uscc: string): string => `/codes/${uscc}/`;
export const jurisdictionUrl = (id: string): string => `/jurisdictions/${id}/`;
export const noticeUrl = (id: string): string => `/notices/${id}/`;
export const rulesUrl = (id: string): string => `/rules/${id}/`;

/**
 * A site path (`/platforms/x/`) as an absolute address under site.json's base_url, which may have a
 * path of its own (`https://example.org/sme/` or `https://example.org/sme`): the path is resolved
 * below it, never from the host's root.
 */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** `#article-14` for 第十四条, `#article-14-1` for its item （一）. */
export function articleAnchor(article: number, item: number | null = null): string {
  return item === null ? `article-${article}` : `article-${article}-${item}`;
}

export function articleUrl(ref: ArticleRef): string {
  return `${rulesUrl(ref.rulesId)}#${articleAnchor(ref.article, ref.item)}`;
}

/** A provision's cite (`14`, `14.1`) in a rules document as a link; null for one that names no article. */
export function citeUrl(rulesId: string, cite: string): string | null {
  const ref = citeToArticle(rulesId, cite);
  return ref === null ? null : articleUrl(ref);
}

/** Only http(s) addresses from data become links. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
