import { describe, expect, it } from 'vitest';
import type { ReleaseView } from '../releases/release-history.ts';
import type { HistoryEvent } from './history.ts';
import { latestChanges, RELEASES_LISTED } from './latest-changes.ts';
import type { PlatformView } from './site-model.ts';

// Only the fields latestChanges reads.
const platform = (id: string, dates: string[]) => ({ record: { id }, history: dates.map((date) => ({ date, kind: 'recognised' }) as HistoryEvent) }) as unknown as PlatformView;
const release = (number: number, asOf: string) => ({ number, asOf, counts: { added: 1, changed: 0, removed: 0 } }) as ReleaseView;

const describeChange = (change: ReturnType<typeof latestChanges>[number]) => (change.kind === 'release' ? `${change.date} 第${change.release.number}版` : `${change.date} ${change.platform.record.id}`);

describe('latestChanges', () => {
  it('puts releases among the events by date, a release before the events of its day', () => {
    const changes = latestChanges([platform('b', ['2026-06-15', '2025-01-01']), platform('a', ['2026-06-15'])], [release(1, '2025-06-01'), release(2, '2026-06-15')], 10);
    expect(changes.map(describeChange)).toEqual(['2026-06-15 第2版', '2026-06-15 a', '2026-06-15 b', '2025-06-01 第1版', '2025-01-01 b']);
  });

  it('lists only the newest releases, so that events still show, and keeps to the limit', () => {
    const releases = Array.from({ length: 6 }, (_, index) => release(index + 1, '2026-07-01'));
    const changes = latestChanges([platform('a', ['2026-06-15'])], releases, 5);
    expect(changes.map(describeChange)).toEqual(['2026-07-01 第6版', '2026-07-01 第5版', '2026-07-01 第4版', '2026-06-15 a']);
    expect(RELEASES_LISTED).toBe(3);
    expect(latestChanges([platform('a', ['2026-06-15', '2026-06-14', '2026-06-13'])], [], 2)).toHaveLength(2);
  });
});
