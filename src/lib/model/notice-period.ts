// A publicity notice's period (公示期) and its state on a given day.
import { addDays, type IsoDate } from '../dates.ts';
import { addWorkingDays, workingDaysBetween, type HolidayCalendar } from '../calendar/working-days.ts';
import type { Notice } from '../contract/tables.ts';
import type { Provisions } from '../rules/schema.ts';

export interface PublicityPeriod {
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** True when ends_on was computed from the rules rather than given. */
  endsOnComputed: boolean;
  /** True when the end falls on a year whose holiday arrangement is not yet published. */
  endsOnProvisional: boolean;
  /** The rules' length and unit, when the end was computed. */
  days: number | null;
  dayType: 'working' | 'calendar' | null;
}

/** starts_on defaults to published_on; ends_on to the rules' period, in working days where the rules say 工作日. */
export function publicityPeriod(
  notice: Pick<Notice, 'published_on' | 'starts_on' | 'ends_on'>,
  provisions: Pick<Provisions, 'publicity_days' | 'publicity_day_type'>,
  calendar: HolidayCalendar,
): PublicityPeriod | null {
  const startsOn = notice.starts_on ?? notice.published_on;
  const days = provisions.publicity_days.value;
  const dayType = provisions.publicity_day_type.value ?? (days === null ? null : 'calendar');
  if (notice.ends_on !== undefined) {
    return { startsOn, endsOn: notice.ends_on, endsOnComputed: false, endsOnProvisional: false, days, dayType };
  }
  if (days === null) return null;
  if (dayType === 'working') {
    const end = addWorkingDays(calendar, startsOn, days);
    return { startsOn, endsOn: end.endsOn, endsOnComputed: true, endsOnProvisional: end.provisional, days, dayType };
  }
  return { startsOn, endsOn: addDays(startsOn, days - 1), endsOnComputed: true, endsOnProvisional: false, days, dayType };
}


/** The days that count in the period: its working days where the rules count 工作日, else every day. */
export function countedDays(period: Pick<PublicityPeriod, 'startsOn' | 'endsOn' | 'dayType'>, calendar: HolidayCalendar): IsoDate[] {
  if (period.dayType === 'working') return workingDaysBetween(calendar, period.startsOn, period.endsOn);
  const days: IsoDate[] = [];
  for (let date = period.startsOn; date <= period.endsOn; date = addDays(date, 1)) days.push(date);
  return days;
}
