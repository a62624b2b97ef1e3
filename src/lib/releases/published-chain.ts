// /data/releases.json: the chain as a built site publishes it, for anyone to check (npm run verify,
// /data/verify/): each release with its number, data date, note, file (under /data/releases/, copied
// byte for byte from the data folder), that file's SHA-256 and the one before it, and the SHA-256 of
// each open-data file the release makes (release-open-data.ts).
import * as z from 'zod';
import { checkChain, type ChainProblem, type ReleaseFileText } from './chain.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const publishedReleaseSchema = z.strictObject({
  release: z.number().int().positive(),
  as_of: isoDate,
  note: z.string(),
  /** The file's name under /data/releases/ (0001.json). */
  file: z.string(),
  /** Its size, so that a reader knows what checking the chain will download. */
  bytes: z.number().int().nonnegative(),
  sha256,
  previous: sha256.nullable(),
  /** The SHA-256 of each open-data file the release makes, by name under /data/ (platforms.csv, …). */
  files: z.record(z.string(), sha256),
});
export type PublishedRelease = z.infer<typeof publishedReleaseSchema>;

export const publishedChainSchema = z.strictObject({
  /** The data date of the site that published this file. */
  as_of: isoDate,
  /** The release whose data the site shows; null when the site is a preview of data not yet released. */
  release: z.number().int().positive().nullable(),
  /** Oldest first. */
  releases: z.array(publishedReleaseSchema),
});
export type PublishedChain = z.infer<typeof publishedChainSchema>;

/** The file's text: keys in a fixed order and each release's files sorted by name, so the same chain always gives the same bytes. */
export function serializePublishedChain(chain: PublishedChain): string {
  const ordered: PublishedChain = {
    as_of: chain.as_of,
    release: chain.release,
    releases: chain.releases.map((entry) => ({
      release: entry.release,
      as_of: entry.as_of,
      note: entry.note,
      file: entry.file,
      bytes: entry.bytes,
      sha256: entry.sha256,
      previous: entry.previous,
      files: Object.fromEntries(Object.entries(entry.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Checks release files as fetched from a site against its releases.json: the chain of the files
 * themselves (chain.ts), and that releases.json records each file as it is: its hash, the hash before
 * it, its number, data date and note. Problems name the release file at fault.
 */
export function checkPublishedChain(chain: PublishedChain, files: readonly ReleaseFileText[]): ChainProblem[] {
  const checked = checkChain(files);
  const problems: ChainProblem[] = [...checked.problems];
  const byName = new Map(checked.releases.map((entry) => [entry.file.name, entry]));
  chain.releases.forEach((entry, index) => {
    const problem = (messageZh: string, messageEn: string) => problems.push({ file: entry.file, messageZh, messageEn });
    const before = chain.releases[index - 1];
    if (entry.release !== index + 1) problem(`releases.json 中第 ${index + 1} 项的版本号为 ${entry.release}`, `entry ${index + 1} of releases.json says release ${entry.release}`);
    if (entry.previous !== (before?.sha256 ?? null)) problem(`releases.json 记录的上一版 SHA-256 与其记录的第 ${index} 版不符`, `releases.json records a previous SHA-256 that is not the one it records for release ${index}`);
    const found = byName.get(entry.file);
    if (!found) {
      if (!files.some((file) => file.name === entry.file)) problem(`releases.json 列出的 ${entry.file} 不在站点上`, `${entry.file}, listed in releases.json, is not on the site`);
      return; // A file that is there but fails the chain has its problem from checkChain.
    }
    if (found.file.sha256 !== entry.sha256) {
      problem(`${entry.file} 与 releases.json 记录的 SHA-256 不符：记录为 ${entry.sha256}，文件为 ${found.file.sha256}`, `${entry.file} does not match the SHA-256 releases.json records: recorded ${entry.sha256}, the file hashes to ${found.file.sha256}`);
    }
    if (found.release.release !== entry.release || found.release.as_of !== entry.as_of || found.release.note !== entry.note || found.release.previous !== entry.previous) {
      problem(`${entry.file} 的版本号、数据日期、说明或上一版 SHA-256 与 releases.json 的记录不符`, `${entry.file}: its number, data date, note or previous SHA-256 differ from what releases.json records`);
    }
  });
  for (const file of files) {
    if (!chain.releases.some((entry) => entry.file === file.name)) problems.push({ file: file.name, messageZh: `${file.name} 未列入 releases.json`, messageEn: `${file.name} is not listed in releases.json` });
  }
  const latest = chain.releases.at(-1);
  if (chain.release !== null && chain.release !== latest?.release) {
    problems.push({ file: 'releases.json', messageZh: `releases.json 称本站数据为第 ${chain.release} 版，但最新一版为第 ${latest?.release ?? 0} 版`, messageEn: `releases.json says the site shows release ${chain.release}, but the latest is release ${latest?.release ?? 0}` });
  }
  return problems;
}
