// RSS 2.0 feeds of notices and of revocations.
import { escapeXml } from './xml.ts';
import type { IsoDate } from '../dates.ts';

export interface FeedItem {
  title: string;
  url: string;
  date: IsoDate;
  description: string;
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed belongs to. */
  siteUrl: string;
  /** The feed's own address. */
  feedUrl: string;
  updated: IsoDate;
  items: FeedItem[];
}

/** Dates are days in China: midnight at UTC+8, written as RFC 822. */
export function rfc822(date: IsoDate): string {
  return new Date(`${date}T00:00:00+08:00`).toUTCString();
}

export function renderRss(feed: Feed): string {
  const items = feed.items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${rfc822(item.date)}</pubDate>
      <description>${escapeXml(item.description)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.siteUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>zh-CN</language>
    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>
    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}
