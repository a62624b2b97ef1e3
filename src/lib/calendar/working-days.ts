// Working days (工作日) on the State Council's official holiday calendar, 调休 make-up days included.
// The arrangement of each year comes from the maintained `chinese-days` data set; a year it does not
// cover yet (the State Council publishes each year's arrangement late in the year before) is counted
// Monday to Friday and flagged provisional.
import calendarData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, weekday, yearOf, type IsoDate } from '../dates.ts';

export interface HolidayCalendar {
  /** Official days off that would otherwise be working days (weekday holidays). */
  holidays: ReadonlySet<IsoDate>;
  /** Weekend days made working days by 调休. */
  makeUpWorkdays: ReadonlySet<IsoDate>;
  /** Years whose arrangement is known. */
  coveredYears: ReadonlySet<number>;
}

export function createCalendar(holidays: Iterable<IsoDate>, makeUpWorkdays: Iterable<IsoDate>): HolidayCalendar {
  const holidaySet = new Set(holidays);
  const workdaySet = new Set(makeUpWorkdays);
  const coveredYears = new Set([...holidaySet, ...workdaySet].map(yearOf));
  return { holidays: holidaySet, makeUpWorkdays: workdaySet, coveredYears };
}

export const officialCalendar: HolidayCalendar = createCalendar(
  Object.keys(calendarData.holidays),
  Object.keys(calendarData.workdays),
);

export function isCovered(calendar: HolidayCalendar, date: IsoDate): boolean {
  return calendar.coveredYears.has(yearOf(date));
}

export function isWorkingDay(calendar: HolidayCalendar, date: IsoDate): boolean {
  if (calendar.makeUpWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

export interface PeriodEnd {
  endsOn: IsoDate;
  /** True when a day of the period falls in a year whose arrangement is not yet published. */
  provisional: boolean;
}

/** The last day of a period of `count` working days whose first possible day is `startsOn` (counted when it is a working day). */
export function addWorkingDays(calendar: HolidayCalendar, startsOn: IsoDate, count: number): PeriodEnd {
  if (count < 1) throw new RangeError('a period has at least one day');
  let date = startsOn;
  let counted = 0;
  for (;;) {
    if (isWorkingDay(calendar, date)) {
      counted += 1;
      if (counted === count) {
        return { endsOn: date, provisional: !isCovered(calendar, startsOn) || !isCovered(calendar, date) };
      }
    }
    date = addDays(date, 1);
  }
}

/** The working days from `from` to `to`, both included. */
export function workingDaysBetween(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(calendar, date)) days.push(date);
  }
  return days;
}
