// Prints the problems of a data folder and says whether the build may go on.
import { formatProblem, hasErrors, type Problem } from '../../src/lib/contract/problems.ts';
import type { SiteModel } from '../../src/lib/model/site-model.ts';

export function reportProblems(problems: readonly Problem[], dataLabel: string): boolean {
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  if (hasErrors(problems)) {
    console.error(`\n✗ ${dataLabel}：${errors} 个错误，${warnings} 个警告。未生成任何文件。\n✗ ${dataLabel}: ${errors} error(s), ${warnings} warning(s). Nothing was written.`);
    return false;
  }
  console.log(`✓ ${dataLabel}：数据有效${warnings > 0 ? `（${warnings} 个警告）` : ''}。 / data valid${warnings > 0 ? ` (${warnings} warning(s))` : ''}.`);
  return true;
}

/**
 * What the build computed, or could not make, that a clerk should know: end dates counted on a
 * calendar not yet published; the plaque QR codes, which need the site's absolute address.
 */
export function reportModelNotes(model: SiteModel): void {
  if (!model.site.base_url) {
    console.warn(
      '[提示 note] site.json 未提供 base_url，无法生成需要完整网址的内容：平台页的核验二维码、订阅源（RSS、日历）、站点地图和规范链接，均已略去。\n' +
        '  site.json gives no base_url: what needs absolute addresses (the platform pages\' verification QR codes, the feeds, the sitemap, canonical links) cannot be made and is left out.',
    );
  }
  for (const notice of model.notices.filter((view) => view.period.endsOnProvisional)) {
    console.warn(
      `[提示 note] 公示 ${notice.record.id} 的结束日 ${notice.period.endsOn} 所在年度的节假日安排尚未公布，暂按周一至周五推算，页面和开放数据中标为暂定。\n` +
        `  notice ${notice.record.id}: its end ${notice.period.endsOn} falls in a year whose holiday arrangement is not yet published; counted Monday to Friday and marked provisional.`,
    );
  }
}

/**
 * A data folder with releases publishes its latest release: one that has changed since (its records or
 * its data date) is refused, or built with --preview as a preview that says so on every page.
 * Returns whether the build may go on.
 */
export function reportReleaseState(model: SiteModel, preview: boolean): boolean {
  const history = model.releases;
  if (history === null || history.matchesLatest) return true;
  const latest = history.releases.at(-1);
  const since = latest ? `第 ${latest.number} 版（${latest.file}）` : '';
  const sinceEn = latest ? `release ${latest.number} (${latest.file})` : '';
  if (preview) {
    console.warn(`[提示 note] 数据自${since}发布以来已有改动：按预览生成，每页标明“预览”。\n  the data changed since ${sinceEn}: built as a preview, marked so on every page.`);
    return true;
  }
  console.error(
    `✗ 数据自${since}发布以来已有改动（记录或数据日期），网站只发布已发布的版本。请先运行 npm run release -- --note "说明" 发布新版本，或加 --preview 生成预览。\n` +
      `✗ The data changed since ${sinceEn} (its records or data date); the site publishes releases only. Run npm run release -- --note "…" first, or add --preview to build a preview.`,
  );
  return false;
}
