// A release history made in memory by the real release modules: each set of tables serialised as its
// release file, chained by SHA-256, checked and diffed as the build does (src/lib/releases/).
import { checkChain, type ReleaseFileText } from '../../src/lib/releases/chain.ts';
import { sha256Hex } from '../../src/lib/releases/read-releases.ts';
import { releaseFileName, serializeRelease, type ReleaseRecord, type ReleaseTables } from '../../src/lib/releases/release-file.ts';
import { releaseHistory, type ReleaseHistory } from '../../src/lib/releases/release-history.ts';

/** Releases 1, 2, … of the tables given, in order, each for its data date; `current`: what the data folder holds now. */
export function releaseHistoryOf(releases: readonly { asOf: string; tables: ReleaseTables }[], current: ReleaseTables, currentAsOf: string): ReleaseHistory {
  const files: ReleaseFileText[] = [];
  releases.forEach(({ asOf, tables }, index) => {
    const text = serializeRelease({ release: index + 1, as_of: asOf, note: `第 ${index + 1} 版`, previous: files.at(-1)?.sha256 ?? null, tables });
    files.push({ name: releaseFileName(index + 1), text, sha256: sha256Hex(text) });
  });
  const chain = checkChain(files);
  if (chain.problems.length > 0) throw new Error(chain.problems.map((problem) => problem.messageEn).join('; '));
  return releaseHistory(chain, current, currentAsOf);
}

/** The tables with some platforms' fields replaced, and platforms added (records in full). */
export function editPlatforms(tables: ReleaseTables, edits: Record<string, Record<string, unknown>>, added: readonly ReleaseRecord[] = []): ReleaseTables {
  const platforms = [...tables.platforms.map((record) => ({ ...record, ...edits[record.id] })), ...added];
  return { ...tables, platforms: platforms.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}
