// Reads a data folder's releases/ folder: each file's text and SHA-256, for chain.ts to check.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseFileText } from './chain.ts';

export const RELEASES_FOLDER = 'releases';

export const sha256Hex = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** null when the folder has no releases/: such a folder builds as it always has. */
export function readReleaseFiles(dataDir: string): ReleaseFileText[] | null {
  const folder = join(dataDir, RELEASES_FOLDER);
  if (!existsSync(folder)) return null;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(folder, name));
      return { name, text: bytes.toString('utf8'), sha256: sha256Hex(bytes) };
    });
}
