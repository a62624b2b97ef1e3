// The order of the notices list: open ones first, then upcoming, then closed; newest first within each.
import type { NoticeView } from './site-model.ts';

const ORDER = { open: 0, upcoming: 1, closed: 2 } as const;

export function noticesOpenFirst(notices: readonly NoticeView[]): NoticeView[] {
  return [...notices].sort((a, b) => ORDER[a.state] - ORDER[b.state] || b.period.startsOn.localeCompare(a.period.startsOn) || a.record.id.localeCompare(b.record.id));
}
