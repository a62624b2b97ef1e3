// A platform's history: every dated step, publicity to revocation, each with the source it rests on.
import { addDays, type IsoDate } from '../dates.ts';

/** An article of a rules document: `{ rulesId: 'yangjiang', article: 20, item: 4 }` is 第二十条（四）. */
export interface ArticleRef {
  rulesId: string;
  article: number;
  item: number | null;
}

export type EventSource =
  | { kind: 'notice'; noticeId: string; title: string; ref: string | null; url: string | null }
  | { kind: 'decision'; ref: string | null }
  | { kind: 'action'; revocationId: string; ref: string | null; url: string | null; ground: ArticleRef | null }
  | { kind: 'rules'; article: ArticleRef | null };

export type HistoryEventKind = 'publicity' | 'recognised' | 'suspended' | 'reinstated' | 'revoked' | 'expired';

export interface HistoryEvent {
  date: IsoDate;
  kind: HistoryEventKind;
  /** Plain words for the step, e.g. the reason of a revocation. */
  detail: string | null;
  /** Last day of a publicity period. */
  until: IsoDate | null;
  source: EventSource;
}

const ORDER: Record<HistoryEventKind, number> = { publicity: 0, recognised: 1, suspended: 2, reinstated: 3, revoked: 4, expired: 5 };

export interface HistoryInput {
  notices: readonly { id: string; title: string; ref: string | null; url: string | null; startsOn: IsoDate; endsOn: IsoDate | null }[];
  certifiedOn: IsoDate | null;
  decisionRef: string | null;
  validUntil: IsoDate | null;
  validityArticle: ArticleRef | null;
  actions: readonly { id: string; action: 'revoked' | 'suspended' | 'reinstated'; decidedOn: IsoDate; reason: string; ref: string | null; url: string | null; ground: ArticleRef | null }[];
}

/** The events up to and including `asOf`, oldest first; what is dated later has not happened yet. */
export function platformHistory(input: HistoryInput, asOf: IsoDate): HistoryEvent[] {
  const events: HistoryEvent[] = input.notices.map((notice) => ({
    date: notice.startsOn,
    kind: 'publicity',
    detail: null,
    until: notice.endsOn,
    source: { kind: 'notice', noticeId: notice.id, title: notice.title, ref: notice.ref, url: notice.url },
  }));
  if (input.certifiedOn !== null) {
    events.push({ date: input.certifiedOn, kind: 'recognised', detail: null, until: input.validUntil, source: { kind: 'decision', ref: input.decisionRef } });
  }
  for (const action of input.actions) {
    events.push({
      date: action.decidedOn,
      kind: action.action,
      detail: action.reason,
      until: null,
      source: { kind: 'action', revocationId: action.id, ref: action.ref, url: action.url, ground: action.ground },
    });
  }
  const revoked = input.actions.some((action) => action.action === 'revoked' && action.decidedOn <= asOf);
  if (input.validUntil !== null && !revoked) {
    events.push({ date: addDays(input.validUntil, 1), kind: 'expired', detail: null, until: null, source: { kind: 'rules', article: input.validityArticle } });
  }
  return events
    .filter((event) => event.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind]);
}

/** `yangjiang#20.4` → { rulesId: 'yangjiang', article: 20, item: 4 }. */
export function parseGround(ground: string): ArticleRef | null {
  const match = /^([a-z0-9-]+)#(\d+)(?:\.(\d+))?$/.exec(ground);
  if (!match) return null;
  return { rulesId: match[1] ?? '', article: Number(match[2]), item: match[3] === undefined ? null : Number(match[3]) };
}

/** A provision's first cite (`23`, `12.3`) as an article reference. */
export function citeToArticle(rulesId: string, cite: string | undefined): ArticleRef | null {
  return cite === undefined ? null : parseGround(`${rulesId}#${cite}`);
}
