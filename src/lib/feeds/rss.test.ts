import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { renderRss, rfc822 } from './rss.ts';
import { escapeXml } from './xml.ts';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'\u0001`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;');
  });
});

describe('rfc822', () => {
  it('writes a day in China as midnight UTC+8', () => {
    expect(rfc822('2026-06-15')).toBe('Sun, 14 Jun 2026 16:00:00 GMT');
  });
});

describe('renderRss', () => {
  it('writes RSS 2.0 that an XML parser reads back, text from data intact', () => {
    const xml = renderRss({
      title: '公示 <名录>',
      description: 'd',
      siteUrl: 'https://example.org/notices/',
      feedUrl: 'https://example.org/feeds/notices.xml',
      updated: '2026-06-15',
      items: [{ title: '关于 A&B 的公示 <b>', url: 'https://example.org/notices/a/', date: '2026-06-12', description: '说明 "引号"' }],
    });
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { '@_version': string; channel: { title: string; language: string; item: { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string } } } };
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsed.rss.channel.title).toBe('公示 <名录>');
    expect(parsed.rss.channel.language).toBe('zh-CN');
    expect(parsed.rss.channel.item).toMatchObject({ title: '关于 A&B 的公示 <b>', link: 'https://example.org/notices/a/', pubDate: 'Thu, 11 Jun 2026 16:00:00 GMT', description: '说明 "引号"' });
  });
});
