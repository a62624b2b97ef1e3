// The sections of the site whose pages the search indexes from their HTML, and the type each files
// its pages under. The pages take their data-pagefind-filter from here, and the build's indexer its
// glob; the search page shows a result's type beside its title.
// No imports, so that the search page's script stays small.

export const SEARCHABLE_SECTIONS = [
  { folder: 'notices', type: '公示' },
  { folder: 'rules', type: '规则' },
  { folder: 'jurisdictions', type: '地区' },
  { folder: 'compare', type: '规则对比' },
] as const;

export type SearchableFolder = (typeof SEARCHABLE_SECTIONS)[number]['folder'];

/** What a page of the section carries as data-pagefind-filter, beside its data-pagefind-body. */
export function pageTypeFilter(folder: SearchableFolder): string {
  return `type:${SEARCHABLE_SECTIONS.find((section) => section.folder === folder)?.type ?? ''}`;
}

/**
 * The built pages Pagefind reads: only the searchable sections, since parsing every platform page
 * only to skip it is most of the index step's time at national scale.
 */
export function indexedPagesGlob(): string {
  return `{${SEARCHABLE_SECTIONS.map((section) => section.folder).join(',')}}/**/*.html`;
}
