import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/working-days.ts';
import { countedDays, publicityPeriod } from './notice-period.ts';
import { daysLeft, noticeState } from './notice-state.ts';

function rules(days: number | null, dayType: 'working' | 'calendar' | null) {
  return {
    publicity_days: { value: days, cite: days === null ? [] : ['12'], note: null },
    publicity_day_type: { value: dayType, cite: dayType === null ? [] : ['12'], note: null },
  };
}

const fiveWorkingDays = rules(5, 'working');
const oneWeek = rules(7, 'calendar');
const silent = rules(null, null);

describe('publicityPeriod', () => {
  it('counts 5 个工作日 on the official calendar from the day of publication, across a holiday', () => {
    // 9/26 Fri, 9/28 make-up Sunday, 9/29, 9/30; 10/1–10/8 off; 10/9.
    expect(publicityPeriod({ published_on: '2025-09-26' }, fiveWorkingDays, officialCalendar)).toEqual({
      startsOn: '2025-09-26',
      endsOn: '2025-10-09',
      endsOnComputed: true,
      endsOnProvisional: false,
      days: 5,
      dayType: 'working',
    });
  });

  it('counts calendar days where the rules do not say 工作日, the first day included', () => {
    // 一周: 11/13 to 11/19 is seven days.
    expect(publicityPeriod({ published_on: '2026-11-13' }, oneWeek, officialCalendar)).toEqual({
      startsOn: '2026-11-13',
      endsOn: '2026-11-19',
      endsOnComputed: true,
      endsOnProvisional: false,
      days: 7,
      dayType: 'calendar',
    });
  });

  it('takes calendar days when the rules give a length but no unit', () => {
    const period = publicityPeriod({ published_on: '2026-11-13' }, rules(7, null), officialCalendar);
    expect(period).toMatchObject({ endsOn: '2026-11-19', dayType: 'calendar' });
  });

  it('keeps an ends_on given by the notice, whatever the rules say', () => {
    expect(publicityPeriod({ published_on: '2026-11-13', ends_on: '2026-11-27' }, fiveWorkingDays, officialCalendar)).toEqual({
      startsOn: '2026-11-13',
      endsOn: '2026-11-27',
      endsOnComputed: false,
      endsOnProvisional: false,
      days: 5,
      dayType: 'working',
    });
  });

  it('uses a given starts_on as the first day, not the day of publication', () => {
    // Published Tuesday 11/10, open from Friday 11/13: 11/13, then 11/16–11/19 Mon–Thu.
    const period = publicityPeriod({ published_on: '2026-11-10', starts_on: '2026-11-13' }, fiveWorkingDays, officialCalendar);
    expect(period).toMatchObject({ startsOn: '2026-11-13', endsOn: '2026-11-19', endsOnComputed: true });
  });

  it('has no period when the rules are silent on the length, unless the notice gives its end', () => {
    expect(publicityPeriod({ published_on: '2026-11-13' }, silent, officialCalendar)).toBeNull();
    expect(publicityPeriod({ published_on: '2026-11-13' }, rules(null, 'working'), officialCalendar)).toBeNull();
    expect(publicityPeriod({ published_on: '2026-11-13', ends_on: '2026-11-19' }, silent, officialCalendar)).toEqual({
      startsOn: '2026-11-13',
      endsOn: '2026-11-19',
      endsOnComputed: false,
      endsOnProvisional: false,
      days: null,
      dayType: null,
    });
  });

  it('marks a working-day end in a year not yet published as provisional', () => {
    // 12/28–12/31 Mon–Thu, then Friday 2027-01-01 counted as a working day until 2027 is published.
    expect(publicityPeriod({ published_on: '2026-12-28' }, fiveWorkingDays, officialCalendar)).toMatchObject({
      endsOn: '2027-01-01',
      endsOnComputed: true,
      endsOnProvisional: true,
    });
  });

  it('does not mark a calendar-day end in 2027 provisional, since holidays do not move it', () => {
    expect(publicityPeriod({ published_on: '2026-12-28' }, oneWeek, officialCalendar)).toMatchObject({
      endsOn: '2027-01-03',
      endsOnProvisional: false,
    });
  });
});

describe('noticeState', () => {
  const period = { startsOn: '2026-11-13', endsOn: '2026-11-19' };

  it('is upcoming the day before the start', () => {
    expect(noticeState(period, '2026-11-12')).toBe('upcoming');
  });

  it('is open from the first day to the last day', () => {
    expect(noticeState(period, '2026-11-13')).toBe('open');
    expect(noticeState(period, '2026-11-19')).toBe('open');
  });

  it('is closed the day after the end', () => {
    expect(noticeState(period, '2026-11-20')).toBe('closed');
  });
});

describe('daysLeft of a working-day period', () => {
  // Friday 11/13 to Thursday 11/19: 11/13, 11/16, 11/17, 11/18, 11/19.
  const period = { startsOn: '2026-11-13', endsOn: '2026-11-19' };

  it('counts every working day of the period on its first day', () => {
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-13')).toBe(5);
  });

  it('counts the days after the weekend from the middle of the period', () => {
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-14')).toBe(4);
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-15')).toBe(4);
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-16')).toBe(4);
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-17')).toBe(3);
  });

  it('counts 1 on the last day and 0 after the end', () => {
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-19')).toBe(1);
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-20')).toBe(0);
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2027-01-01')).toBe(0);
  });

  it('counts all of them before the start', () => {
    expect(daysLeft(countedDays({ ...period, dayType: 'working' }, officialCalendar), '2026-11-10')).toBe(5);
  });

  it('skips the holiday and counts the make-up day in a period across National Day 2025', () => {
    const nationalDay = { startsOn: '2025-09-26', endsOn: '2025-10-09' };
    // Saturday 9/27: 9/28 make-up Sunday, 9/29, 9/30, 10/9.
    expect(daysLeft(countedDays({ ...nationalDay, dayType: 'working' }, officialCalendar), '2025-09-27')).toBe(4);
    // In the holiday only 10/9 is left.
    expect(daysLeft(countedDays({ ...nationalDay, dayType: 'working' }, officialCalendar), '2025-10-01')).toBe(1);
  });
});

describe('countedDays', () => {
  it('counts every calendar day where the rules count calendar days, or say nothing', () => {
    expect(countedDays({ startsOn: '2026-11-13', endsOn: '2026-11-19', dayType: 'calendar' }, officialCalendar)).toHaveLength(7);
    expect(countedDays({ startsOn: '2026-11-11', endsOn: '2026-11-20', dayType: null }, officialCalendar)).toHaveLength(10);
    expect(daysLeft(countedDays({ startsOn: '2026-11-13', endsOn: '2026-11-19', dayType: 'calendar' }, officialCalendar), '2026-11-15')).toBe(5);
  });
});
