// The names the index and the search page share: filters, and the type that marks platform records.
// Only the sections table, itself without imports, so that the page's script stays small.
import { SEARCHABLE_SECTIONS } from './searchable-sections.ts';

export const FILTERS = { type: '类型', jurisdiction: '地区', function: '服务功能', status: '状态', kind: '平台类型' } as const;
export const PLATFORM_TYPE = '示范平台';
/** The kinds of page besides platforms, as their data-pagefind-filter="type:…" says. */
export const PAGE_TYPES = SEARCHABLE_SECTIONS.map((section) => section.type);
