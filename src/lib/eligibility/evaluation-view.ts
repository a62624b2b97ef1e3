// What the self-check shows for one jurisdiction, as data: headings, rows, wording and links. The
// page's script (src/scripts/check-page.ts) only turns this into DOM, so what a reader sees is
// decided, and unit-tested, here.
import { FUNCTION_LABELS } from '../contract/functions.ts';
import { STATUS_MARKS, statusCaveat } from '../rules-status.ts';
import { formatCite, formatVariantCondition } from '../rules/format-provision.ts';
import { PROVISION_META, type AnyProvisionKey } from '../rules/provision-catalog.ts';
import { citeUrl } from '../urls.ts';
import type { CheckDocument } from './check-documents.ts';
import type { Evaluation } from './evaluate.ts';
import type { Check, CheckKey } from './minimum.ts';
import type { Outcome } from './outcome.ts';
import type { Profile } from './profile.ts';
import type { DocumentStatus } from '../rules/schema.ts';
import { FIGURE_LABELS, TREND_WORDS } from './profile-form.ts';
import { gapTo } from './outcome.ts';
import type { FunctionCheck } from './service-functions.ts';

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
  /** Each figure the function asks, with the profile's and the outcome; then what the figures leave out. */
  details: string[];
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
const THRESHOLD_OUTCOME_WORDS = { meets: '达到', short: '未达到', unknown: '无法判断' } as const;

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
      result: resultText(check),
      emphasised: check.outcome === 'short',
      cites: cites(check.cite),
    })),
    functionsHeading: '服务功能',
    functions: [
      ...evaluation.functions.flatMap((fn) => (fn.outcome === 'not_offered' ? [] : [{ text: `${fn.name}${countedAs(fn)}：${FUNCTION_OUTCOME_WORDS[fn.outcome]}`, cites: cites(fn.cite), unlisted: false, details: functionDetails(fn) }])),
      ...evaluation.unlisted.codes.map((code) => ({ text: `${FUNCTION_LABELS[code]}：${source.name}的认定办法未列此项服务，不计入服务功能要求`, cites: cites(evaluation.unlisted.cite), unlisted: true, details: [] })),
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
  const { verdict, shortCount, unknownCount } = evaluation.summary;
  const relaxable = relaxationWords(evaluation.checks);
  if (verdict === 'qualifies') return `符合各项条件${relaxable}`;
  if (verdict === 'falls_short') return `有 ${shortCount} 项未达到${unknownCount > 0 ? `，${unknownCount} 项无法判断` : ''}${relaxable}`;
  const open = evaluation.checks.filter((check) => check.outcome === 'unknown' && check.open !== undefined).length;
  const unfilled = unknownCount - open;
  const parts = [...(unfilled > 0 ? [`${unfilled} 项未填写`] : []), ...(open > 0 ? [`${open} 项视适用的标准而定`] : [])];
  return `尚无法判断：${parts.join('，')}${relaxable}`;
}

/** 另有 N 项可适当放宽 (a relaxation without a figure, Ningxia); 另有 N 项可适用较低标准 (one resting on a condition no figure shows, Weihai). */
function relaxationWords(checks: readonly Check[]): string {
  const relaxed = checks.filter((check) => check.outcome === 'may_be_relaxed');
  const lower = relaxed.filter((check) => typeof check.relaxation?.value === 'number').length;
  const words = [...(relaxed.length - lower > 0 ? [`${relaxed.length - lower} 项可适当放宽`] : []), ...(lower > 0 ? [`${lower} 项可适用较低标准`] : [])];
  return words.length > 0 ? `；另有 ${words.join('，')}` : '';
}

/**
 * The result column: the outcome, the gap, and why a figure given cannot be told (the floors that
 * may apply) or what lower floor may apply, on what condition.
 */
function resultText(check: Check): string {
  const lower = check.relaxation && typeof check.relaxation.value === 'number' ? check.relaxation : null;
  if (check.outcome === 'unknown' && check.open) {
    return `无法判断：${check.open.map((variant) => `${formatVariantCondition(variant)}要求 ${figure(check.key, variant.value)}`).join('；')}`;
  }
  if (lower && typeof lower.value === 'number' && check.actual !== null) {
    const standard = `较低标准 ${figure(check.key, lower.value)}（${formatVariantCondition(lower)}，须${lower.requires ?? ''}）`;
    if (check.outcome === 'may_be_relaxed') return `未达到${gapText(check)}；可适用${standard}`;
    return `未达到${gapText(check)}；${standard}也差 ${figure(check.key, gapTo(lower.value, check.actual), false)}`;
  }
  return `${OUTCOME_WORDS[check.outcome]}${gapText(check)}`;
}

function gapText(check: Check): string {
  return check.gap !== null && (check.outcome === 'short' || check.outcome === 'may_be_relaxed') ? `，差 ${figure(check.key, check.gap, false)}` : '';
}

/** （按融资服务计）: the services ticked that a function is checked on, where its name is not theirs; a catch-all says it is one. */
function countedAs(fn: FunctionCheck): string {
  const labels = fn.offered.map((code) => FUNCTION_LABELS[code]);
  if (fn.catchAll) return `（兜底项，按${labels.join('、')}计）`;
  return labels.length > 0 && !labels.every((label) => label === fn.name) ? `（按${labels.join('、')}计）` : '';
}

/** Each figure a function asks, as a line the reader can check; then the function's own note. */
function functionDetails(fn: FunctionCheck): string[] {
  const routes = fn.thresholds.some((threshold) => threshold.alternative !== null);
  const lines = fn.thresholds.map((threshold) => {
    const { label, unit } = FIGURE_LABELS[threshold.measure];
    const actual = threshold.actual === null ? '未填写' : `${threshold.actual} ${unit}`;
    const gap = threshold.gap === null ? '' : `，差 ${threshold.gap} ${unit}`;
    const route = threshold.alternative === null ? '' : `【${threshold.alternative}】`;
    return `${route}${label}：要求 ${threshold.required} ${unit}以上；您的情况：${actual}；${THRESHOLD_OUTCOME_WORDS[threshold.outcome]}${gap}${threshold.note ? `（规则：${threshold.note}）` : ''}`;
  });
  return [...(routes ? ['标【】的各组要求满足其中一组即可。'] : []), ...lines, ...(fn.note ? [fn.note] : [])];
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
