// /codes/<统一社会信用代码>/: every platform one operator's code holds or held, across jurisdictions —
// the page a plaque or a contract can cite. "Held" reaches back through the releases: a platform whose
// record named the code in an earlier release, and a platform removed from the register since.
import type { IsoDate } from '../dates.ts';
import { sortPlatforms } from '../model/directory.ts';
import type { PlatformView } from '../model/site-model.ts';
import type { RecordChangeEntry, ReleaseHistory } from '../releases/release-history.ts';
import { hasUsccFormat } from '../uscc.ts';

/** A release, as the page names it: 第 3 版（2026年5月1日）. */
export interface ReleaseMark {
  release: number;
  asOf: IsoDate;
}

export type Holding =
  /** The platform's record names the code now. */
  | { kind: 'current'; platform: PlatformView }
  /** The platform is in the register under another code now. `changedIn`: the release whose record first named another; null when only the data since the latest release does. */
  | { kind: 'former'; platform: PlatformView; changedIn: ReleaseMark | null }
  /** The platform has left the register: the record as the last release to hold it had it. `removedIn`: null when only the data since the latest release lacks it. */
  | { kind: 'removed'; id: string; name: string; operator: string; jurisdictionId: string; removedIn: ReleaseMark | null };

export interface CodeHoldings {
  code: string;
  /** Current first (by name), then former, then removed. */
  holdings: Holding[];
}

/** Every code the register's platforms hold or held, sorted, with what each holds. */
export function codeHoldings(platforms: readonly PlatformView[], releases: ReleaseHistory | null): CodeHoldings[] {
  const byCode = new Map<string, { current: PlatformView[]; former: Holding[]; removed: Holding[] }>();
  const holdingsOf = (code: string) => {
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { current: [], former: [], removed: [] }));
    return entry;
  };
  for (const view of platforms) holdingsOf(view.record.uscc).current.push(view);

  const current = new Map(platforms.map((view) => [view.record.id, view]));
  for (const [key, entries] of Object.entries(releases?.byRecord ?? {})) {
    if (!key.startsWith('platforms/')) continue;
    const id = key.slice('platforms/'.length);
    const view = current.get(id);
    const codes = codesHeld(entries);
    if (view) {
      for (const [code, leftIn] of codes) if (code !== view.record.uscc) holdingsOf(code).former.push({ kind: 'former', platform: view, changedIn: leftIn });
      continue;
    }
    const last = entries.at(-1);
    if (!last) continue;
    const record = last.change.record;
    const removedIn = last.change.kind === 'removed' ? mark(last) : null;
    for (const code of codes.keys()) {
      holdingsOf(code).removed.push({ kind: 'removed', id, name: text(record['name']), operator: text(record['operator']), jurisdictionId: text(record['jurisdiction']), removedIn });
    }
  }

  return [...byCode.keys()]
    .sort()
    .map((code) => {
      const entry = byCode.get(code) as { current: PlatformView[]; former: Holding[]; removed: Holding[] };
      const byName = (a: Holding, b: Holding) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0);
      return {
        code,
        holdings: [
          ...sortPlatforms(entry.current, 'name').map((platform): Holding => ({ kind: 'current', platform })),
          ...entry.former.sort(byName),
          ...entry.removed.sort(byName),
        ],
      };
    });
}

/**
 * Each code a platform's record named, release by release, with the release whose record first named
 * another after it (null while the latest release still names it). A code that is not a well-formed
 * 统一社会信用代码 is left out: it could not be a page's address (every release was validated, so none is).
 */
function codesHeld(entries: readonly RecordChangeEntry[]): Map<string, ReleaseMark | null> {
  const codes = new Map<string, ReleaseMark | null>();
  for (const entry of entries) {
    const { change } = entry;
    const code = text(change.record['uscc']);
    if (change.kind === 'changed') {
      const before = change.fields.find((field) => field.field === 'uscc')?.before;
      if (typeof before === 'string' && hasUsccFormat(before)) codes.set(before, mark(entry));
    }
    // A removal's record is the record as it was: its code is already here, with how it ended.
    if (hasUsccFormat(code) && (change.kind !== 'removed' || !codes.has(code))) codes.set(code, null);
  }
  return codes;
}

const mark = (entry: RecordChangeEntry): ReleaseMark => ({ release: entry.release, asOf: entry.asOf });
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const nameOf = (holding: Holding): string => (holding.kind === 'removed' ? `${holding.name}\u0000${holding.id}` : `${holding.platform.record.name}\u0000${holding.platform.record.id}`);
