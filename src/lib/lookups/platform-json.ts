// /platforms/<id>.json: one platform as a static API — its open-data record, its status as of the
// data date, its history with the source of each step, and the releases that changed its record.
// The shape is the schema below (documented in the README and on /data/); `format` names its version.
import * as z from 'zod';
import { PLATFORM_STATUSES } from '../model/status.ts';
import type { ArticleRef, EventSource, HistoryEvent } from '../model/history.ts';
import type { PlatformView } from '../model/site-model.ts';
import { openPlatformRecord } from '../open-data/records.ts';
import { changesOf, type RecordChangeEntry, type ReleaseHistory } from '../releases/release-history.ts';
import { formatArticle } from '../rules/format-provision.ts';
import { STATUS_LABELS } from '../labels.ts';
import { withBase } from '../site-base.ts';
import { articleUrl, codeUrl, noticeUrl, platformUrl } from '../urls.ts';

/** Raised only when a field changes meaning or goes away; a field added beside the others keeps it. */
export const PLATFORM_JSON_FORMAT = 'sme-platform-record/1';

const date = z.iso.date();
/** A path on this site, under its base (`/sme/platforms/x/`): it resolves against the file's own address. */
const sitePath = z.string().startsWith('/');

const articleSchema = z.strictObject({
  rules_id: z.string(),
  article: z.number().int().positive(),
  item: z.number().int().positive().nullable(),
  /** 第十四条（一）. */
  label: z.string(),
  url: sitePath,
});

const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('notice'), notice_id: z.string(), title: z.string(), ref: z.string().nullable(), source_url: z.string().nullable(), url: sitePath }),
  z.strictObject({ kind: z.literal('decision'), ref: z.string().nullable() }),
  z.strictObject({ kind: z.literal('action'), revocation_id: z.string(), ref: z.string().nullable(), source_url: z.string().nullable() }),
  z.strictObject({ kind: z.literal('rules') }),
]);

const stepSchema = z.strictObject({
  date,
  kind: z.enum(['publicity', 'recognised', 'suspended', 'reinstated', 'revoked', 'expired']),
  /** The last day of a publicity period, or of the recognition. */
  until: date.nullable(),
  /** The reason of a decision. */
  detail: z.string().nullable(),
  source: sourceSchema,
  /** The article of the rules the step rests on: a decision's ground, the period of validity. */
  article: articleSchema.nullable(),
});

const recordChangeSchema = z.strictObject({
  release: z.number().int().positive(),
  as_of: date,
  kind: z.enum(['added', 'changed', 'removed']),
  /** For a change: each field that differs; null where the field was not given. */
  fields: z.array(z.strictObject({ field: z.string(), before: z.json(), after: z.json() })),
});

export const platformJsonSchema = z.strictObject({
  format: z.literal(PLATFORM_JSON_FORMAT),
  as_of: date,
  id: z.string(),
  /** The platform's page, and the page of every platform its operator's code holds. */
  url: sitePath,
  code_url: sitePath,
  /** As in /data/platforms.json. */
  record: z.record(z.string(), z.json()),
  status: z.enum(PLATFORM_STATUSES),
  status_label: z.string(),
  status_since: date.nullable(),
  valid_until: date.nullable(),
  valid_until_computed: z.boolean(),
  history: z.array(stepSchema),
  /** The releases that changed the record, oldest first; empty when the site has no releases. */
  changes: z.array(recordChangeSchema),
});
export type PlatformJson = z.infer<typeof platformJsonSchema>;

export interface PlatformJsonContext {
  asOf: string;
  /** The path the site is served under ('/' or '/sme/'). */
  base: string;
  releases: ReleaseHistory | null;
}

export function platformJson(view: PlatformView, context: PlatformJsonContext): PlatformJson {
  const at = (path: string) => withBase(context.base, path);
  const { id, uscc } = view.record;
  return {
    format: PLATFORM_JSON_FORMAT,
    as_of: context.asOf,
    id,
    url: at(platformUrl(id)),
    code_url: at(codeUrl(uscc)),
    record: openPlatformRecord(view) as PlatformJson['record'],
    status: view.status,
    status_label: STATUS_LABELS[view.status],
    status_since: view.statusSince,
    valid_until: view.validUntil,
    valid_until_computed: view.validUntilComputed,
    history: view.history.map((event) => historyStep(event, at)),
    changes: changesOf(context.releases, 'platforms', id).map(recordChange),
  };
}

/** The file's text: the same platform on the same data date always gives the same bytes. */
export function platformJsonText(view: PlatformView, context: PlatformJsonContext): string {
  return `${JSON.stringify(platformJson(view, context), null, 2)}\n`;
}

type At = (sitePath: string) => string;

function historyStep(event: HistoryEvent, at: At): PlatformJson['history'][number] {
  return { date: event.date, kind: event.kind, until: event.until, detail: event.detail, source: stepSource(event.source, at), article: articleOf(event.source, at) };
}

function stepSource(source: EventSource, at: At): PlatformJson['history'][number]['source'] {
  switch (source.kind) {
    case 'notice':
      return { kind: 'notice', notice_id: source.noticeId, title: source.title, ref: source.ref, source_url: source.url, url: at(noticeUrl(source.noticeId)) };
    case 'decision':
      return { kind: 'decision', ref: source.ref };
    case 'action':
      return { kind: 'action', revocation_id: source.revocationId, ref: source.ref, source_url: source.url };
    case 'rules':
      return { kind: 'rules' };
  }
}

function articleOf(source: EventSource, at: At): PlatformJson['history'][number]['article'] {
  const ref: ArticleRef | null = source.kind === 'action' ? source.ground : source.kind === 'rules' ? source.article : null;
  if (ref === null) return null;
  return { rules_id: ref.rulesId, article: ref.article, item: ref.item, label: formatArticle(ref.article, ref.item), url: at(articleUrl(ref)) };
}

function recordChange(entry: RecordChangeEntry): PlatformJson['changes'][number] {
  return {
    release: entry.release,
    as_of: entry.asOf,
    kind: entry.change.kind,
    fields: entry.change.fields.map((field) => ({ field: field.field, before: jsonValue(field.before), after: jsonValue(field.after) })),
  };
}

/** A release record's value (JSON already); a field not given is null. */
const jsonValue = (value: unknown): z.infer<ReturnType<typeof z.json>> => (value === undefined ? null : (value as z.infer<ReturnType<typeof z.json>>));
