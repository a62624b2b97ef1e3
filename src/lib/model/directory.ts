// The directory's orders: each column of the platform table sorts to a static page of its own,
// so the table is sortable without JavaScript.
import type { PlatformView } from './site-model.ts';
import { holdersFirstRank } from './status.ts';

export const SORT_KEYS = ['name', 'jurisdiction', 'status', 'certified_on', 'valid_until'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  name: '平台名称',
  jurisdiction: '地区',
  status: '状态',
  certified_on: '认定日期',
  valid_until: '有效期至',
};

const collator = new Intl.Collator('zh-Hans-CN');
const byName = (a: PlatformView, b: PlatformView): number => collator.compare(a.record.name, b.record.name) || a.record.id.localeCompare(b.record.id);
/** Dates newest first; what has none goes last. */
const byDateDesc = (a: string | null | undefined, b: string | null | undefined): number => (b ?? '').localeCompare(a ?? '');

export function sortPlatforms(platforms: readonly PlatformView[], key: SortKey): PlatformView[] {
  const compare: Record<SortKey, (a: PlatformView, b: PlatformView) => number> = {
    name: byName,
    jurisdiction: (a, b) => collator.compare(a.jurisdiction.name, b.jurisdiction.name) || byName(a, b),
    status: (a, b) => holdersFirstRank(a.status) - holdersFirstRank(b.status) || byName(a, b),
    certified_on: (a, b) => byDateDesc(a.record.certified_on, b.record.certified_on) || byName(a, b),
    valid_until: (a, b) => byDateDesc(a.end?.on, b.end?.on) || byName(a, b),
  };
  return [...platforms].sort(compare[key]);
}

export function sortUrl(key: SortKey): string {
  return key === 'name' ? '/platforms/' : `/platforms/sort/${key.replace('_', '-')}/`;
}
