import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isCovered, isWorkingDay, officialCalendar, workingDaysBetween } from './working-days.ts';

// The State Council arrangements, written out by hand from the notices themselves. Each day off is
// a [first, last] range, each make-up working day (调休) a single date.
interface Arrangement {
  notice: string;
  daysOff: Record<string, [string, string]>;
  makeUpDays: string[];
  /** Counted by hand: weekdays of the year, minus weekday holidays, plus make-up days. */
  workingDays: number;
}

const arrangements: Record<number, Arrangement> = {
  // 2024 begins on a Monday and is a leap year: 52 weeks + Mon, Tue = 262 weekdays.
  // Weekday holidays: 1/1 (1), 2/12–2/16 (5), 4/4–4/5 (2), 5/1–5/3 (3), 6/10 (1), 9/16–9/17 (2),
  // 10/1–10/4 and 10/7 (5) = 19. Make-up days: 8. 262 − 19 + 8 = 251.
  2024: {
    notice: '国办发明电〔2023〕7号',
    daysOff: {
      元旦: ['2024-01-01', '2024-01-01'],
      春节: ['2024-02-10', '2024-02-17'],
      清明节: ['2024-04-04', '2024-04-06'],
      劳动节: ['2024-05-01', '2024-05-05'],
      端午节: ['2024-06-10', '2024-06-10'],
      中秋节: ['2024-09-15', '2024-09-17'],
      国庆节: ['2024-10-01', '2024-10-07'],
    },
    makeUpDays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
    workingDays: 251,
  },
  // 2025 begins on a Wednesday: 52 weeks + Wed = 261 weekdays.
  // Weekday holidays: 1/1 (1), 1/28–1/31 and 2/3–2/4 (6), 4/4 (1), 5/1, 5/2, 5/5 (3), 6/2 (1),
  // 10/1–10/3 and 10/6–10/8 (6) = 18. Make-up days: 5. 261 − 18 + 5 = 248.
  2025: {
    notice: '国办发明电〔2024〕12号',
    daysOff: {
      元旦: ['2025-01-01', '2025-01-01'],
      春节: ['2025-01-28', '2025-02-04'],
      清明节: ['2025-04-04', '2025-04-06'],
      劳动节: ['2025-05-01', '2025-05-05'],
      端午节: ['2025-05-31', '2025-06-02'],
      国庆节中秋节: ['2025-10-01', '2025-10-08'],
    },
    makeUpDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    workingDays: 248,
  },
  // 2026 begins on a Thursday: 52 weeks + Thu = 261 weekdays.
  // Weekday holidays: 1/1–1/2 (2), 2/16–2/20 and 2/23 (6), 4/6 (1), 5/1, 5/4, 5/5 (3), 6/19 (1),
  // 9/25 (1), 10/1–10/2 and 10/5–10/7 (5) = 19. Make-up days: 6. 261 − 19 + 6 = 248.
  2026: {
    notice: '国办发明电〔2025〕7号',
    daysOff: {
      元旦: ['2026-01-01', '2026-01-03'],
      春节: ['2026-02-15', '2026-02-23'],
      清明节: ['2026-04-04', '2026-04-06'],
      劳动节: ['2026-05-01', '2026-05-05'],
      端午节: ['2026-06-19', '2026-06-21'],
      中秋节: ['2026-09-25', '2026-09-27'],
      国庆节: ['2026-10-01', '2026-10-07'],
    },
    makeUpDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    workingDays: 248,
  },
};

// Plain UTC date arithmetic, independent of the module under test.
function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function eachDay(first: string, last: string): string[] {
  const days: string[] = [];
  for (const date = utc(first); date <= utc(last); date.setUTCDate(date.getUTCDate() + 1)) days.push(iso(date));
  return days;
}

function isWeekend(day: string): boolean {
  const weekday = utc(day).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The working days of a year by the arrangement: weekdays, less the days off, plus the make-up days. */
function workingDaysByHand(year: number, arrangement: Arrangement): string[] {
  const off = new Set(Object.values(arrangement.daysOff).flatMap(([first, last]) => eachDay(first, last)));
  const makeUp = new Set(arrangement.makeUpDays);
  return eachDay(`${year}-01-01`, `${year}-12-31`).filter((day) => makeUp.has(day) || (!isWeekend(day) && !off.has(day)));
}

describe('officialCalendar', () => {
  describe.each(Object.entries(arrangements))('the %s arrangement', (yearText, arrangement) => {
    const year = Number(yearText);

    it('is covered by the data', () => {
      expect(isCovered(officialCalendar, `${year}-01-01`)).toBe(true);
      expect(isCovered(officialCalendar, `${year}-12-31`)).toBe(true);
    });

    it.each(Object.entries(arrangement.daysOff))('gives every day of the %s block off', (_name, [first, last]) => {
      for (const day of eachDay(first, last)) expect(isWorkingDay(officialCalendar, day), day).toBe(false);
    });

    it('makes every 调休 make-up day, a weekend day, a working day', () => {
      for (const day of arrangement.makeUpDays) {
        expect(isWeekend(day), `${day} is a weekend day`).toBe(true);
        expect(isWorkingDay(officialCalendar, day), day).toBe(true);
      }
    });

    it('has the number of working days counted by hand, and exactly those days', () => {
      const byHand = workingDaysByHand(year, arrangement);
      expect(byHand).toHaveLength(arrangement.workingDays);
      const computed = workingDaysBetween(officialCalendar, `${year}-01-01`, `${year}-12-31`);
      expect(computed).toHaveLength(arrangement.workingDays);
      expect(computed).toEqual(byHand);
    });
  });
});

describe('addWorkingDays', () => {
  it('ends a 5-working-day period from Friday 2025-09-26 on 2025-10-09, across the National Day holiday', () => {
    // 9/26 Fri, 9/28 make-up Sunday, 9/29, 9/30; 10/1–10/8 off; 10/9.
    expect(addWorkingDays(officialCalendar, '2025-09-26', 5)).toEqual({ endsOn: '2025-10-09', provisional: false });
  });

  it('counts the eve of Spring Festival 2024 as a working day and the make-up Sunday after the holiday', () => {
    // 2/8 Thu, 2/9 Fri (除夕, not a day off in 2024); 2/10–2/17 off; 2/18 make-up Sunday, 2/19 Mon, 2/20 Tue.
    expect(addWorkingDays(officialCalendar, '2024-02-08', 5)).toEqual({ endsOn: '2024-02-20', provisional: false });
    // Saturday 2/3 is not a working day; 2/4 make-up Sunday, 2/5 Mon, 2/6 Tue.
    expect(addWorkingDays(officialCalendar, '2024-02-03', 3)).toEqual({ endsOn: '2024-02-06', provisional: false });
  });

  it('counts the make-up Sunday before Spring Festival 2025 and skips the eight days off', () => {
    // 1/24 Fri, 1/26 make-up Sunday, 1/27 Mon; 1/28–2/4 off; 2/5 Wed, 2/6 Thu.
    expect(addWorkingDays(officialCalendar, '2025-01-24', 5)).toEqual({ endsOn: '2025-02-06', provisional: false });
  });

  it('skips the nine days off of Spring Festival 2026 and may end on its make-up Saturday', () => {
    // 2/12 Thu, 2/13 Fri, 2/14 make-up Saturday; 2/15–2/23 off; 2/24 Tue, 2/25 Wed.
    expect(addWorkingDays(officialCalendar, '2026-02-12', 5)).toEqual({ endsOn: '2026-02-25', provisional: false });
    // 2/24 Tue to 2/27 Fri are four, 2/28 make-up Saturday the fifth.
    expect(addWorkingDays(officialCalendar, '2026-02-24', 5)).toEqual({ endsOn: '2026-02-28', provisional: false });
  });

  it('skips New Year 2025 from the last days of 2024', () => {
    // 12/30 Mon, 12/31 Tue; 1/1 off; 1/2 Thu.
    expect(addWorkingDays(officialCalendar, '2024-12-30', 3)).toEqual({ endsOn: '2025-01-02', provisional: false });
  });

  it('skips New Year 2026 and counts its make-up Sunday', () => {
    // 12/31 Wed; 1/1–1/3 off; 1/4 make-up Sunday, 1/5 Mon.
    expect(addWorkingDays(officialCalendar, '2025-12-31', 3)).toEqual({ endsOn: '2026-01-05', provisional: false });
  });

  it('starts a period that begins on a non-working day on the next working day', () => {
    // 10/1–10/8 off; 10/9 Thu is the first day.
    expect(addWorkingDays(officialCalendar, '2025-10-01', 1)).toEqual({ endsOn: '2025-10-09', provisional: false });
    // 10/9 Thu, 10/10 Fri, 10/11 make-up Saturday, 10/13 Mon, 10/14 Tue.
    expect(addWorkingDays(officialCalendar, '2025-10-04', 5)).toEqual({ endsOn: '2025-10-14', provisional: false });
    // An ordinary Saturday: the first day is Monday.
    expect(addWorkingDays(officialCalendar, '2025-11-15', 1)).toEqual({ endsOn: '2025-11-17', provisional: false });
  });

  it('counts the first day when it is a working day, so a 1-day period ends that day', () => {
    expect(addWorkingDays(officialCalendar, '2026-11-13', 1)).toEqual({ endsOn: '2026-11-13', provisional: false });
  });

  it('counts a year not yet published Monday to Friday and marks the end provisional', () => {
    expect(isCovered(officialCalendar, '2027-01-01')).toBe(false);
    // 12/28–12/31 Mon–Thu are four; 2027-01-01 is a Friday, counted as working until 2027 is published.
    expect(addWorkingDays(officialCalendar, '2026-12-28', 5)).toEqual({ endsOn: '2027-01-01', provisional: true });
    // … and 1/4–1/8 Mon–Fri the next five.
    expect(addWorkingDays(officialCalendar, '2026-12-28', 10)).toEqual({ endsOn: '2027-01-08', provisional: true });
    expect(addWorkingDays(officialCalendar, '2027-03-01', 1)).toEqual({ endsOn: '2027-03-01', provisional: true });
  });

  it('refuses a period of no days', () => {
    expect(() => addWorkingDays(officialCalendar, '2026-11-13', 0)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('lists the working days of a range with both ends included, a make-up Sunday among them', () => {
    // 4/26 Sat is off, 4/27 make-up Sunday works; 5/1–5/5 off.
    expect(workingDaysBetween(officialCalendar, '2025-04-25', '2025-05-06')).toEqual([
      '2025-04-25',
      '2025-04-27',
      '2025-04-28',
      '2025-04-29',
      '2025-04-30',
      '2025-05-06',
    ]);
  });

  it('is empty for a range of days off, and for a range that ends before it starts', () => {
    expect(workingDaysBetween(officialCalendar, '2025-05-01', '2025-05-05')).toEqual([]);
    expect(workingDaysBetween(officialCalendar, '2025-05-06', '2025-05-05')).toEqual([]);
  });
});

describe('time zones', () => {
  const moduleUrl = new URL('./working-days.ts', import.meta.url).href;
  const script = `
    const { addWorkingDays, isWorkingDay, officialCalendar: c } = await import(${JSON.stringify(moduleUrl)});
    console.log(JSON.stringify({
      offset: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset(),
      nationalDay: addWorkingDays(c, '2025-09-26', 5),
      springFestival2026: addWorkingDays(c, '2026-02-12', 5),
      newYear2026: addWorkingDays(c, '2025-12-31', 3),
      into2027: addWorkingDays(c, '2026-12-28', 5),
      days: ['2024-02-09', '2024-02-10', '2024-02-17', '2024-02-18', '2025-09-28', '2025-10-08', '2025-10-09', '2026-01-03', '2026-01-04']
        .map((day) => [day, isWorkingDay(c, day)]),
    }));
  `;
  const expected = {
    nationalDay: { endsOn: '2025-10-09', provisional: false },
    springFestival2026: { endsOn: '2026-02-25', provisional: false },
    newYear2026: { endsOn: '2026-01-05', provisional: false },
    into2027: { endsOn: '2027-01-01', provisional: true },
    days: [
      ['2024-02-09', true],
      ['2024-02-10', false],
      ['2024-02-17', false],
      ['2024-02-18', true],
      ['2025-09-28', true],
      ['2025-10-08', false],
      ['2025-10-09', true],
      ['2026-01-03', false],
      ['2026-01-04', true],
    ],
  };

  it.each([
    ['America/Los_Angeles', 480],
    ['Asia/Shanghai', -480],
  ])('gives the same answers under TZ=%s', (tz, offset) => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    // The offset shows that the time zone did take effect in the child.
    expect(JSON.parse(run.stdout)).toEqual({ offset, ...expected });
  });
});
