import { describe, expect, it } from 'vitest';
import type { ReleaseFileText } from './chain.ts';
import { describeMatches, findDigest } from './chain-lookup.ts';
import { checkPublishedChain, publishedChainSchema, serializePublishedChain, type PublishedChain } from './published-chain.ts';
import { sha256Hex } from './read-releases.ts';
import { serializeRelease, type ReleaseTables } from './release-file.ts';

const tables = (phone: string): ReleaseTables => ({
  jurisdictions: [{ id: 'weihai', name: '威海市', rules: 'weihai' }],
  platforms: [{ id: 'p1', name: '测试平台', phone }],
  notices: [],
  revocations: [],
});
const fileOf = (name: string, text: string): ReleaseFileText => ({ name, text, sha256: sha256Hex(text) });
const hash = (seed: string) => sha256Hex(seed);

const first = serializeRelease({ release: 1, as_of: '2026-11-18', note: '首次发布', previous: null, tables: tables('0631-1') });
const second = serializeRelease({ release: 2, as_of: '2026-11-25', note: '更正电话', previous: sha256Hex(first), tables: tables('0631-2') });
const third = serializeRelease({ release: 3, as_of: '2026-12-02', note: '', previous: sha256Hex(second), tables: tables('0631-3') });
const files = [fileOf('0001.json', first), fileOf('0002.json', second), fileOf('0003.json', third)];

const published = (): PublishedChain => ({
  as_of: '2026-12-02',
  release: 3,
  releases: files.map((file, index) => ({
    release: index + 1,
    as_of: ['2026-11-18', '2026-11-25', '2026-12-02'][index] ?? '',
    note: ['首次发布', '更正电话', ''][index] ?? '',
    file: file.name,
    bytes: Buffer.byteLength(file.text),
    sha256: file.sha256,
    previous: index === 0 ? null : (files[index - 1]?.sha256 ?? null),
    // platforms.csv changes every release; notices.csv never does.
    files: { 'platforms.csv': hash(`platforms ${index + 1}`), 'notices.csv': hash('notices') },
  })),
});

describe('checking release files against releases.json', () => {
  it('finds nothing wrong with the files as released', () => {
    expect(publishedChainSchema.parse(published())).toEqual(published());
    expect(checkPublishedChain(published(), files)).toEqual([]);
  });

  it('names an earlier release file changed by one byte: the chain and the record both fail at it', () => {
    const changed = [fileOf('0001.json', first.replace('首次发布', '首次發布')), ...files.slice(1)];
    const problems = checkPublishedChain(published(), changed);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(new Set(problems.map((problem) => problem.file))).toEqual(new Set(['0001.json']));
    expect(problems.map((problem) => problem.messageEn).join('\n')).toMatch(/does not match the SHA-256 releases\.json records/);
  });

  it('names the latest release file changed, which only releases.json can vouch for', () => {
    const problems = checkPublishedChain(published(), [...files.slice(0, 2), fileOf('0003.json', third.replace('0631-3', '0631-4'))]);
    expect(problems.map((problem) => problem.file)).toEqual(['0003.json']);
  });

  it('names a release file missing from the site, and one the site has but releases.json does not list', () => {
    expect(checkPublishedChain(published(), files.slice(0, 2)).map((problem) => [problem.file, problem.messageEn])).toEqual([['0003.json', '0003.json, listed in releases.json, is not on the site']]);
    const shorter = published();
    shorter.releases = shorter.releases.slice(0, 2);
    shorter.release = 2;
    expect(checkPublishedChain(shorter, files).map((problem) => problem.file)).toEqual(['0003.json']);
  });

  it('names releases.json when its own records do not chain, or disagree with a file', () => {
    const broken = published();
    const [, two] = broken.releases;
    if (two) two.previous = hash('something else');
    expect(checkPublishedChain(broken, files).map((problem) => problem.file)).toEqual(['0002.json', '0002.json']);
    const renoted = published();
    if (renoted.releases[0]) renoted.releases[0].note = '另一说明';
    expect(checkPublishedChain(renoted, files).map((problem) => problem.messageEn)).toEqual(['0001.json: its number, data date, note or previous SHA-256 differ from what releases.json records']);
  });

  it('refuses a site that claims to show a release other than the latest', () => {
    const claim = published();
    claim.release = 2;
    expect(checkPublishedChain(claim, files).map((problem) => problem.file)).toEqual(['releases.json']);
    claim.release = null; // A preview shows none.
    expect(checkPublishedChain(claim, files)).toEqual([]);
  });

  it('is written the same way whatever order its fields were built in', () => {
    const shuffled = published();
    const entry = shuffled.releases[0];
    if (entry) shuffled.releases[0] = { files: { 'platforms.csv': entry.files['platforms.csv'] ?? '', 'notices.csv': entry.files['notices.csv'] ?? '' }, previous: entry.previous, sha256: entry.sha256, bytes: entry.bytes, file: entry.file, note: entry.note, as_of: entry.as_of, release: entry.release };
    expect(serializePublishedChain(shuffled)).toBe(serializePublishedChain(published()));
    const text = serializePublishedChain(published());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"notices.csv"')).toBeLessThan(text.indexOf('"platforms.csv"'));
  });
});

describe('which release a file belongs to', () => {
  it('names the release and the file', () => {
    const matches = findDigest(published(), hash('platforms 2'));
    expect(matches).toEqual([{ release: 2, asOf: '2026-11-25', file: 'platforms.csv', kind: 'open-data' }]);
    expect(describeMatches(matches)).toEqual({ zh: '第 2 版（2026年11月25日）发布的 platforms.csv', en: 'platforms.csv as published in release 2 (2026-11-25)' });
  });

  it('names every release that published the same file', () => {
    expect(describeMatches(findDigest(published(), hash('notices')))).toEqual({
      zh: '第 1、2、3 版（2026年11月18日、2026年11月25日、2026年12月2日）发布的 notices.csv',
      en: 'notices.csv as published in releases 1, 2, 3 (2026-11-18, 2026-11-25, 2026-12-02)',
    });
  });

  it('knows a release file itself, whatever the case of the hash given', () => {
    expect(describeMatches(findDigest(published(), sha256Hex(first).toUpperCase()))).toEqual({ zh: '第 1 版（2026年11月18日）的发布文件 0001.json', en: 'the release file 0001.json of release 1 (2026-11-18)' });
  });

  it('matches nothing for any other file', () => {
    expect(findDigest(published(), hash('altered'))).toEqual([]);
    expect(describeMatches([])).toBeNull();
  });
});
