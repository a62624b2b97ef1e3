// The newest steps across the register, for the home page.
import type { HistoryEvent } from './history.ts';
import type { PlatformView } from './site-model.ts';

export interface Change {
  platform: PlatformView;
  event: HistoryEvent;
}

export function latestChanges(platforms: readonly PlatformView[], limit: number): Change[] {
  return platforms
    .flatMap((platform) => platform.history.map((event) => ({ platform, event })))
    .sort((a, b) => b.event.date.localeCompare(a.event.date) || a.platform.record.id.localeCompare(b.platform.record.id))
    .slice(0, limit);
}
