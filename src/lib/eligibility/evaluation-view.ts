// What the self-check shows for one jurisdiction, as data: headings, rows, wording and links. The
// page's script (src/scripts/check-page.ts) only turns this into DOM, so what a reader sees is
// decided, and unit-tested, here.
import { FUNCTION_LABELS } from '../contract/functions.ts';
import { STATUS_MARKS, statusCaveat } from '../rules-status.ts';
import { formatCite } from '../rules/format-provision.ts';
import { PROVISION_META, type AnyProvisionKey } from '../rules/provision-catalog.ts';
import { citeUrl } from '../urls.ts';
import type { CheckDocument } from './check-documents.ts';
import type { Evaluation } from './evaluate.ts';
import type { Check, CheckKey } from './minimum.ts';
import type { Outcome } from './outcome.ts';
import type { Profile } from './profile.ts';
import type { DocumentStatus } from '../rules/schema.ts';
import { TREND_WORDS } from './profile-form.ts';

/** An article a result rests on: a link to its anchor, or plain words where the cite names no article. */
export interface CiteLinkView {
  label: string;
  href: string | null;
}

export interface CheckRowView {
  key: CheckKey;
  outcome: Outcome;
  condition: string;
  required: string;
  actual: string;
  result: string;
  /** A shortfall stands out: it is what the reader looks for first. */
  emphasised: boolean;
  cites: CiteLinkView[];
}

export interface FunctionLineView {
  text: string;
  cites: CiteLinkView[];
  /** A function the profile offers that this jurisdiction's rules do not list. */
  unlisted: boolean;
}

export interface EvaluationView {
  /** The section's id, which the summary links to. */
  id: string;
  heading: string;
  about: string;
  /**
   * Beside the mark of a draft or of a document whose validity its text does not settle, what it
   * means for the rows below (src/lib/rules-status.ts); null for rules in force.
   */
  statusNote: { status: DocumentStatus; label: string; text: string } | null;
  tableLabel: string;
  columns: readonly string[];
  rows: CheckRowView[];
  /** The functions the profile offers; none, and the page shows no functions heading. */
  functionsHeading: string;
  functions: FunctionLineView[];
  /** The jurisdiction's line in the list above all results: its name linking to its section, then the verdict. */
  summary: { name: string; href: string; verdict: string };
}

/** The page's own messages around the results. */
export const CHECK_MESSAGES = {
  running: '正在核对…',
  failed: '规则数据未能加载，暂时无法自查。请稍后再试。',
  invalidHeading: '请修改以下内容：',
  invalidField: (label: string): string => `${label}：应为不小于 0 的数字`,
  done: (jurisdictions: number): string => `已按 ${jurisdictions} 个地区的规则核对完毕。`,
} as const;

const COLUMNS = ['条件', '要求', '您的情况', '结论', '依据'] as const;

const OUTCOME_WORDS: Record<Outcome, string> = {
  meets: '达到',
  short: '未达到',
  not_required: '未作要求',
  unknown: '无法判断（未填写）',
  may_be_relaxed: '未达到，但规则规定可适当放宽',
};

const FUNCTION_OUTCOME_WORDS = { meets: '达到要求', short: '未达到要求', unknown: '无法判断（数据未填全）' } as const;

export function evaluationView(source: CheckDocument, evaluation: Evaluation, profile: Profile): EvaluationView {
  const id = `result-${source.id}`;
  const verdict = verdictText(evaluation);
  const caveat = statusCaveat(evaluation.status, 'check');
  const mark = STATUS_MARKS[evaluation.status];
  const cites = (list: readonly string[]) => list.map((cite) => ({ label: formatCite(cite), href: citeUrl(source.id, cite) }));
  return {
    id,
    heading: `${source.name}：${verdict}`,
    about: `依据《${source.meta.title}》${statusWords(source.meta)}，按${evaluation.applicant === 'base' ? '小企业创业基地' : '公共服务平台'}核对。`,
    statusNote: caveat ? { status: evaluation.status, label: caveat.label, text: `${caveat.text}。` } : null,
    tableLabel: `${source.name}的核对结果`,
    columns: COLUMNS,
    rows: evaluation.checks.map((check) => ({
      key: check.key,
      outcome: check.outcome,
      condition: check.label,
      required: check.outcome === 'not_required' ? '未规定' : figure(check.key, check.required),
      actual: actualText(check, profile),
      result: `${OUTCOME_WORDS[check.outcome]}${gapText(check)}`,
      emphasised: check.outcome === 'short',
      cites: cites(check.cite),
    })),
    functionsHeading: '服务功能',
    functions: [
      ...evaluation.functions.flatMap((fn) => (fn.outcome === 'not_offered' ? [] : [{ text: `${fn.name}：${FUNCTION_OUTCOME_WORDS[fn.outcome]}`, cites: cites(fn.cite), unlisted: false }])),
      ...evaluation.unlisted.codes.map((code) => ({ text: `${FUNCTION_LABELS[code]}：${source.name}的认定办法未列此项服务，不计入服务功能要求`, cites: cites(evaluation.unlisted.cite), unlisted: true })),
    ],
    summary: { name: source.name, href: `#${id}`, verdict: `${verdict}${mark ? `（${mark}）` : ''}` },
  };
}

/**
 * The document's status after its title: a draft is not yet in force; a document whose validity its
 * text does not settle says so and why; one in force says what that rests on where the site knows.
 */
function statusWords(meta: CheckDocument['meta']): string {
  if (meta.status === 'draft') return '（征求意见稿，尚未正式施行）';
  if (meta.status === 'in_force' && !meta.status_basis) return '';
  const label = meta.status === 'in_force' ? '现行有效' : STATUS_MARKS[meta.status];
  return `（${label}${meta.status_basis ? `：${meta.status_basis.replace(/。$/, '')}` : ''}）`;
}

function verdictText(evaluation: Evaluation): string {
  const { verdict, shortCount, unknownCount, relaxableCount } = evaluation.summary;
  const relaxable = relaxableCount > 0 ? `；另有 ${relaxableCount} 项可适当放宽` : '';
  if (verdict === 'qualifies') return `符合各项条件${relaxable}`;
  if (verdict === 'falls_short') return `有 ${shortCount} 项未达到${unknownCount > 0 ? `，${unknownCount} 项无法判断` : ''}${relaxable}`;
  return `尚无法判断：${unknownCount} 项未填写${relaxable}`;
}

function gapText(check: Check): string {
  return check.gap !== null && (check.outcome === 'short' || check.outcome === 'may_be_relaxed') ? `，差 ${figure(check.key, check.gap, false)}` : '';
}

/** A figure with its unit: `10 人以上` for a requirement, `12 人` for the organisation's own figure. */
function figure(key: CheckKey, value: number | string | null, asMinimum = true): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const full = key === 'smes_served_growth' ? '' : (PROVISION_META[key as AnyProvisionKey]?.unit ?? '');
  const unit = asMinimum ? full : full.replace('以上', '');
  return unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`.trim();
}

function actualText(check: Check, profile: Profile): string {
  if (check.key === 'smes_served_growth') return profile.smes_trend ? TREND_WORDS[profile.smes_trend] : '—';
  return figure(check.key, check.actual, false);
}
