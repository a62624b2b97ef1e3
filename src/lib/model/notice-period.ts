// A publicity notice's period (公示期) and its state on a given day.
import { addDays, type IsoDate } from '../dates.ts';
import { addWorkingDays, workingDaysBetween, type HolidayCalendar } from '../calendar/working-days.ts';
import type { Notice } from '../contract/tables.ts';
import type { Provisions } from '../rules/schema.ts';

export type NoticeState = 'upcoming' | 'open' | 'closed';

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

export function noticeState(period: Pick<PublicityPeriod, 'startsOn' | 'endsOn'>, asOf: IsoDate): NoticeState {
  if (asOf < period.startsOn) return 'upcoming';
  return asOf <= period.endsOn ? 'open' : 'closed';
}

/** Working days of the period still to come on `asOf`, that day included. */
export function workingDaysLeft(period: Pick<PublicityPeriod, 'startsOn' | 'endsOn'>, asOf: IsoDate, calendar: HolidayCalendar): number {
  const from = asOf > period.startsOn ? asOf : period.startsOn;
  return workingDaysBetween(calendar, from, period.endsOn).length;
}
