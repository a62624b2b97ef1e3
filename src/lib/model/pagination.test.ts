import { describe, expect, it } from 'vitest';
import { pageParam, pageUrl, paginate } from './pagination.ts';

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => [page.number, page.count, page.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
  });
});

describe('pageUrl', () => {
  it('keeps page 1 at the list’s own address', () => {
    expect(pageUrl('/platforms/', 1)).toBe('/platforms/');
    expect(pageUrl('/platforms/sort/status/', 3)).toBe('/platforms/sort/status/page/3/');
  });
});

describe('pageParam', () => {
  it('names the address pageUrl gives, below the list’s own', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(`/platforms/${pageParam(3)}/`).toBe(pageUrl('/platforms/', 3));
  });
});
