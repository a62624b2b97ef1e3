import { describe, expect, it } from 'vitest';
import { contactParts, mailtoHref, telHref } from './contact-links.ts';

/** The links found in a text, as [text, href]. */
const links = (value: string) => contactParts(value).flatMap((part) => (part.kind === 'text' ? [] : [[part.text, part.href]]));

describe('telHref', () => {
  it('links numbers as they are written in China, keeping digits, + and hyphens only', () => {
    expect(telHref('0631-5550101')).toBe('tel:0631-5550101');
    expect(telHref('13800138000')).toBe('tel:13800138000');
    expect(telHref('138 0013 8000')).toBe('tel:138-0013-8000');
    expect(telHref('（0631）5550101')).toBe('tel:0631-5550101');
    expect(telHref('(028) 8555-0101')).toBe('tel:028-8555-0101');
    expect(telHref('+86 631 5550101')).toBe('tel:+86-631-5550101');
    expect(telHref('400－555－0100')).toBe('tel:400-555-0100');
    expect(telHref(' 0631-5550101 ')).toBe('tel:0631-5550101');
  });

  it('links nothing that is not a phone number alone', () => {
    for (const value of ['', '12345', '264200', '2026-06-18', '913710833623931716', '91371002MA0TEAM013', '0631-5550101 转 8', '电话 0631-5550101', '1 2 3 4 5 6 7', '0631--5550101', '1234567890123456']) {
      expect(telHref(value), value).toBeNull();
    }
  });

  it('refuses hostile values', () => {
    for (const value of ['javascript:alert(1)', 'tel:0631-5550101', '0631-5550101" onclick="alert(1)', '0631-5550101<script>', '0631-5550101\nLocation: x', '+86%0A5550101']) {
      expect(telHref(value), value).toBeNull();
    }
  });
});

describe('mailtoHref', () => {
  it('links a plausible address', () => {
    expect(mailtoHref('service@haiyue-info.example.org')).toBe('mailto:service@haiyue-info.example.org');
    expect(mailtoHref('first.last+notices@example.org.cn')).toBe('mailto:first.last+notices@example.org.cn');
  });

  it('links nothing else, hostile values included', () => {
    for (const value of ['', '@evil', 'a@b', 'a@b.c', 'a..b@example.org', 'a@-example.org', 'a b@example.org', 'a@example.org?bcc=x@example.org', 'mailto:a@example.org', 'javascript:alert(1)//@example.org', 'a@example.org"><script>alert(1)</script>', '王@例子.中国', 'a%0Abcc@example.org']) {
      expect(mailtoHref(value), value).toBeNull();
    }
  });
});

describe('contactParts', () => {
  it('finds every number and address in a notice’s contact text, the rest left as text', () => {
    const parts = contactParts('电话 0631-5550201，邮箱 weihai-notice@example.org');
    expect(parts).toEqual([
      { kind: 'text', text: '电话 ' },
      { kind: 'tel', text: '0631-5550201', href: 'tel:0631-5550201' },
      { kind: 'text', text: '，邮箱 ' },
      { kind: 'email', text: 'weihai-notice@example.org', href: 'mailto:weihai-notice@example.org' },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe('电话 0631-5550201，邮箱 weihai-notice@example.org');
  });

  it('reads numbers and addresses that Chinese text touches', () => {
    expect(links('电话0631-5550201转801（王老师）')).toEqual([['0631-5550201', 'tel:0631-5550201']]);
    expect(links('邮箱editors@example.org。')).toEqual([['editors@example.org', 'mailto:editors@example.org']]);
    expect(links('示例编辑组（虚构）：电话 010-55500100，邮箱 editors@example.org')).toEqual([
      ['010-55500100', 'tel:010-55500100'],
      ['editors@example.org', 'mailto:editors@example.org'],
    ]);
  });

  it('leaves dates, postcodes, codes, document numbers and web addresses alone', () => {
    expect(links('公示期 2026-06-12 至 2026-06-18，邮编 264200')).toEqual([]);
    expect(links('统一社会信用代码 91371002MA0TEAM013 / 913710833623931716')).toEqual([]);
    expect(links('威工信字〔2026〕41号，威海市环翠区示例路8号')).toEqual([]);
    expect(links('https://example.org/notices/20260618123/ 与 user1234567@example.org')).toEqual([['user1234567@example.org', 'mailto:user1234567@example.org']]);
  });

  it('keeps hostile text as text: only the rebuilt number or address becomes a link', () => {
    expect(contactParts('=1+1 <iframe src="javascript:alert(1)">')).toEqual([{ kind: 'text', text: '=1+1 <iframe src="javascript:alert(1)">' }]);
    expect(contactParts('@evil')).toEqual([{ kind: 'text', text: '@evil' }]);
    expect(links('0631-5550002"><script>alert("tel")</script>')).toEqual([['0631-5550002', 'tel:0631-5550002']]);
    expect(links('javascript:alert(1)//0631-5550101')).toEqual([]);
    expect(links('x@example.org?cc=<script>')).toEqual([['x@example.org', 'mailto:x@example.org']]);
    for (const [, href] of links('tel:+86 631 5550101 mailto:a@example.org <a href="x">0631-5550101</a>')) {
      expect(href).toMatch(/^(tel:\+?\d[\d-]*|mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)$/);
    }
  });
});
