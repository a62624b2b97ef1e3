// A notice's state on a day, and the days it has left: pure, with no calendar data, so that the
// reader's browser can run the same code against its own date (src/scripts/notice-status.ts).
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

/** “公示中，剩余 3 个工作日（含当日）”, the words the notice pages show, at build time and in the browser. */
export function noticeStateText(state: NoticeState, left: number, unit: 'working' | 'calendar'): string {
  if (state === 'upcoming') return '尚未开始';
  if (state === 'closed') return '已结束';
  return `公示中，剩余 ${left} ${unit === 'working' ? '个工作日' : '天'}（含当日）`;
}

/**
 * What the state is counted from: the data date at build time; in the browser, the reader's own date
 * as well, since the two may differ.
 */
export function noticeBasisText(asOf: IsoDate, today: IsoDate | null = null): string {
  return today === null ? `（截至 ${formatChineseDate(asOf)}）` : `（按您设备的日期 ${formatChineseDate(today)} 计算；数据截至 ${formatChineseDate(asOf)}）`;
}
