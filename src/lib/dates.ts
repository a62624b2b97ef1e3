// Calendar dates as `YYYY-MM-DD` strings, computed in UTC so that no answer depends on
// the machine's time zone.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 2024-1-5, 2024/1/5 and 2024.1.5: one separator, used twice. */
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * Reads the date forms of the data contract (YYYY-MM-DD; YYYY/M/D, YYYY-M-D, YYYY.M.D and
 * YYYY年M月D日 as spreadsheets write them); null when the text is none of them or no real day.
 */
export function parseContractDate(text: string): IsoDate | null {
  const separated = SEPARATED.exec(text);
  const match = ISO.exec(text) ?? (separated ? [separated[0], separated[1], separated[3], separated[4]] : null) ?? CHINESE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return toIsoDate(date);
}

export function isIsoDate(text: string): boolean {
  return ISO.test(text) && parseContractDate(text) === text;
}

function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function toUtc(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** Same day N years later; 29 February falls back to 28 February in a common year. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year + years, month - 1, Math.min(day, lastDay))));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return toUtc(iso).getUTCDay();
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Today's date in China (UTC+8), the date a reader of this register lives by. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return toIsoDate(new Date(now.getTime() + 8 * 3_600_000));
}

/** 2026年11月18日 */
export function formatChineseDate(iso: IsoDate): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
