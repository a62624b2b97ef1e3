// The model the pages render: every record with what the build computes as of one day.
import type { ReleaseHistory } from '../releases/release-history.ts';
import type { IsoDate } from '../dates.ts';
import { officialCalendar, type HolidayCalendar } from '../calendar/working-days.ts';
import type { Dataset } from '../contract/load-data-folder.ts';
import { isFunctionCode, type FunctionCode } from '../contract/functions.ts';
import type { Jurisdiction, Notice, Platform, Revocation, Site } from '../contract/tables.ts';
import type { RulesCatalog, RulesDocument } from '../rules/load-rules.ts';
import { citeToArticle, parseGround, platformHistory, type ArticleRef, type HistoryEvent } from './history.ts';
import { countedDays, publicityPeriod, type PublicityPeriod } from './notice-period.ts';
import { daysLeft, noticeState, type NoticeState } from './notice-state.ts';
import { objectionView, type ObjectionView } from './objection.ts';
import { computeReapplyAfter, computeValidUntil } from './recognition.ts';
import { issuingAuthorities, type AuthorityView } from './authorities.ts';
import { PLATFORM_STATUSES, statusOn, titleEnd, type PlatformStatus, type TitleEnd } from './status.ts';
import { statusReport, type StatusReport } from './status-report.ts';

export interface PlatformFunction {
  /** As the data gives it: a canonical code or the jurisdiction's own name. */
  given: string;
  /** The jurisdiction's own name, where the rules have one for it. */
  localName: string | null;
  codes: FunctionCode[];
}

export interface PlatformView {
  record: Platform;
  jurisdiction: Jurisdiction;
  rules: RulesDocument;
  functions: PlatformFunction[];
  functionCodes: FunctionCode[];
  validUntil: IsoDate | null;
  validUntilComputed: boolean;
  /** The article setting the period of validity, which a computed end date rests on. */
  validityArticle: ArticleRef | null;
  status: PlatformStatus;
  statusSince: IsoDate | null;
  /** Where the title ends, as lists show it: a revoked platform's on the day of its revocation. */
  end: TitleEnd | null;
  /** What ended or suspended the title, said first on the platform's page; null while it is held. */
  statusReport: StatusReport | null;
  history: HistoryEvent[];
}

export interface NoticeView {
  record: Notice;
  jurisdiction: Jurisdiction;
  rules: RulesDocument;
  period: PublicityPeriod;
  /** The article setting the publicity period, which a computed end date rests on. */
  periodArticle: ArticleRef | null;
  state: NoticeState;
  /** The days that count toward the period (working days where the rules say 工作日). */
  countedDays: IsoDate[];
  /** Counted days left on the data date, that day included. */
  daysLeft: number;
  /** How to object, while the notice runs or is about to; null once it has closed. */
  objection: ObjectionView | null;
  platforms: PlatformView[];
}

export interface RevocationView {
  record: Revocation;
  platform: PlatformView;
  ground: ArticleRef | null;
  reapplyAfter: IsoDate | null;
  reapplyAfterComputed: boolean;
}

export interface JurisdictionView {
  record: Jurisdiction;
  rules: RulesDocument;
  platforms: PlatformView[];
  statusCounts: Record<PlatformStatus, number>;
}

export interface SiteModel {
  site: Site;
  asOf: IsoDate;
  sample: boolean;
  rules: RulesCatalog;
  jurisdictions: JurisdictionView[];
  platforms: PlatformView[];
  notices: NoticeView[];
  revocations: RevocationView[];
  statusCounts: Record<PlatformStatus, number>;
  /** Who recognises the platforms, for every page's footer: worked out once, not on each of 40,000 pages. */
  authorities: AuthorityView[];
  /** The data folder's releases (releases/), when it has them: what changed, release by release. */
  releases: ReleaseHistory | null;
}

/** Builds the model from a dataset that passed validation (every reference resolves). */
export function buildSiteModel(dataset: Dataset, catalog: RulesCatalog, asOf: IsoDate, calendar: HolidayCalendar = officialCalendar): SiteModel {
  const jurisdictions = new Map(dataset.jurisdictions.map(({ record }) => [record.id, record]));
  const rulesOf = (jurisdictionId: string): RulesDocument => {
    const rulesId = jurisdictions.get(jurisdictionId)?.rules ?? '';
    const document = catalog.documents.get(rulesId);
    if (!document) throw new Error(`no rules for jurisdiction ${jurisdictionId}: validate the data first`);
    return document;
  };

  const periods = new Map<string, PublicityPeriod>();
  for (const { record } of dataset.notices) {
    const period = publicityPeriod(record, rulesOf(record.jurisdiction).provisions, calendar);
    if (!period) throw new Error(`notice ${record.id} has no computable period: validate the data first`);
    periods.set(record.id, period);
  }

  const reapplyAfter = new Map(
    dataset.revocations.map(({ record }) => {
      const ground = record.ground === undefined ? null : parseGround(record.ground);
      const groundRules = ground ? (catalog.documents.get(ground.rulesId) ?? null) : null;
      return [record.id, computeReapplyAfter(record, groundRules?.provisions ?? null)];
    }),
  );
  const actionsByPlatform = groupBy(dataset.revocations.map(({ record }) => record), (action) => [action.platform]);
  const noticesByPlatform = groupBy(dataset.notices.map(({ record }) => record), (notice) => notice.platforms);

  const platforms = dataset.platforms.map(({ record }) => {
    const rules = rulesOf(record.jurisdiction);
    const validUntil = computeValidUntil(record, rules.provisions);
    const actions = (actionsByPlatform.get(record.id) ?? []).map((action) => ({
        id: action.id,
        action: action.action,
        decidedOn: action.decided_on,
        reason: action.reason,
        ref: action.ref ?? null,
        url: action.source_url ?? null,
        ground: action.ground === undefined ? null : parseGround(action.ground),
      }));
    const notices = (noticesByPlatform.get(record.id) ?? []).map((notice) => {
        const period = periods.get(notice.id);
        return { id: notice.id, title: notice.title, ref: notice.ref ?? null, url: notice.source_url ?? null, startsOn: period?.startsOn ?? notice.published_on, endsOn: period?.endsOn ?? null };
      });
    const status = statusOn({ certifiedOn: record.certified_on ?? null, validUntil, actions }, asOf);
    const functions = resolveFunctions(record, rules);
    const validityArticle = citeToArticle(rules.id, rules.provisions.validity_years.cite[0]);
    const history = platformHistory(
      {
        notices,
        certifiedOn: record.certified_on ?? null,
        decisionRef: record.decision_ref ?? null,
        validUntil,
        validityArticle,
        actions,
      },
      asOf,
    );
    const renewal = rules.provisions.renewal_mode;
    const view: PlatformView = {
      record,
      jurisdiction: jurisdictions.get(record.jurisdiction) as Jurisdiction,
      rules,
      functions,
      functionCodes: [...new Set(functions.flatMap((fn) => fn.codes))],
      validUntil,
      validUntilComputed: record.valid_until === undefined && validUntil !== null,
      validityArticle,
      status: status.status,
      statusSince: status.since,
      end: titleEnd(validUntil, status),
      statusReport: statusReport({
        status: status.status,
        since: status.since,
        history,
        validUntil,
        decisionRef: record.decision_ref ?? null,
        validity: { article: validityArticle, years: rules.provisions.validity_years.value },
        renewal: renewal.value === null ? null : { mode: renewal.value, article: citeToArticle(rules.id, renewal.cite[0]) },
        reapplyAfter,
      }),
      history,
    };
    return view;
  });
  const platformById = new Map(platforms.map((view) => [view.record.id, view]));

  const notices = dataset.notices.map(({ record }): NoticeView => {
    const period = periods.get(record.id) as PublicityPeriod;
    const counted = countedDays(period, calendar);
    const rules = rulesOf(record.jurisdiction);
    const jurisdiction = jurisdictions.get(record.jurisdiction) as Jurisdiction;
    const state = noticeState(period, asOf);
    return {
      record,
      jurisdiction,
      rules,
      period,
      periodArticle: citeToArticle(rules.id, rules.provisions.publicity_days.cite[0]),
      state,
      countedDays: counted,
      daysLeft: daysLeft(counted, asOf),
      objection: objectionView({ state, notice: record, period, jurisdiction, rules }),
      platforms: record.platforms.map((id) => platformById.get(id)).filter((view) => view !== undefined),
    };
  });

  const revocations = dataset.revocations.map(({ record }): RevocationView => {
    const platform = platformById.get(record.platform) as PlatformView;
    const ground = record.ground === undefined ? null : parseGround(record.ground);
    const reapply = reapplyAfter.get(record.id) ?? null;
    return { record, platform, ground, reapplyAfter: reapply, reapplyAfterComputed: record.reapply_after === undefined && reapply !== null };
  });

  const jurisdictionViews = dataset.jurisdictions.map(({ record }): JurisdictionView => {
    const own = platforms.filter((view) => view.record.jurisdiction === record.id);
    return { record, rules: rulesOf(record.id), platforms: own, statusCounts: countStatuses(own) };
  });

  return {
    site: dataset.site,
    asOf,
    sample: dataset.site.sample === true,
    rules: catalog,
    jurisdictions: jurisdictionViews,
    platforms,
    notices,
    revocations,
    statusCounts: countStatuses(platforms),
    authorities: issuingAuthorities(jurisdictionViews),
    releases: null,
  };
}

function resolveFunctions(platform: Platform, rules: RulesDocument): PlatformFunction[] {
  return platform.functions.map((given) => {
    if (isFunctionCode(given)) return { given, localName: null, codes: [given] };
    const matches = rules.functions.filter((fn) => fn.name === given);
    const fitting = matches.find((fn) => fn.applies_to === undefined || fn.applies_to === platform.kind) ?? matches[0];
    return { given, localName: given, codes: fitting?.codes ?? [] };
  });
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function countStatuses(platforms: readonly PlatformView[]): Record<PlatformStatus, number> {
  const counts = Object.fromEntries(PLATFORM_STATUSES.map((status) => [status, 0])) as Record<PlatformStatus, number>;
  for (const view of platforms) counts[view.status] += 1;
  return counts;
}
