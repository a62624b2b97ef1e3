// The change log in plain Chinese: what each release did to each record, as /changes/<n>/, a
// platform's 记录变更, the home page and the changes feed say it. Removals first: a record that
// leaves a public register is the exception a reader must not miss.
import * as z from 'zod';
import { FIELD_TITLES } from '../contract/field-titles.ts';
import { cellList, contractDate } from '../contract/fields.ts';
import { FUNCTION_LABELS, isFunctionCode } from '../contract/functions.ts';
import { TABLES, type TableName } from '../contract/tables.ts';
import { formatChineseDate } from '../dates.ts';
import { ACTION_LABELS, KIND_LABELS, LEVEL_LABELS, SCOPE_LABELS } from '../labels.ts';
import { parseGround } from '../model/history.ts';
import type { SiteModel } from '../model/site-model.ts';
import { formatArticle } from '../rules/format-provision.ts';
import type { ChangeCounts, ChangeKind, RecordChange } from './diff.ts';
import type { ReleaseRecord } from './release-file.ts';
import type { RecordChangeEntry, ReleaseHistory, ReleaseView } from './release-history.ts';

/** The order a release's changes are read in: kinds, then tables (platforms first: what readers look up). */
export const CHANGE_KIND_ORDER: readonly ChangeKind[] = ['removed', 'added', 'changed'];
const TABLE_ORDER: readonly TableName[] = ['platforms', 'revocations', 'notices', 'jurisdictions'];

export const TABLE_LABELS: Record<TableName, string> = { platforms: '平台', revocations: '处理决定', notices: '公示', jurisdictions: '地区' };

export const CHANGE_GROUP_HEADINGS: Record<ChangeKind, string> = { removed: '移除的记录', added: '新增的记录', changed: '变更的记录' };

/** 第 3 版 */
export const releaseTitle = (number: number): string => `第 ${number} 版`;

export const changesUrl = (number: number | null = null): string => (number === null ? '/changes/' : `/changes/${number}/`);

/** Where the site publishes a release file (open data, /data/releases/). */
export const releaseFileUrl = (file: string): string => `/data/releases/${file}`;

/** 新增 1、变更 2、移除 1 条记录: the counts that are not nought, removals last as the sentence runs. */
export function countsText(counts: ChangeCounts): string {
  const parts = [
    counts.added > 0 ? `新增 ${counts.added}` : null,
    counts.changed > 0 ? `变更 ${counts.changed}` : null,
    counts.removed > 0 ? `移除 ${counts.removed}` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? '记录无变化，仅更新数据日期' : `${parts.join('、')} 条记录`;
}

/** 第 3 版（2026年11月18日）：新增 1、变更 2、移除 1 条记录 */
export function releaseSummary(release: Pick<ReleaseView, 'number' | 'asOf' | 'counts'>): string {
  return `${releaseTitle(release.number)}（${formatChineseDate(release.asOf)}）：${countsText(release.counts)}`;
}

/** What the views look records up in, made once per history (and per render process). */
export interface ChangeContext {
  /** Each record as last released (as it was before its removal, for one removed), by `table/id`: for names. */
  latest: ReadonlyMap<string, ReleaseRecord>;
  /** Each platform's entries, oldest first: its own record's, and those of the actions that concern it. */
  byPlatform: ReadonlyMap<string, readonly RecordChangeEntry[]>;
  /** Platforms this site has a page for: the only ones a change links to. */
  platformPages: ReadonlySet<string>;
  /** Rules documents' titles by id, to name a ground's document. */
  rulesTitles: ReadonlyMap<string, string>;
}

export function changeContext(history: ReleaseHistory, platformPages: ReadonlySet<string>, rulesTitles: ReadonlyMap<string, string>): ChangeContext {
  const latest = new Map<string, ReleaseRecord>();
  const byPlatform = new Map<string, RecordChangeEntry[]>();
  const add = (platform: unknown, entry: RecordChangeEntry) => {
    if (typeof platform !== 'string') return;
    const entries = byPlatform.get(platform) ?? [];
    // An action moved from one platform to another is listed once under each.
    if (entries.at(-1) !== entry) entries.push(entry);
    byPlatform.set(platform, entries);
  };
  for (const release of history.releases) {
    for (const change of release.changes) {
      latest.set(`${change.table}/${change.id}`, change.record);
      const entry: RecordChangeEntry = { release: release.number, asOf: release.asOf, change };
      if (change.table === 'platforms') add(change.id, entry);
      if (change.table === 'revocations') {
        add(change.record['platform'], entry);
        for (const field of change.fields) if (field.field === 'platform') add(field.before, entry);
      }
    }
  }
  return { latest, byPlatform, platformPages, rulesTitles };
}

const contexts = new WeakMap<ReleaseHistory, ChangeContext>();

/** A model's change context, made once however many pages ask; null for a data folder without releases. */
export function modelChangeContext(model: Pick<SiteModel, 'releases' | 'platforms' | 'rules'>): ChangeContext | null {
  if (!model.releases || model.releases.releases.length === 0) return null;
  let context = contexts.get(model.releases);
  if (!context) {
    const titles = new Map([...model.rules.documents].map(([id, document]) => [id, document.meta.title]));
    context = changeContext(model.releases, new Set(model.platforms.map((view) => view.record.id)), titles);
    contexts.set(model.releases, context);
  }
  return context;
}

export interface KeyField {
  title: string;
  value: string;
}

export interface FieldChangeView {
  /** The field's Chinese name (FIELD_TITLES). */
  title: string;
  before: string;
  after: string;
}

export interface RecordChangeView {
  kind: ChangeKind;
  table: TableName;
  id: string;
  /** Unique on a release's page: `platforms-fx-weihai-active`. */
  anchor: string;
  /** 移除平台“…” / 新增处理决定：撤销“…”（2026年6月1日） / 平台“…”的记录有变更 */
  headline: string;
  /** The platform page the change concerns, where the site has one, and that platform's name. */
  platformId: string | null;
  platformName: string | null;
  /** For an addition or a removal: the fields that say which record it is. */
  keyFields: KeyField[];
  /** For a change: field by field, old → new. */
  fields: FieldChangeView[];
}

export function recordChangeView(change: RecordChange, context: ChangeContext): RecordChangeView {
  const record = change.record;
  const platformId = change.table === 'platforms' ? change.id : change.table === 'revocations' ? String(record['platform']) : null;
  return {
    kind: change.kind,
    table: change.table,
    id: change.id,
    anchor: `${change.table}-${change.id}`,
    headline: headline(change, context),
    platformId: platformId !== null && context.platformPages.has(platformId) ? platformId : null,
    platformName: platformId === null ? null : nameOf('platforms', platformId, context),
    keyFields: change.kind === 'changed' ? [] : KEY_FIELDS[change.table].filter((field) => record[field] !== undefined).map((field) => ({ title: fieldTitle(change.table, field), value: formatValue(change.table, field, record[field], context) })),
    fields: change.fields.map((field) => ({
      title: fieldTitle(change.table, field.field),
      before: formatValue(change.table, field.field, field.before, context),
      after: formatValue(change.table, field.field, field.after, context),
    })),
  };
}

/** A release's changes in reading order: removals, additions, changes; each in TABLE_ORDER, then by id. */
export function orderedChanges(release: Pick<ReleaseView, 'changes'>): RecordChange[] {
  const rank = (change: RecordChange) => CHANGE_KIND_ORDER.indexOf(change.kind) * TABLE_ORDER.length + TABLE_ORDER.indexOf(change.table);
  return [...release.changes].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface ChangeGroup {
  kind: ChangeKind;
  heading: string;
  /** How many of this kind the whole release has (a page may show only some). */
  total: number;
  items: RecordChangeView[];
}

/** One page's changes (a slice of orderedChanges) grouped by kind, in CHANGE_KIND_ORDER. */
export function changeGroups(changes: readonly RecordChange[], counts: ChangeCounts, context: ChangeContext): ChangeGroup[] {
  return CHANGE_KIND_ORDER.map((kind) => ({
    kind,
    heading: CHANGE_GROUP_HEADINGS[kind],
    total: counts[kind],
    items: changes.filter((change) => change.kind === kind).map((change) => recordChangeView(change, context)),
  })).filter((group) => group.items.length > 0);
}

export interface PlatformChangeEntry {
  release: number;
  asOf: string;
  change: RecordChangeView;
}

// On the platform's own page its record needs no name.
const OWN_RECORD_HEADLINES: Record<ChangeKind, string> = { added: '收录该平台的记录', changed: '该平台的记录有变更', removed: '该平台的记录被移除' };

/** The releases that changed a platform's record or its actions, oldest first. */
export function platformChangeLog(platformId: string, context: ChangeContext): PlatformChangeEntry[] {
  return (context.byPlatform.get(platformId) ?? []).map((entry) => {
    const view = recordChangeView(entry.change, context);
    return { release: entry.release, asOf: entry.asOf, change: entry.change.table === 'platforms' ? { ...view, headline: OWN_RECORD_HEADLINES[view.kind] } : view };
  });
}

// Which fields say which record an addition or removal is.
const KEY_FIELDS: Record<TableName, readonly string[]> = {
  platforms: ['name', 'operator', 'uscc', 'jurisdiction'],
  revocations: ['platform', 'action', 'decided_on'],
  notices: ['title', 'jurisdiction', 'published_on'],
  jurisdictions: ['name', 'authority'],
};

const ENUM_LABELS: Partial<Record<TableName, Record<string, Record<string, string>>>> = {
  platforms: { kind: KIND_LABELS, scope: SCOPE_LABELS },
  jurisdictions: { level: LEVEL_LABELS },
  revocations: { action: ACTION_LABELS },
};

// Fields that name another record: shown by that record's name.
const REFERENCES: Partial<Record<TableName, Record<string, TableName>>> = {
  platforms: { jurisdiction: 'jurisdictions' },
  notices: { jurisdiction: 'jurisdictions', platforms: 'platforms' },
  jurisdictions: { parent: 'jurisdictions' },
  revocations: { platform: 'platforms' },
};

/** A value longer than this is cut, the release file holding it whole (a notice's body). */
const LONGEST_VALUE = 200;
const EMPTY = '（空）';

// A reference shown by name is titled for the name (FIELD_TITLES calls the column 平台编号).
const SHOWN_TITLES: Partial<Record<TableName, Record<string, string>>> = { revocations: { platform: '平台' } };

function fieldTitle(table: TableName, field: string): string {
  return SHOWN_TITLES[table]?.[field] ?? (FIELD_TITLES[table] as Record<string, string>)[field] ?? field;
}

function nameOf(table: TableName, id: string, context: ChangeContext): string {
  const record = context.latest.get(`${table}/${id}`);
  const name = record?.[table === 'notices' ? 'title' : 'name'];
  return typeof name === 'string' ? name : id;
}

function headline(change: RecordChange, context: ChangeContext): string {
  const record = change.record;
  const verb = change.kind === 'added' ? '新增' : change.kind === 'removed' ? '移除' : '';
  switch (change.table) {
    case 'platforms':
      return change.kind === 'changed' ? `平台“${String(record['name'])}”的记录有变更` : `${verb}平台“${String(record['name'])}”`;
    case 'notices':
      return change.kind === 'changed' ? `公示“${String(record['title'])}”有变更` : `${verb}公示“${String(record['title'])}”`;
    case 'jurisdictions':
      return change.kind === 'changed' ? `地区“${String(record['name'])}”的记录有变更` : `${verb}地区“${String(record['name'])}”`;
    case 'revocations': {
      const action = ACTION_LABELS[record['action'] as keyof typeof ACTION_LABELS] ?? String(record['action']);
      const what = `${action}“${nameOf('platforms', String(record['platform']), context)}”（${formatValue('revocations', 'decided_on', record['decided_on'], context)}）`;
      return change.kind === 'changed' ? `处理决定有变更：${what}` : `${verb}处理决定：${what}`;
    }
  }
}

/** A field's value as a reader reads it: dates in Chinese, codes as words, references by name, lists with 、. */
export function formatValue(table: TableName, field: string, value: unknown, context: ChangeContext): string {
  if (value === undefined || value === null || value === '') return EMPTY;
  const kind = fieldKind(table, field);
  const reference = REFERENCES[table]?.[field];
  const one = (item: unknown): string => {
    const text = String(item);
    if (reference) return nameOf(reference, text, context);
    if (kind === 'date') return formatChineseDate(text);
    if (table === 'platforms' && field === 'functions' && isFunctionCode(text)) return FUNCTION_LABELS[text];
    const label = ENUM_LABELS[table]?.[field]?.[text];
    if (label) return label;
    if (table === 'revocations' && field === 'ground') return groundText(text, context);
    if (table === 'jurisdictions' && field === 'rules') return context.rulesTitles.has(text) ? `《${context.rulesTitles.get(text)}》` : text;
    return text;
  };
  const text = Array.isArray(value) ? value.map(one).join('、') : typeof value === 'object' ? JSON.stringify(value) : one(value);
  const characters = [...text];
  return characters.length > LONGEST_VALUE ? `${characters.slice(0, LONGEST_VALUE).join('')}……（共 ${characters.length} 字，全文见发布文件）` : text;
}

function groundText(ground: string, context: ChangeContext): string {
  const ref = parseGround(ground);
  if (!ref) return ground;
  const title = context.rulesTitles.get(ref.rulesId);
  return `${title ? `《${title}》` : ref.rulesId}${formatArticle(ref.article, ref.item)}`;
}

/** Dates and lists as the contract's schemas define them: one home for what a field is. */
function fieldKind(table: TableName, field: string): 'date' | 'list' | 'other' {
  let schema = (TABLES[table].schema.shape as Record<string, z.ZodType>)[field];
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
  return schema === contractDate ? 'date' : schema === cellList ? 'list' : 'other';
}
