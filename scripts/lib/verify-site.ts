// What `npm run verify` checks of a built site (src/lib/releases/published-chain.ts): its release
// files and their chain against /data/releases.json, its open data against the latest release's
// recorded hashes, and which release each file the user names belongs to.
import { describeMatches, findDigest } from '../../src/lib/releases/chain-lookup.ts';
import type { ReleaseFileText } from '../../src/lib/releases/chain.ts';
import { formatChineseDate } from '../../src/lib/dates.ts';
import { checkPublishedChain, publishedChainSchema, type PublishedChain } from '../../src/lib/releases/published-chain.ts';
import { OPEN_DATA_FOLDER, PUBLISHED_CHAIN_PATH, PUBLISHED_RELEASES_FOLDER } from '../../src/lib/releases/published-paths.ts';
import { sha256Hex } from '../../src/lib/releases/read-releases.ts';
import type { SiteSource } from './site-source.ts';

export interface VerifyLine {
  ok: boolean;
  zh: string;
  en: string;
}

export interface NamedFile {
  /** As the user gave it. */
  path: string;
  bytes: Buffer;
}

export async function verifySite(source: SiteSource, named: readonly NamedFile[]): Promise<VerifyLine[]> {
  const lines: VerifyLine[] = [];
  const say = (ok: boolean, zh: string, en: string) => lines.push({ ok, zh, en });
  const chain = await readChain(source, say);
  if (!chain) return lines;

  const files: ReleaseFileText[] = [];
  const listed = new Set(chain.releases.map((entry) => entry.file));
  // In a folder, a release file that releases.json does not list is seen too; over HTTP only the listed ones can be asked for.
  const names = [...listed, ...(source.list(PUBLISHED_RELEASES_FOLDER) ?? []).filter((name) => name.endsWith('.json') && !listed.has(name))];
  for (const name of names) {
    const bytes = await source.read(`${PUBLISHED_RELEASES_FOLDER}${name}`);
    if (bytes) files.push({ name, text: bytes.toString('utf8'), sha256: sha256Hex(bytes) });
  }
  const problems = checkPublishedChain(chain, files);
  for (const problem of problems) say(false, `${problem.file === 'releases.json' ? PUBLISHED_CHAIN_PATH : `${PUBLISHED_RELEASES_FOLDER}${problem.file}`}：${problem.messageZh}`, problem.messageEn);
  const latest = chain.releases.at(-1);
  if (problems.length === 0) {
    say(true, `哈希链完整：${chain.releases.length} 个版本，每个发布文件与 releases.json 记录的 SHA-256 一致，每版记录的上一版哈希无误`, `the chain holds: ${chain.releases.length} release(s), each file matches the SHA-256 releases.json records and names the one before it`);
  }

  if (chain.release === null) {
    say(false, `本站为预览版：所示数据不是任何已发布的版本，其开放数据无从核对`, `the site is a preview: its data is not any release's, so its open data cannot be checked against one`);
  } else if (latest) {
    let matching = 0;
    for (const [name, recorded] of Object.entries(latest.files)) {
      const path = `${OPEN_DATA_FOLDER}${name}`;
      const bytes = await source.read(path);
      if (!bytes) say(false, `${path} 不在站点上`, `${path} is not on the site`);
      else if (sha256Hex(bytes) !== recorded) say(false, `${path} 与第 ${latest.release} 版记录的 SHA-256 不符`, `${path} does not match the SHA-256 release ${latest.release} records for it`);
      else matching += 1;
    }
    if (matching === Object.keys(latest.files).length) {
      say(true, `本站开放数据的 ${matching} 个文件均与第 ${latest.release} 版（${formatChineseDate(latest.as_of)}）记录的 SHA-256 一致`, `the site's ${matching} open-data files match the SHA-256 release ${latest.release} (${latest.as_of}) records`);
    }
  }

  for (const file of named) {
    const described = describeMatches(findDigest(chain, sha256Hex(file.bytes)));
    if (described) say(true, `${file.path} 是${described.zh}`, `${file.path} is ${described.en}`);
    else say(false, `${file.path} 与本名录任何一版发布的文件都不一致`, `${file.path} matches no file of any release of this register`);
  }
  return lines;
}

async function readChain(source: SiteSource, say: (ok: boolean, zh: string, en: string) => void): Promise<PublishedChain | null> {
  const bytes = await source.read(PUBLISHED_CHAIN_PATH);
  if (!bytes) {
    say(false, `${source.label} 没有 ${PUBLISHED_CHAIN_PATH}：该站点由没有发布版本（releases/）的数据文件夹构建，没有可核验的哈希链`, `${source.label} has no ${PUBLISHED_CHAIN_PATH}: the site was built from a data folder without releases/, so there is no chain to check`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    say(false, `${PUBLISHED_CHAIN_PATH} 不是有效的 JSON：${(error as Error).message}`, `${PUBLISHED_CHAIN_PATH} is not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const parsed = publishedChainSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    say(false, `${PUBLISHED_CHAIN_PATH} 格式不符：${issues}`, `${PUBLISHED_CHAIN_PATH} is not in the expected form: ${issues}`);
    return null;
  }
  return parsed.data;
}
