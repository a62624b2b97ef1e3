// What a platform's page says first when the title is suspended, revoked or has expired: what
// happened, on which day, by which decision, on which article, and why. Read from the history, so
// that the status box and the history below it can never tell two stories.
import type { IsoDate } from '../dates.ts';
import type { ArticleRef, HistoryEvent } from './history.ts';
import type { PlatformStatus } from './status.ts';

export interface DecisionReport {
  kind: 'decision';
  status: 'suspended' | 'revoked';
  /** The day of the decision. */
  on: IsoDate;
  /** The action's id: its entry in the history and in the register of actions. */
  actionId: string;
  ref: string | null;
  url: string | null;
  ground: ArticleRef | null;
  reason: string;
  /** For a revocation: the first day the operator may apply again, where the data or the rules give one. */
  reapplyAfter: IsoDate | null;
}

export interface ExpiryReport {
  kind: 'expiry';
  status: 'expired';
  /** The first day without the title. */
  on: IsoDate;
  lastValidDay: IsoDate;
  /** The recognition whose period ran out: its 文号. */
  ref: string | null;
  /** The article setting the period, and its length. */
  article: ArticleRef | null;
  years: number | null;
  /**
   * How the rules let a platform keep its title at the end of the period; its article is null where
   * it is the article of the period itself (Weihai 第二十三条 says both), cited once already.
   */
  renewal: { mode: 'review' | 'reapply'; article: ArticleRef | null } | null;
}

export type StatusReport = DecisionReport | ExpiryReport;

export interface StatusReportInput {
  status: PlatformStatus;
  since: IsoDate | null;
  /** The history up to the data date (platformHistory). */
  history: readonly HistoryEvent[];
  validUntil: IsoDate | null;
  decisionRef: string | null;
  validity: { article: ArticleRef | null; years: number | null };
  renewal: ExpiryReport['renewal'];
  /** reapply_after of each action, by its id. */
  reapplyAfter: ReadonlyMap<string, IsoDate | null>;
}

/** The report for a suspended, revoked or expired title; null for an active one or a candidate. */
export function statusReport(input: StatusReportInput): StatusReport | null {
  const { status, since } = input;
  if (since === null) return null;
  if (status === 'suspended' || status === 'revoked') {
    // The step that began the status: the latest of its kind on the day it began.
    const event = input.history.findLast((entry) => entry.kind === status && entry.date === since);
    if (!event || event.source.kind !== 'action') return null;
    const { revocationId, ref, url, ground } = event.source;
    return {
      kind: 'decision',
      status,
      on: event.date,
      actionId: revocationId,
      ref,
      url,
      ground,
      reason: event.detail ?? '',
      reapplyAfter: status === 'revoked' ? (input.reapplyAfter.get(revocationId) ?? null) : null,
    };
  }
  if (status === 'expired' && input.validUntil !== null) {
    return {
      kind: 'expiry',
      status,
      on: since,
      lastValidDay: input.validUntil,
      ref: input.decisionRef,
      article: input.validity.article,
      years: input.validity.years,
      renewal: input.renewal && { mode: input.renewal.mode, article: sameArticle(input.renewal.article, input.validity.article) ? null : input.renewal.article },
    };
  }
  return null;
}

function sameArticle(a: ArticleRef | null, b: ArticleRef | null): boolean {
  return a !== null && b !== null && a.rulesId === b.rulesId && a.article === b.article && a.item === b.item;
}
