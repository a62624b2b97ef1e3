import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkChain, type ReleaseFileText } from './chain.ts';
import { diffTables } from './diff.ts';
import { releaseFileSchema, sameTables, serializeRelease, type ReleaseFile, type ReleaseTables } from './release-file.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const tables = (platforms: ReleaseTables['platforms']): ReleaseTables => ({ jurisdictions: [{ id: 'weihai', name: '威海市' }], platforms, notices: [], revocations: [] });
const platform = (id: string, phone: string) => ({ id, name: `平台${id}`, phone, functions: ['training'] });

/** Release files as `npm run release` writes them, each naming the hash of the one before. */
function chainOf(...states: ReleaseTables[]): ReleaseFileText[] {
  const files: ReleaseFileText[] = [];
  states.forEach((state, index) => {
    const text = serializeRelease({ release: index + 1, as_of: '2026-11-18', note: `第${index + 1}版`, previous: files.at(-1)?.sha256 ?? null, tables: state });
    files.push({ name: `${String(index + 1).padStart(4, '0')}.json`, text, sha256: sha(text) });
  });
  return files;
}

describe('a release file', () => {
  it('is JSON with sorted keys and one record per line, the same bytes for the same release', () => {
    const release: ReleaseFile = { release: 2, as_of: '2026-11-18', note: '更正电话', previous: 'a'.repeat(64), tables: tables([{ phone: '1', id: 'b', name: 'B' }]) };
    const text = serializeRelease(release);
    expect(releaseFileSchema.parse(JSON.parse(text))).toEqual(release);
    expect(text).toContain('\n{"id":"b","name":"B","phone":"1"}\n');
    expect(text.split('\n').filter((line) => line.startsWith('{"id"'))).toHaveLength(2);
    expect(serializeRelease(JSON.parse(text) as ReleaseFile)).toBe(text);
  });

  it('compares releases by their records, whatever the key order', () => {
    expect(sameTables(tables([{ id: 'a', name: 'A', phone: '1' }]), tables([{ phone: '1', name: 'A', id: 'a' }]))).toBe(true);
    expect(sameTables(tables([{ id: 'a', phone: '1' }]), tables([{ id: 'a', phone: '2' }]))).toBe(false);
  });
});

describe('the chain of releases', () => {
  it('holds when each file names the hash of the one before and the numbers run without gaps', () => {
    const { releases, problems } = checkChain(chainOf(tables([]), tables([platform('a', '1')]), tables([platform('a', '2')])));
    expect(problems).toEqual([]);
    expect(releases.map(({ release }) => release.release)).toEqual([1, 2, 3]);
  });

  it('names an earlier file edited after the next release was made, by one byte', () => {
    const files = chainOf(tables([platform('a', '1')]), tables([platform('a', '2')]));
    const edited = (files[0]?.text ?? '').replace('"phone":"1"', '"phone":"7"');
    files[0] = { name: '0001.json', text: edited, sha256: sha(edited) };
    const { problems } = checkChain(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('0001.json');
    expect(problems[0]?.messageEn).toMatch(/^0001\.json was changed after release 2 was made/);
  });

  it('finds a release taken away, and a first release that names a previous one', () => {
    const files = chainOf(tables([]), tables([platform('a', '1')]), tables([platform('a', '2')]));
    expect(checkChain([files[0], files[2]] as ReleaseFileText[]).problems.map((problem) => problem.file)).toEqual(['0003.json']);
    expect(checkChain(files.slice(1)).problems.map((problem) => problem.file)).toEqual(['0002.json']);
  });
});

describe('what changed between releases', () => {
  it('lists removals first, then additions and changes field by field', () => {
    const before = tables([platform('a', '010-1'), platform('b', '2')]);
    const after = tables([platform('a', '010-9'), platform('c', '3')]);
    const changes = diffTables(before, after);
    expect(changes.map((change) => [change.kind, change.id])).toEqual([
      ['removed', 'b'],
      ['changed', 'a'],
      ['added', 'c'],
    ]);
    expect(changes[1]?.fields).toEqual([{ field: 'phone', before: '010-1', after: '010-9' }]);
  });

  it('counts every record of the first release as added', () => {
    expect(diffTables(null, tables([platform('a', '1')])).map((change) => change.kind)).toEqual(['added', 'added']);
  });
});
