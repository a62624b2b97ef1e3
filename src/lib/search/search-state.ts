// The search page's state as it stands in the address bar, so that a search can be shared and
// the back button returns to the same results: ?q=海岳&function=培训服务&jurisdiction=威海市
import { FACET_NAMES, type FacetName } from './platform-index/format.ts';

export type FilterName = FacetName;
export const FILTER_NAMES: readonly FilterName[] = FACET_NAMES;

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
}

export function emptyState(): SearchState {
  return { q: '', filters: { jurisdiction: [], function: [], status: [], kind: [] } };
}

export function readSearchState(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const name of FILTER_NAMES) state.filters[name] = [...new Set(params.getAll(name).map((value) => value.trim()).filter(Boolean))];
  return state;
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}
