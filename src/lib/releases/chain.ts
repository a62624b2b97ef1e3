// The releases as a chain: numbered from 1 without gaps, each naming the SHA-256 of the file before
// it. A release file edited after the next was made no longer has the hash its successor names, and
// one taken away leaves a gap: either stops the build (scripts/build.ts) and fails `npm run verify`.
// The hashes are computed by the caller (node:crypto in the build, Web Crypto in the browser).
import { RELEASE_FILE_NAME, releaseFileName, releaseFileSchema, type ReleaseFile } from './release-file.ts';

export interface ReleaseFileText {
  /** The file's name in releases/ (0007.json). */
  name: string;
  text: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

export interface ChainProblem {
  /** The release file at fault. */
  file: string;
  messageZh: string;
  messageEn: string;
}

export interface CheckedChain {
  releases: { file: ReleaseFileText; release: ReleaseFile }[];
  problems: ChainProblem[];
}

export function checkChain(files: readonly ReleaseFileText[]): CheckedChain {
  const problems: ChainProblem[] = [];
  const releases: CheckedChain['releases'] = [];
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
  let expected = 1;
  sorted.forEach((file, index) => {
    const named = RELEASE_FILE_NAME.exec(file.name);
    if (!named) {
      problems.push({ file: file.name, messageZh: '发布文件应以版本号命名，如 0001.json', messageEn: 'a release file is named by its number, e.g. 0001.json' });
      return;
    }
    const number = Number(named[1]);
    const gap = number !== expected;
    if (gap) {
      problems.push({ file: file.name, messageZh: `发布文件应依次编号：此前应有 ${releaseFileName(expected)}，第 ${expected} 版缺失`, messageEn: `release files are numbered without gaps: ${releaseFileName(expected)} should come before this one; release ${expected} is missing` });
    }
    expected = number + 1;
    let release: ReleaseFile;
    try {
      const parsed = releaseFileSchema.safeParse(JSON.parse(file.text));
      if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      release = parsed.data;
    } catch (error) {
      problems.push({ file: file.name, messageZh: `不是有效的发布文件：${(error as Error).message}`, messageEn: `not a valid release file: ${(error as Error).message}` });
      return;
    }
    if (release.release !== number) {
      problems.push({ file: file.name, messageZh: `文件内的版本号为 ${release.release}，与文件名不符`, messageEn: `the file says it is release ${release.release}, not what its name says` });
    }
    const before = sorted[index - 1];
    const previous = before ? before.sha256 : null;
    // Past a gap the hashes cannot agree: the gap is the fault to name.
    if (!gap && release.previous !== previous) {
      // The file before this one is the one that changed: name it first.
      problems.push(
        before
          ? { file: before.name, messageZh: `${before.name} 在第 ${number} 版发布后被改动：${file.name} 记录的上一版 SHA-256 为 ${release.previous ?? '（无）'}，该文件现为 ${before.sha256}`, messageEn: `${before.name} was changed after release ${number} was made: ${file.name} records its SHA-256 as ${release.previous ?? '(none)'}, the file now hashes to ${before.sha256}` }
          : { file: file.name, messageZh: '第 1 版不应记录上一版的哈希', messageEn: 'release 1 has no previous release to name' },
      );
    }
    releases.push({ file, release });
  });
  return { releases, problems };
}
