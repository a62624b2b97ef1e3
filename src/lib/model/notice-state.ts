// A notice's state on a day, and the days it has left. Every page that says whether a notice is open
// says it as of the data date, and says so: one day for all of them, so that the home page, a
// jurisdiction's page, the list and the notice itself never disagree (no page recounts it by the
// reader's clock).
import { formatChineseDate, type IsoDate } from '../dates.ts';

export type NoticeState = 'upcoming' | 'open' | 'closed';

export function noticeState(period: { startsOn: IsoDate; endsOn: IsoDate }, asOf: IsoDate): NoticeState {
  if (asOf < period.startsOn) return 'upcoming';
  return asOf <= period.endsOn ? 'open' : 'closed';
}

/** Counted days still to come on `today`, that day included. */
export function daysLeft(counted: readonly IsoDate[], today: IsoDate): number {
  return counted.filter((day) => day >= today).length;
}

/** “公示中，剩余 3 个工作日（含当日）”: a notice's state in words. */
export function noticeStateText(state: NoticeState, left: number, unit: 'working' | 'calendar'): string {
  if (state === 'upcoming') return '尚未开始';
  if (state === 'closed') return '已结束';
  return `公示中，剩余 ${left} ${unit === 'working' ? '个工作日' : '天'}（含当日）`;
}

/** “（截至 2026年6月15日）”, beside every state a page shows. */
export function noticeBasisText(asOf: IsoDate): string {
  return `（截至 ${formatChineseDate(asOf)}）`;
}

/** “正在公示 4 项（截至 2026年11月18日）”: the count of open notices, on the same day. */
export function openNoticesText(count: number, asOf: IsoDate): string {
  return `正在公示 ${count} 项${noticeBasisText(asOf)}`;
}
