// The newest steps across the register, for the home page: platforms' history events and, where the
// data folder has releases, the newest releases with what they changed.
import type { IsoDate } from '../dates.ts';
import type { ReleaseView } from '../releases/release-history.ts';
import type { HistoryEvent } from './history.ts';
import type { PlatformView } from './site-model.ts';

export type Change =
  | { kind: 'event'; date: IsoDate; platform: PlatformView; event: HistoryEvent }
  | { kind: 'release'; date: IsoDate; release: ReleaseView };

/** At most this many releases among the latest changes: a register released often must not push every event out. */
export const RELEASES_LISTED = 3;

/** Newest first; on one day a release before the events it may record. */
export function latestChanges(platforms: readonly PlatformView[], releases: readonly ReleaseView[], limit: number): Change[] {
  const newestReleases: Change[] = [...releases]
    .sort((a, b) => b.number - a.number)
    .slice(0, RELEASES_LISTED)
    .map((release) => ({ kind: 'release', date: release.asOf, release }));
  const events = platforms.flatMap((platform) => platform.history.map((event): Change => ({ kind: 'event', date: event.date, platform, event })));
  return [...newestReleases, ...events].sort((a, b) => b.date.localeCompare(a.date) || order(a, b)).slice(0, limit);
}

function order(a: Change, b: Change): number {
  if (a.kind === 'release') return b.kind === 'release' ? b.release.number - a.release.number : -1;
  return b.kind === 'release' ? 1 : a.platform.record.id.localeCompare(b.platform.record.id);
}
