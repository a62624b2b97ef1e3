import { describe, expect, it } from 'vitest';
import { daysLeft, noticeBasisText, noticeState, noticeStateText, openNoticesText } from './notice-state.ts';

const period = { startsOn: '2026-06-12', endsOn: '2026-06-18' };

describe('a notice’s state', () => {
  it('is upcoming before its first day, open to its last day included, closed after', () => {
    expect(noticeState(period, '2026-06-11')).toBe('upcoming');
    expect(noticeState(period, '2026-06-12')).toBe('open');
    expect(noticeState(period, '2026-06-18')).toBe('open');
    expect(noticeState(period, '2026-06-19')).toBe('closed');
  });

  it('counts the days left, that day included', () => {
    expect(daysLeft(['2026-06-12', '2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18'], '2026-06-15')).toBe(4);
  });

  it('reads in words, with the day it is counted on', () => {
    expect(noticeStateText('open', 4, 'working')).toBe('公示中，剩余 4 个工作日（含当日）');
    expect(noticeStateText('open', 2, 'calendar')).toBe('公示中，剩余 2 天（含当日）');
    expect(noticeStateText('closed', 0, 'working')).toBe('已结束');
    expect(noticeBasisText('2026-06-15')).toBe('（截至 2026年6月15日）');
    expect(openNoticesText(4, '2026-11-18')).toBe('正在公示 4 项（截至 2026年11月18日）');
  });
});
