// What changed from one release to the next, record by record and field by field.
import { TABLE_NAMES, type TableName } from '../contract/tables.ts';
import { canonicalJson, type ReleaseRecord, type ReleaseTables } from './release-file.ts';

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface FieldChange {
  field: string;
  /** undefined: the field was not given. */
  before: unknown;
  after: unknown;
}

export interface RecordChange {
  table: TableName;
  id: string;
  kind: ChangeKind;
  /** The record as it is after the change, or as it was before a removal. */
  record: ReleaseRecord;
  /** For a change: each field that differs, in the record's field order. */
  fields: FieldChange[];
}

/** Removals first (a record that leaves a public register is the exception to look at), then additions and changes, each table in contract order. */
export function diffTables(before: ReleaseTables | null, after: ReleaseTables): RecordChange[] {
  const removed: RecordChange[] = [];
  const rest: RecordChange[] = [];
  for (const table of TABLE_NAMES) {
    const old = new Map((before?.[table] ?? []).map((record) => [record.id, record]));
    const now = new Map(after[table].map((record) => [record.id, record]));
    for (const [id, record] of old) if (!now.has(id)) removed.push({ table, id, kind: 'removed', record, fields: [] });
    for (const [id, record] of now) {
      const previous = old.get(id);
      if (!previous) {
        rest.push({ table, id, kind: 'added', record, fields: [] });
        continue;
      }
      const fields = fieldChanges(previous, record);
      if (fields.length > 0) rest.push({ table, id, kind: 'changed', record, fields });
    }
  }
  return [...removed, ...rest];
}

function fieldChanges(before: ReleaseRecord, after: ReleaseRecord): FieldChange[] {
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return names
    .filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
}

export function countChanges(changes: readonly RecordChange[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, changed: 0, removed: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}
