// The releases as the site shows them: each with what changed since the one before, and for each
// platform the releases that changed its record (distinct from its recognition history).
import type { TableName } from '../contract/tables.ts';
import type { CheckedChain } from './chain.ts';
import { countChanges, diffTables, type ChangeCounts, type RecordChange } from './diff.ts';
import { sameTables, type ReleaseTables } from './release-file.ts';

export interface ReleaseView {
  number: number;
  asOf: string;
  note: string;
  /** The file's name in releases/ and on the site under /data/releases/. */
  file: string;
  sha256: string;
  previous: string | null;
  counts: ChangeCounts;
  changes: RecordChange[];
}

export interface RecordChangeEntry {
  release: number;
  asOf: string;
  change: RecordChange;
}

export interface ReleaseHistory {
  /** Oldest first. */
  releases: ReleaseView[];
  /** Whether the data folder holds what its latest release holds (records and data date). */
  matchesLatest: boolean;
  /** Each record's changes, oldest first, by `table/id` (plain data: the model crosses to the render processes by V8 serialisation). */
  byRecord: Record<string, RecordChangeEntry[]>;
}

/** The releases that changed one record, oldest first. */
export function changesOf(history: ReleaseHistory | null, table: TableName, id: string): RecordChangeEntry[] {
  return history?.byRecord[`${table}/${id}`] ?? [];
}

export function releaseHistory(chain: CheckedChain, current: ReleaseTables, asOf: string): ReleaseHistory {
  const releases: ReleaseView[] = [];
  const byRecord: Record<string, RecordChangeEntry[]> = {};
  let before: ReleaseTables | null = null;
  for (const { file, release } of chain.releases) {
    const changes = diffTables(before, release.tables);
    releases.push({ number: release.release, asOf: release.as_of, note: release.note, file: file.name, sha256: file.sha256, previous: release.previous, counts: countChanges(changes), changes });
    for (const change of changes) {
      const key = `${change.table}/${change.id}`;
      (byRecord[key] ??= []).push({ release: release.release, asOf: release.as_of, change });
    }
    before = release.tables;
  }
  const latest = chain.releases.at(-1)?.release;
  return {
    releases,
    matchesLatest: latest !== undefined && latest.as_of === asOf && sameTables(latest.tables, current),
    byRecord,
  };
}
