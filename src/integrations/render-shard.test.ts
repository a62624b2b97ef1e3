import { describe, expect, it } from 'vitest';
import { parseRenderShard, pathsOfShard } from './render-shard.ts';

describe('parseRenderShard', () => {
  it('reads index/count, and nothing as no sharing', () => {
    expect(parseRenderShard('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseRenderShard(undefined)).toBeNull();
    expect(parseRenderShard('')).toBeNull();
  });

  it('refuses what would render no page or every page twice', () => {
    for (const value of ['2/2', '0/0', 'a/2', '1', '-1/2']) expect(() => parseRenderShard(value), value).toThrow(/SITE_RENDER_SHARD/);
  });
});

describe('pathsOfShard', () => {
  it('deals every path to exactly one share, each route spread over all of them', () => {
    const paths = ['/a/1/', '/a/2/', '/a/3/', '/b/1/', '/b/2/'];
    const shares = [0, 1].map((index) => pathsOfShard(paths, { index, count: 2 }));
    expect(shares).toEqual([['/a/1/', '/a/3/', '/b/2/'], ['/a/2/', '/b/1/']]);
    expect(shares.flat().sort()).toEqual([...paths].sort());
    expect(pathsOfShard(paths, { index: 0, count: 1 })).toEqual(paths);
  });
});
