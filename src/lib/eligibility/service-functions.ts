// Which of a document's service functions the profile offers, and whether its figures reach their thresholds.
import type { FunctionCode } from '../contract/functions.ts';
import { coveredCodes } from '../rules/function-codes.ts';
import type { FunctionThreshold, RuleFunction } from '../rules/schema.ts';
import { allOf, anyOf, compare, gapTo, type FigureOutcome } from './outcome.ts';
import type { Profile } from './profile.ts';

export type Applicant = 'platform' | 'base';

export interface ThresholdCheck {
  measure: FunctionThreshold['measure'];
  required: number;
  actual: number | null;
  outcome: FigureOutcome;
  gap: number | null;
  cite: string[];
  note: string | null;
  alternative: string | null;
}

export interface FunctionCheck {
  name: string;
  /** The canonical codes it covers: its own, and for a catch-all every code no other function maps. */
  codes: FunctionCode[];
  /** Those of them the profile offers, whose figures it is checked on. */
  offered: FunctionCode[];
  catchAll: boolean;
  cite: string[];
  /**
   * not_offered: the profile names none of the function's codes. An offered function with no
   * thresholds meets: the document asks for the function, not for a figure (Yangjiang 第七条).
   * The requirement's words that no figure can show (资质, 服务系统) are not checked.
   */
  outcome: FigureOutcome | 'not_offered';
  thresholds: ThresholdCheck[];
  requirement: string;
  /** What the mapping or the figures leave out, in the provisions' words. */
  note: string | null;
}

/** The functions a document names for this kind of applicant (Chengdu lists the base's apart). */
export function functionsFor(functions: readonly RuleFunction[], applicant: Applicant): RuleFunction[] {
  return functions.filter((fn) => fn.applies_to === undefined || fn.applies_to === applicant);
}

/** Checks each function against the profile; `functions` are those for one applicant (functionsFor). */
export function checkFunctions(profile: Profile, functions: readonly RuleFunction[]): FunctionCheck[] {
  return functions.map((fn) => checkFunction(profile, fn, coveredCodes(fn, functions)));
}

function checkFunction(profile: Profile, fn: RuleFunction, codes: FunctionCode[]): FunctionCheck {
  const offered = codes.filter((code) => profile.functions?.[code] !== undefined);
  const thresholds = (fn.thresholds ?? []).map((threshold) => checkThreshold(profile, offered, threshold));
  return {
    name: fn.name,
    codes,
    offered,
    catchAll: fn.catch_all === true,
    cite: fn.cite,
    outcome: offered.length === 0 ? 'not_offered' : combineRoutes(thresholds),
    thresholds,
    requirement: fn.requirement,
    note: fn.note ?? null,
  };
}

/** Unlabelled thresholds must all be met; of the labelled routes, all of one route. */
function combineRoutes(thresholds: readonly ThresholdCheck[]): FigureOutcome {
  const always = thresholds.filter((threshold) => threshold.alternative === null).map((threshold) => threshold.outcome);
  const labels = [...new Set(thresholds.flatMap((threshold) => (threshold.alternative === null ? [] : [threshold.alternative])))];
  const routes = labels.map((label) => allOf(thresholds.filter((threshold) => threshold.alternative === label).map((threshold) => threshold.outcome)));
  return allOf(routes.length === 0 ? always : [...always, anyOf(routes)]);
}

function checkThreshold(profile: Profile, offered: readonly FunctionCode[], threshold: FunctionThreshold): ThresholdCheck {
  const { total, complete } = figureFor(profile, offered, threshold.measure);
  let outcome = compare(total, threshold.min);
  // A sum with a part missing may still reach the minimum once the part is given.
  if (outcome === 'short' && !complete) outcome = 'unknown';
  return {
    measure: threshold.measure,
    required: threshold.min,
    actual: total,
    outcome,
    gap: outcome === 'short' && total !== null ? gapTo(threshold.min, total) : null,
    cite: threshold.cite,
    note: threshold.note,
    alternative: threshold.alternative ?? null,
  };
}

/**
 * One document function can cover several canonical ones (Chengdu 专业服务: legal, tax, professional):
 * their figures add up, as the documents count 家次 and 人次, which add.
 */
function figureFor(profile: Profile, offered: readonly FunctionCode[], measure: FunctionThreshold['measure']): { total: number | null; complete: boolean } {
  const values = offered.map((code) => profile.functions?.[code]?.[measure]);
  const given = values.filter((value): value is number => value !== undefined);
  return { total: given.length === 0 ? null : given.reduce((sum, value) => sum + value, 0), complete: given.length === values.length };
}
