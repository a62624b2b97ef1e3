// The one way into the data: read the folder and the rules, validate, and build the model as of a day.
import { loadDataFolder } from './contract/load-data-folder.ts';
import type { Workbooks } from './contract/read-workbook.ts';
import { reportNormalised } from './contract/normalise-report.ts';
import { hasErrors, hasTableErrors, problemAt, sortProblems, type Problem } from './contract/problems.ts';
import { validateDataset } from './contract/validate-dataset.ts';
import { parseContractDate, todayInChina, type IsoDate } from './dates.ts';
import { buildSiteModel, type SiteModel } from './model/site-model.ts';
import { loadRulesCatalog } from './rules/load-rules.ts';
import { publishedRules } from './rules/published-rules.ts';
import { checkChain } from './releases/chain.ts';
import { readReleaseFiles, RELEASES_FOLDER } from './releases/read-releases.ts';
import { releaseHistory, type ReleaseHistory } from './releases/release-history.ts';
import { releaseTables } from './releases/release-file.ts';
import type { Dataset } from './contract/load-data-folder.ts';

export interface LoadSiteOptions {
  dataDir: string;
  /** How the data folder is named in messages (the path the clerk gave). */
  dataDirLabel?: string;
  contentDir: string;
  /** SITE_AS_OF: overrides site.json's as_of. */
  asOfOverride?: string | undefined;
  /** --strict: warnings count as errors. */
  strict?: boolean;
  /** Tables given as Excel workbooks, read beforehand (contract/read-workbook.ts). */
  workbooks?: Workbooks;
  today?: IsoDate;
}

export interface LoadSiteResult {
  model: SiteModel | null;
  problems: Problem[];
  /** The validated tables (for `npm run release`); null when they have errors. */
  dataset: Dataset | null;
}

export function loadSite(options: LoadSiteOptions): LoadSiteResult {
  const dataLabel = options.dataDirLabel ?? options.dataDir;
  const { dataset, problems, normalised } = loadDataFolder(options.dataDir, dataLabel, options.workbooks);
  const rules = loadRulesCatalog(options.contentDir, { dir: options.dataDir, label: dataLabel });
  problems.push(...rules.problems);
  // A table at fault would only show again as its rows' references failing: its own problem comes alone.
  if (dataset && !hasTableErrors(problems)) problems.push(...validateDataset(dataset, rules.catalog));
  problems.push(...reportNormalised(normalised, dataLabel, options.strict ?? false));

  let asOf: IsoDate = dataset?.site.as_of ?? options.today ?? todayInChina();
  if (options.asOfOverride !== undefined && options.asOfOverride !== '') {
    const override = parseContractDate(options.asOfOverride);
    if (override === null) {
      problems.push(problemAt({ file: 'SITE_AS_OF' }, 'SITE_AS_OF 应为 YYYY-MM-DD 形式的真实日期', 'SITE_AS_OF should be a real date as YYYY-MM-DD', { value: options.asOfOverride }));
    } else {
      asOf = override;
    }
  }

  // The releases (releases/, optional): a broken chain is an error of the folder, whatever the tables hold.
  let releases: ReleaseHistory | null = null;
  const releaseFiles = readReleaseFiles(options.dataDir);
  if (releaseFiles !== null) {
    const chain = checkChain(releaseFiles);
    for (const problem of chain.problems) problems.push(problemAt({ file: `${dataLabel}/${RELEASES_FOLDER}/${problem.file}` }, problem.messageZh, problem.messageEn, { wholeTable: true }));
    if (dataset && chain.problems.length === 0) releases = releaseHistory(chain, releaseTables(dataset), asOf);
  }

  const final = options.strict ? problems.map((problem) => (problem.severity === 'warning' ? { ...problem, severity: 'error' as const } : problem)) : problems;
  const sorted = sortProblems(final);
  if (!dataset || hasErrors(sorted)) return { model: null, problems: sorted, dataset: null };
  const model = buildSiteModel(dataset, publishedRules(dataset, rules.catalog), asOf);
  return { model: { ...model, releases }, problems: sorted, dataset };
}
