// The open data a release makes: its tables, as the contract validated them when it was released,
// modelled as of its own data date with this build's rules and code, and written as the site writes
// /data/platforms.json and its siblings (open-data/records.ts). For the latest release these are the
// site's own files; for an earlier one, the files a site built then published, when the build's code
// (and the rules documents) were the same as now.
import type { Dataset, Located } from '../contract/load-data-folder.ts';
import type { Site } from '../contract/tables.ts';
import { buildSiteModel, type SiteModel } from '../model/site-model.ts';
import { openDataFiles } from '../open-data/records.ts';
import type { RulesCatalog } from '../rules/load-rules.ts';
import type { CheckedChain } from './chain.ts';
import type { PublishedChain } from './published-chain.ts';
import { sha256Hex } from './read-releases.ts';
import type { ReleaseFile } from './release-file.ts';

/**
 * A release's tables as a dataset. A release holds no site.json: the site's settings are today's,
 * which the open data's records do not carry. Each record is located at the release file, for messages.
 */
export function releaseDataset(release: ReleaseFile, fileName: string, site: Site): Dataset {
  const at = { file: fileName };
  const located = <T>(records: readonly unknown[]): Located<T>[] => records.map((record) => ({ record: record as T, at }));
  return {
    site,
    siteFile: fileName,
    jurisdictions: located(release.tables.jurisdictions),
    platforms: located(release.tables.platforms),
    notices: located(release.tables.notices),
    revocations: located(release.tables.revocations),
  };
}

/** The model of a release as of its data date. */
export function releaseModel(release: ReleaseFile, fileName: string, site: Site, catalog: RulesCatalog): SiteModel {
  return buildSiteModel(releaseDataset(release, fileName, site), catalog, release.as_of);
}

/** Each open-data file the release makes, by name (platforms.csv, …): its SHA-256, hex. */
export function openDataHashes(model: SiteModel): Record<string, string> {
  return Object.fromEntries(openDataFiles(model).map((file) => [file.name, sha256Hex(file.text)]));
}

export interface PublishedChainInput {
  /** The data folder's releases, checked (chain.ts): a broken chain never gets this far. */
  chain: CheckedChain;
  site: Site;
  catalog: RulesCatalog;
  /** The built site's data date. */
  asOf: string;
  /** Whether the site shows the latest release's data (ReleaseHistory.matchesLatest); otherwise it is a preview. */
  matchesLatest: boolean;
}

/**
 * /data/releases.json for a site: every release with its file's hash and the hashes of the open data
 * it makes, each release modelled anew from its tables (about 2 s a release at 20,000 platforms, README).
 */
export function publishedChainOf(input: PublishedChainInput): PublishedChain {
  const latest = input.chain.releases.at(-1)?.release.release ?? null;
  return {
    as_of: input.asOf,
    release: input.matchesLatest ? latest : null,
    releases: input.chain.releases.map(({ file, release }) => ({
      release: release.release,
      as_of: release.as_of,
      note: release.note,
      file: file.name,
      bytes: Buffer.byteLength(file.text, 'utf8'),
      sha256: file.sha256,
      previous: release.previous,
      files: openDataHashes(modelOrExplain(release, file.name, input)),
    })),
  };
}

function modelOrExplain(release: ReleaseFile, fileName: string, input: PublishedChainInput): SiteModel {
  try {
    return releaseModel(release, fileName, input.site, input.catalog);
  } catch (error) {
    // Its tables passed validation when released; today's rules may no longer hold a document they name.
    throw new Error(`无法由第 ${release.release} 版（${fileName}）重建其开放数据：${(error as Error).message}\ncannot rebuild the open data of release ${release.release} (${fileName}): ${(error as Error).message}`, { cause: error });
  }
}
