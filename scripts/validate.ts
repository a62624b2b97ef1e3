// npm run validate [-- --data DIR] [--strict]: checks a data folder and builds nothing.
import { loadSite } from '../src/lib/load-site.ts';
import { readWorkbooks } from '../src/lib/contract/read-workbook.ts';
import { readCliOptions } from './lib/cli-options.ts';
import { reportModelNotes, reportProblems } from './lib/report.ts';

const options = readCliOptions(process.argv.slice(2), process.env, process.cwd());
const { model, problems } = loadSite({
  dataDir: options.dataDir,
  dataDirLabel: options.dataLabel,
  contentDir: new URL('../content', import.meta.url).pathname,
  asOfOverride: options.asOf,
  strict: options.strict,
  workbooks: await readWorkbooks(options.dataDir, options.dataLabel),
});
const ok = reportProblems(problems, options.dataLabel);
if (model) {
  reportModelNotes(model);
  const latest = model.releases?.releases.at(-1);
  if (model.releases && !model.releases.matchesLatest && latest) {
    console.warn(`[提示 note] 数据自第 ${latest.number} 版（${latest.file}）发布以来已有改动：发布网站前请先运行 npm run release。\n  the data changed since release ${latest.number} (${latest.file}): make a release before building the site.`);
  }
  const counts = Object.entries(model.statusCounts).map(([status, count]) => `${status} ${count}`).join(', ');
  console.log(`  as of ${model.asOf}: ${model.platforms.length} platforms (${counts}), ${model.notices.length} notices, ${model.revocations.length} actions`);
}
process.exit(ok ? 0 : 1);
