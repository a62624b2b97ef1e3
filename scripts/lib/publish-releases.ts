// The build's step that lets anyone check the register (src/lib/releases/published-chain.ts): every
// release file of the data folder copied byte for byte to /data/releases/, and /data/releases.json,
// the chain with the SHA-256 of each open-data file each release makes. Run after the pages are
// rendered, so that the latest release's hashes are checked against the files the site now serves.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteModel } from '../../src/lib/model/site-model.ts';
import { checkChain } from '../../src/lib/releases/chain.ts';
import { serializePublishedChain, type PublishedChain } from '../../src/lib/releases/published-chain.ts';
import { OPEN_DATA_FOLDER, PUBLISHED_CHAIN_PATH, PUBLISHED_RELEASES_FOLDER } from '../../src/lib/releases/published-paths.ts';
import { readReleaseFiles, sha256Hex } from '../../src/lib/releases/read-releases.ts';
import { publishedChainOf } from '../../src/lib/releases/release-open-data.ts';

const inSite = (siteDir: string, sitePath: string) => join(siteDir, ...sitePath.split('/').filter(Boolean));

/** null when the data folder has no releases: the site then publishes no chain (and /data/verify/ says so). */
export function publishReleases(siteDir: string, dataDir: string, model: SiteModel): PublishedChain | null {
  if (!model.releases) return null;
  const started = performance.now();
  const files = readReleaseFiles(dataDir) ?? [];
  const chain = checkChain(files);
  // The files must be the ones the build checked when it loaded the data, not edited since.
  const checked = model.releases.releases.map((release) => `${release.file} ${release.sha256}`).join('\n');
  if (chain.problems.length > 0 || files.map((file) => `${file.name} ${file.sha256}`).join('\n') !== checked) {
    throw new Error('发布文件在构建过程中被改动 / the release files changed while the site was being built');
  }
  const folder = inSite(siteDir, PUBLISHED_RELEASES_FOLDER);
  mkdirSync(folder, { recursive: true });
  for (const file of files) {
    const bytes = Buffer.from(file.text, 'utf8');
    if (sha256Hex(bytes) !== file.sha256) throw new Error(`${file.name}: 不是有效的 UTF-8 文本 / not valid UTF-8`);
    writeFileSync(join(folder, file.name), bytes);
  }
  const published = publishedChainOf({ chain, site: model.site, catalog: model.rules, asOf: model.asOf, matchesLatest: model.releases.matchesLatest });
  const latest = published.releases.at(-1);
  if (published.release !== null && latest) {
    // What the site serves is what its release makes: a difference is a fault of the build, never published.
    for (const [name, hash] of Object.entries(latest.files)) {
      const served = sha256Hex(readFileSync(join(inSite(siteDir, OPEN_DATA_FOLDER), name)));
      if (served !== hash) throw new Error(`${OPEN_DATA_FOLDER}${name} 与由第 ${latest.release} 版重建的文件不同 / differs from the file rebuilt from release ${latest.release}`);
    }
  }
  writeFileSync(inSite(siteDir, PUBLISHED_CHAIN_PATH), serializePublishedChain(published));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`✓ 已发布 ${files.length} 个版本及其哈希链（${seconds} 秒）/ ${files.length} release(s) and their chain published in ${seconds} s`);
  return published;
}
