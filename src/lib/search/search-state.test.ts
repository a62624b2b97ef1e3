import { describe, expect, it } from 'vitest';
import { emptyState, hasFilters, readSearchState, writeSearchState } from './search-state.ts';

describe('search state in the address bar', () => {
  it('reads the query and repeated filters, ignoring blanks and duplicates', () => {
    const state = readSearchState(new URLSearchParams('q=%20海岳%20&function=培训服务&function=培训服务&function=&jurisdiction=威海市&other=x'));
    expect(state).toEqual({ q: '海岳', filters: { jurisdiction: ['威海市'], function: ['培训服务'], status: [], kind: [] } });
  });

  it('writes what it reads, so a shared link gives the same search', () => {
    const text = 'q=%E6%B5%B7%E5%B2%B3&jurisdiction=%E5%A8%81%E6%B5%B7%E5%B8%82&function=%E5%9F%B9%E8%AE%AD%E6%9C%8D%E5%8A%A1&function=%E8%9E%8D%E8%B5%84%E6%9C%8D%E5%8A%A1';
    expect(writeSearchState(readSearchState(new URLSearchParams(text))).toString()).toBe(text);
    expect(writeSearchState(emptyState()).toString()).toBe('');
  });

  it('tells whether any filter is chosen', () => {
    expect(hasFilters(readSearchState(new URLSearchParams('function=培训服务&function=融资服务&status=有效')))).toBe(true);
    expect(hasFilters(readSearchState(new URLSearchParams('q=海岳')))).toBe(false);
    expect(hasFilters(emptyState())).toBe(false);
  });
});
