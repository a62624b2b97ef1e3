import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeIcsText, foldLine, renderIcs } from './ics.ts';

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'公示'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a line of 75 octets whole, folds one of 76, and counts four-octet characters as four', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    const wide = `DESCRIPTION:${'𠀀'.repeat(30)}`; // U+20000, four octets in UTF-8
    const parts = foldLine(wide).split('\r\n');
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(Buffer.byteLength(parts[0] ?? '')).toBe(72); // 12 + 15 × 4: a sixteenth would make 76
  });
});

describe('renderIcs', () => {
  it('writes all-day events that a calendar parser reads back, end day included', () => {
    const text = renderIcs('名录', '2026-06-15', [
      { uid: 'notice-a@example.org', start: '2026-06-12', end: '2026-06-18', summary: '公示期：关于“测试”的公示, 第一批; 含逗号', description: '异议\n请书面提出', url: 'https://example.org/notices/a/' },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(event?.uid).toBe('notice-a@example.org');
    expect(event?.summary).toBe('公示期：关于“测试”的公示, 第一批; 含逗号');
    expect(event?.description).toBe('异议\n请书面提出');
    expect(event?.startDate.toString()).toBe('2026-06-12');
    // DTEND is exclusive: the day after the last day of the period.
    expect(event?.endDate.toString()).toBe('2026-06-19');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('名录');
  });
});
