import { describe, expect, it } from 'vitest';
import { addDays, addYears, formatChineseDate, parseContractDate, todayInChina, weekday } from './dates.ts';

describe('parseContractDate', () => {
  it('reads the three forms of the contract and normalises them', () => {
    expect(parseContractDate('2025-09-26')).toBe('2025-09-26');
    expect(parseContractDate('2025/9/6')).toBe('2025-09-06');
    expect(parseContractDate('2025/09/26')).toBe('2025-09-26');
    expect(parseContractDate('2025年9月6日')).toBe('2025-09-06');
    expect(parseContractDate('2025年10月26日')).toBe('2025-10-26');
  });

  it('reads the forms spreadsheets write without doubt: 2024-1-5 and 2024.1.5', () => {
    expect(parseContractDate('2024-1-5')).toBe('2024-01-05');
    expect(parseContractDate('2024.1.5')).toBe('2024-01-05');
    expect(parseContractDate('2024.12.31')).toBe('2024-12-31');
    expect(parseContractDate('2025.2.29')).toBeNull();
  });

  it('refuses days that do not exist', () => {
    expect(parseContractDate('2025-02-29')).toBeNull();
    expect(parseContractDate('2024-02-29')).toBe('2024-02-29');
    expect(parseContractDate('2025/13/1')).toBeNull();
    expect(parseContractDate('2025年4月31日')).toBeNull();
  });

  it('refuses every other form', () => {
    for (const text of ['2025.9/26', '26/09/2025', '2025-9.26', '20250926', '2025年9月', '25.9.26', 'soon', '']) {
      expect(parseContractDate(text), text).toBeNull();
    }
  });
});

describe('date arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds years, keeping 29 February in a common year as 28 February', () => {
    expect(addYears('2023-06-16', 3)).toBe('2026-06-16');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('knows the day of the week whatever the time zone', () => {
    expect(weekday('2025-09-28')).toBe(0);
    expect(weekday('2025-10-11')).toBe(6);
  });

  it('takes today in China (UTC+8), not the machine’s zone', () => {
    expect(todayInChina(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
    expect(todayInChina(new Date('2026-11-21T15:59:00Z'))).toBe('2026-11-21');
  });

  it('writes dates the Chinese way', () => {
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
