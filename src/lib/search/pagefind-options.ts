// How the search page asks Pagefind, shared with the search quality test so that the figures in the
// README are those of the page. The page lists platforms first, as a search of the platform records
// alone: pages that mention many platforms (a notice, a rules text) would otherwise outrank the
// platform a reader names. Other pages follow in a list of their own.
import { PLATFORM_TYPE } from './search-vocabulary.ts';

export const PAGEFIND_OPTIONS = { excerptLength: 40 } as const;

export const PLATFORM_FILTER = { type: PLATFORM_TYPE } as const;
