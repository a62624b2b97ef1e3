import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath, PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { testTempDir } from '../../../test/support/temp-tree.ts';
import { loadSite } from '../load-site.ts';
import { openDataFiles } from '../open-data/records.ts';
import { checkChain } from './chain.ts';
import { sha256Hex } from './read-releases.ts';
import { releaseTables, serializeRelease, type ReleaseFile } from './release-file.ts';
import { openDataHashes, publishedChainOf, releaseModel } from './release-open-data.ts';

const contentDir = join(PROJECT_ROOT, 'content');
const load = (dataDir: string, asOfOverride?: string) => {
  const loaded = loadSite({ dataDir, contentDir, asOfOverride });
  if (!loaded.model || !loaded.dataset) throw new Error('fixture did not load');
  return { model: loaded.model, dataset: loaded.dataset };
};
const { model, dataset } = load(fixturePath('register'));
const release = (number: number, tables = releaseTables(dataset), asOf = model.asOf, previous: string | null = null): ReleaseFile => ({ release: number, as_of: asOf, note: `第 ${number} 版`, previous, tables });
const siteHashes = (site: typeof model) => Object.fromEntries(openDataFiles(site).map((file) => [file.name, sha256Hex(file.text)]));

describe('the open data of a release', () => {
  it('is, byte for byte, what the site publishes from the data folder it was released from', () => {
    const hashes = openDataHashes(releaseModel(release(1), '0001.json', model.site, model.rules));
    expect(Object.keys(hashes).sort()).toEqual(['notices.csv', 'notices.json', 'platforms.csv', 'platforms.json', 'revocations.csv', 'revocations.json']);
    expect(hashes).toEqual(siteHashes(model));
  });

  it('does not depend on the order of the clerk’s rows, which a release does not keep', () => {
    const dir = join(testTempDir('data-'), 'data');
    cpSync(fixturePath('register'), dir, { recursive: true });
    const [header, ...rows] = readFileSync(join(dir, 'platforms.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'platforms.csv'), `${[header, ...rows.reverse()].join('\n')}\n`);
    const reordered = load(dir).model;
    expect(reordered.platforms[0]?.record.id).not.toBe(model.platforms[0]?.record.id);
    expect(siteHashes(reordered)).toEqual(siteHashes(model));
  });

  it('is computed as of the release’s own data date: statuses, notice states and the as_of of the JSON files', () => {
    const later = '2029-06-15';
    const hashes = openDataHashes(releaseModel(release(1, releaseTables(dataset), later), '0001.json', model.site, model.rules));
    expect(hashes).toEqual(siteHashes(load(fixturePath('register'), later).model));
    expect(hashes['platforms.json']).not.toBe(siteHashes(model)['platforms.json']);
  });

  it('names the release when its tables can no longer be modelled (a rules document gone)', () => {
    const tables = releaseTables(dataset);
    const orphan = { ...tables, jurisdictions: tables.jurisdictions.map((row) => ({ ...row, rules: 'no-such-rules' })) };
    const text = serializeRelease(release(1, orphan));
    const chain = checkChain([{ name: '0001.json', text, sha256: sha256Hex(text) }]);
    expect(() => publishedChainOf({ chain, site: model.site, catalog: model.rules, asOf: model.asOf, matchesLatest: true })).toThrow(/第 1 版（0001\.json）[\s\S]*release 1 \(0001\.json\)/);
  });
});

describe('the chain a site publishes', () => {
  const first = serializeRelease(release(1));
  const edited = releaseTables(dataset);
  edited.platforms = edited.platforms.map((row) => (row.id === 'fx-weihai-active' ? { ...row, phone: '0631-5550009' } : row));
  const second = serializeRelease(release(2, edited, model.asOf, sha256Hex(first)));
  const chain = checkChain([
    { name: '0001.json', text: first, sha256: sha256Hex(first) },
    { name: '0002.json', text: second, sha256: sha256Hex(second) },
  ]);

  it('lists each release with its file, size, hash, the hash before it, and the hashes of what it makes', () => {
    const published = publishedChainOf({ chain, site: model.site, catalog: model.rules, asOf: model.asOf, matchesLatest: true });
    expect(published.as_of).toBe(model.asOf);
    expect(published.release).toBe(2);
    expect(published.releases.map((entry) => [entry.release, entry.file, entry.bytes, entry.sha256, entry.previous])).toEqual([
      [1, '0001.json', Buffer.byteLength(first), sha256Hex(first), null],
      [2, '0002.json', Buffer.byteLength(second), sha256Hex(second), sha256Hex(first)],
    ]);
    const [one, two] = published.releases;
    expect(one?.files).toEqual(siteHashes(model));
    // Only the platforms changed, so only the platforms' files differ.
    expect(Object.keys(two?.files ?? {}).filter((name) => two?.files[name] !== one?.files[name])).toEqual(['platforms.json', 'platforms.csv']);
  });

  it('says that the site shows no release when it is a preview', () => {
    expect(publishedChainOf({ chain, site: model.site, catalog: model.rules, asOf: model.asOf, matchesLatest: false }).release).toBeNull();
  });
});
