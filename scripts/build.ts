// npm run build [-- --data DIR] [--strict] [--out DIR] [--render-processes N] [--preview]: validate → Astro build → search indexes, into a
// staging folder beside the output that replaces it only when every step succeeded (output-swap.ts).
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src/lib/load-site.ts';
import { readWorkbooks } from '../src/lib/contract/read-workbook.ts';
import { readCliOptions } from './lib/cli-options.ts';
import { reportModelNotes, reportProblems, reportReleaseState } from './lib/report.ts';
import { buildPages, defaultRenderProcesses, indexPages, writePlatformIndex } from './lib/pipeline.ts';
import { writeHeadersFile } from './lib/headers.ts';
import { writeSitemap } from './lib/sitemap.ts';
import { writeRegisterWorkbook } from './lib/register-workbook-file.ts';
import { writePlatformRecords } from './lib/platform-records.ts';
import { basePathOf } from '../src/lib/site-base.ts';
import { prepareOutputSwap } from './lib/output-swap.ts';
import { clearAbandonedFolders } from './lib/work-folders.ts';
import { platformSearchEntries } from '../src/lib/search/search-records.ts';
import { publishReleases } from './lib/publish-releases.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const secondsSince = (start: number) => ((performance.now() - start) / 1000).toFixed(1);
const options = readCliOptions(process.argv.slice(2), process.env, process.cwd());

const loaded = loadSite({
  dataDir: options.dataDir,
  dataDirLabel: options.dataLabel,
  contentDir: join(root, 'content'),
  asOfOverride: options.asOf,
  strict: options.strict,
  workbooks: await readWorkbooks(options.dataDir, options.dataLabel),
});
if (!reportProblems(loaded.problems, options.dataLabel) || !loaded.model) process.exit(1);
reportModelNotes(loaded.model);
if (!reportReleaseState(loaded.model, options.preview)) process.exit(1);

const output = prepareOutputSwap(options.outDir);
const scratch = join(root, '.build-tmp');
clearAbandonedFolders(scratch, 'dist-'); // Where builds before this layout staged their sites.
try {
  const processes = options.renderProcesses ?? defaultRenderProcesses(loaded.model.platforms.length);
  let started = performance.now();
  const pages = await buildPages({ root, outDir: output.staging, model: loaded.model, processes });
  console.log(`✓ 页面已生成（${processes} 个进程，${secondsSince(started)} 秒）/ pages rendered by ${processes} process(es) in ${secondsSince(started)} s`);
  await writeRegisterWorkbook(output.staging, loaded.model);
  publishReleases(output.staging, options.dataDir, loaded.model);
  writePlatformRecords(output.staging, loaded.model); // /platforms/<id>.json, before the sitemap lists them.
  const baseUrl = loaded.model.site.base_url;
  writeHeadersFile(output.staging, pages.policies, basePathOf(baseUrl));
  // A sitemap lists absolute addresses: only with base_url.
  if (baseUrl) writeSitemap(output.staging, baseUrl);
  started = performance.now();
  writePlatformIndex(output.staging, platformSearchEntries(loaded.model));
  await indexPages(output.staging);
  console.log(`✓ 搜索索引已生成（${secondsSince(started)} 秒）/ search index built in ${secondsSince(started)} s`);
} catch (error) {
  output.discard();
  console.error(`\n✗ 构建失败，${relative(process.cwd(), options.outDir) || options.outDir} 保持原样。\n✗ The build failed; ${options.outDir} was left as it was.`);
  console.error(error);
  process.exit(1);
}
output.commit();
console.log(`✓ ${relative(process.cwd(), options.outDir) || options.outDir}: site built as of ${loaded.model.asOf}.`);
