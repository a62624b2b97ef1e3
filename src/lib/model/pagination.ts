// Splits a long list into pages: at national scale a directory of tens of thousands of rows would
// be one page no one can load; the full list is in the open data.

export const PAGE_SIZE = 200;

export interface ListPage<T> {
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, count, items: items.slice(index * size, (index + 1) * size) }));
}

/** Page 1 is the list's own address; page N is `<base>page/N/`. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** A list's `[...page]` route parameter for the address pageUrl gives: none for page 1, `page/N` after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}
