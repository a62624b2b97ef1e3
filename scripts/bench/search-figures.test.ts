import { describe, expect, it } from 'vitest';
import { searchDetails, searchTable, spread, summariseSearch, type FirstSearch, type NetworkRun } from './search-figures.ts';
import type { QueryKind } from './search-queries.ts';

const KB = 1024;
const first = (kind: QueryKind, query: string, ms: number | null, pageKb: number, searchKb: number, files: number): FirstSearch => ({
  kind,
  query,
  ms,
  status: ms === null ? '找到 0 个平台。' : '找到 3 个平台。',
  page: { bytes: pageKb * KB, files: 4 },
  search: { bytes: searchKb * KB, files },
});
const later = (kind: QueryKind, query: string, ms: number | null) => ({ kind, query, ms, status: ms === null ? '搜索暂时无法使用' : '找到 1 个平台。' });

const runs: NetworkRun[] = [
  {
    network: 'unthrottled',
    first: [first('name', '海洋', 400, 16, 200, 40), first('code', '351883', 300, 16, 180, 20), first('function', '培训', 500, 16, 190, 42)],
    later: [later('code', '82H3DT', 50), later('function', '融资', 150), later('name', '数字', 60), later('function', '法律', 140), later('name', '广高', 70), later('code', '8UKX4', 40)],
  },
  {
    network: 'slow 4G',
    first: [first('name', '海洋', 3100, 16, 200, 40), first('code', '351883', 2400, 16, 180, 20), first('function', '培训', null, 16, 190, 42)],
    later: [later('code', '82H3DT', 900), later('function', '融资', 1100), later('name', '数字', 450), later('function', '法律', null), later('name', '广高', 480), later('code', '8UKX4', 1000)],
  },
];

describe('spread', () => {
  it('is the lower middle value and the largest; null of nothing', () => {
    expect(spread([3, 1, 4, 2])).toEqual({ median: 2, worst: 4 });
    expect(spread([5])).toEqual({ median: 5, worst: 5 });
    expect(spread([])).toBeNull();
  });
});

describe('summariseSearch', () => {
  const summary = summariseSearch(runs);

  it('pools the first searches of both networks for the bytes, the page and the query apart and together', () => {
    expect(summary.traffic.code).toEqual({
      page: { bytes: { median: 16 * KB, worst: 16 * KB }, files: { median: 4, worst: 4 } },
      search: { bytes: { median: 180 * KB, worst: 180 * KB }, files: { median: 20, worst: 20 } },
      total: { bytes: { median: 196 * KB, worst: 196 * KB }, files: { median: 24, worst: 24 } },
    });
    expect(summary.traffic.all.total.bytes).toEqual({ median: 206 * KB, worst: 216 * KB });
  });

  it('times each network apart, per kind and all together, leaving out and counting the queries without results', () => {
    expect(summary.times.unthrottled.all).toEqual({ first: { median: 400, worst: 500 }, firstSearches: 3, firstFailures: 0, later: { median: 60, worst: 150 }, laterQueries: 6, laterFailures: 0 });
    expect(summary.times['slow 4G'].function).toEqual({ first: null, firstSearches: 1, firstFailures: 1, later: { median: 1100, worst: 1100 }, laterQueries: 2, laterFailures: 1 });
    expect(summary.failures).toEqual(['slow 4G, first search, function word "培训": 找到 0 个平台。', 'slow 4G, later query, function word "法律": 搜索暂时无法使用']);
  });

  it('writes the README table, a column per kind, and the details', () => {
    expect(searchTable(summary, 1)).toEqual([
      '| search page: 1 new visitors per kind and network | name piece | code ending | function word | all |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| page + first query, KB, median / worst | 216.0 / 216.0 | 196.0 / 196.0 | 206.0 / 206.0 | 206.0 / 216.0 |',
      '| page + first query, files, median / worst | 44 / 44 | 24 / 24 | 46 / 46 | 44 / 46 |',
      '| of which the page, KB (files), median | 16.0 (4) | 16.0 (4) | 16.0 (4) | 16.0 (4) |',
      '| first results, unthrottled, ms median / worst | 400 / 400 | 300 / 300 | 500 / 500 | 400 / 500 |',
      '| first results, slow 4G, ms median / worst | 3,100 / 3,100 | 2,400 / 2,400 | – (1 failed) | 2,400 / 3,100 (1 failed) |',
      '| later queries, unthrottled, ms median / worst | 60 / 70 | 40 / 50 | 140 / 150 | 60 / 150 |',
      '| later queries, slow 4G, ms median / worst | 450 / 480 | 900 / 1,000 | 1,100 / 1,100 (1 failed) | 900 / 1,100 (1 failed) |',
    ]);
    expect(searchDetails(summary)).toEqual([
      'search traffic, name piece (median / worst): page 16.0 / 16.0 KB in 4 / 4 files, first query 200.0 / 200.0 KB in 40 / 40 files, together 216.0 / 216.0 KB in 44 / 44 files',
      'search traffic, code ending (median / worst): page 16.0 / 16.0 KB in 4 / 4 files, first query 180.0 / 180.0 KB in 20 / 20 files, together 196.0 / 196.0 KB in 24 / 24 files',
      'search traffic, function word (median / worst): page 16.0 / 16.0 KB in 4 / 4 files, first query 190.0 / 190.0 KB in 42 / 42 files, together 206.0 / 206.0 KB in 46 / 46 files',
      'search traffic, all (median / worst): page 16.0 / 16.0 KB in 4 / 4 files, first query 190.0 / 200.0 KB in 40 / 42 files, together 206.0 / 216.0 KB in 44 / 46 files',
      'search gave no results: slow 4G, first search, function word "培训": 找到 0 个平台。',
      'search gave no results: slow 4G, later query, function word "法律": 搜索暂时无法使用',
    ]);
  });
});
