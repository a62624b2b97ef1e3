// Which release a file belongs to, by its SHA-256: one of the open-data files a release made
// (platforms.csv, …) or a release file itself (0001.json). Plain code the browser runs too
// (/data/verify/), so it imports nothing but types and the date format.
import { formatChineseDate } from '../dates.ts';
import type { PublishedChain } from './published-chain.ts';

export interface FileMatch {
  release: number;
  asOf: string;
  /** The file's name: an open-data file under /data/, or the release file under /data/releases/. */
  file: string;
  kind: 'open-data' | 'release-file';
}

/** Every file of every release with this SHA-256 (hex), oldest release first: a file unchanged across releases belongs to each. */
export function findDigest(chain: PublishedChain, sha256: string): FileMatch[] {
  const digest = sha256.toLowerCase();
  return chain.releases.flatMap((entry) => [
    ...(entry.sha256 === digest ? [{ release: entry.release, asOf: entry.as_of, file: entry.file, kind: 'release-file' as const }] : []),
    ...Object.entries(entry.files)
      .filter(([, hash]) => hash === digest)
      .map(([file]) => ({ release: entry.release, asOf: entry.as_of, file, kind: 'open-data' as const })),
  ]);
}

/**
 * What the matches say of a file, completing "该文件是…" / "the file is …": 第 3 版（2026年11月18日）发布的
 * platforms.csv; for a file unchanged across releases, each of them; null when nothing matched.
 */
export function describeMatches(matches: readonly FileMatch[]): { zh: string; en: string } | null {
  if (matches.length === 0) return null;
  const parts = [...new Set(matches.map((match) => match.file))].map((file) => {
    const of = matches.filter((match) => match.file === file);
    const numbers = of.map((match) => match.release);
    const dates = [...new Set(of.map((match) => match.asOf))];
    const which = { zh: `第 ${numbers.join('、')} 版（${dates.map(formatChineseDate).join('、')}）`, en: `release${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} (${dates.join(', ')})` };
    return of[0]?.kind === 'release-file'
      ? { zh: `${which.zh}的发布文件 ${file}`, en: `the release file ${file} of ${which.en}` }
      : { zh: `${which.zh}发布的 ${file}`, en: `${file} as published in ${which.en}` };
  });
  return { zh: parts.map((part) => part.zh).join('，也是'), en: parts.map((part) => part.en).join(', and ') };
}
