// npm run release [-- --data DIR] [--note "说明"]: validates the data folder and appends its next
// release to DIR/releases/ (src/lib/releases/): the data date, the note, every table's records, and
// the SHA-256 of the release before. Refuses when nothing changed since the last release; never
// rewrites a file that exists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src/lib/load-site.ts';
import { readWorkbooks } from '../src/lib/contract/read-workbook.ts';
import { checkChain } from '../src/lib/releases/chain.ts';
import { readReleaseFiles, RELEASES_FOLDER } from '../src/lib/releases/read-releases.ts';
import { releaseFileName, releaseTables, sameTables, serializeRelease } from '../src/lib/releases/release-file.ts';
import { reportProblems } from './lib/report.ts';

const argv = process.argv.slice(2);
let dataLabel = process.env['SITE_DATA_DIR'] || 'data';
let note = '';
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i];
  if (arg === '--data') dataLabel = argv[++i] ?? usage();
  else if (arg === '--note') note = argv[++i] ?? usage();
  else usage();
}
const dataDir = resolve(process.cwd(), dataLabel);
const root = join(fileURLToPath(import.meta.url), '..', '..');
const loaded = loadSite({ dataDir, dataDirLabel: dataLabel, contentDir: join(root, 'content'), asOfOverride: process.env['SITE_AS_OF'], workbooks: await readWorkbooks(dataDir, dataLabel) });
if (!reportProblems(loaded.problems, dataLabel) || !loaded.model || !loaded.dataset) process.exit(1);

const tables = releaseTables(loaded.dataset);
const asOf = loaded.model.asOf;
const chain = checkChain(readReleaseFiles(dataDir) ?? []);
const last = chain.releases.at(-1);
if (last && last.release.as_of === asOf && sameTables(last.release.tables, tables)) {
  console.error(`✗ 自第 ${last.release.release} 版（${last.file.name}）以来数据没有变化，未发布新版本。\n✗ Nothing changed since release ${last.release.release} (${last.file.name}): no release made.`);
  process.exit(1);
}
const number = (last?.release.release ?? 0) + 1;
const text = serializeRelease({ release: number, as_of: asOf, note, previous: last?.file.sha256 ?? null, tables });
const folder = join(dataDir, RELEASES_FOLDER);
mkdirSync(folder, { recursive: true });
const path = join(folder, releaseFileName(number));
// 'wx': never over a file that exists, even one that appeared since the folder was read.
writeFileSync(path, text, { flag: 'wx' });
console.log(`✓ 第 ${number} 版已发布：${relative(process.cwd(), path)}\n✓ release ${number} made: ${relative(process.cwd(), path)}`);

function usage(): never {
  console.error('usage: npm run release [-- --data DIR] [--note "说明"]');
  process.exit(2);
}
