// Brings each notice's state up to the reader's own date (the date in China, UTC+8). Without
// JavaScript the page keeps the state as of its data date, which it says.
import { todayInChina } from '../lib/dates.ts';
import { daysLeft, noticeBasisText, noticeState, noticeStateText } from '../lib/model/notice-state.ts';

export function updateNoticeStatuses(root: ParentNode, now: Date): void {
  const today = todayInChina(now);
  for (const element of root.querySelectorAll<HTMLElement>('[data-notice-status]')) {
    const { starts, ends, days, unit, asOf } = element.dataset;
    if (!starts || !ends || !asOf || today === asOf) continue;
    const state = noticeState({ startsOn: starts, endsOn: ends }, today);
    const left = daysLeft(days ? days.split(',') : [], today);
    element.dataset['state'] = state;
    const text = element.querySelector('[data-notice-status-text]');
    const basis = element.querySelector('[data-notice-status-basis]');
    if (text) text.textContent = noticeStateText(state, left, unit === 'working' ? 'working' : 'calendar');
    if (basis) basis.textContent = noticeBasisText(asOf, today);
  }
}
