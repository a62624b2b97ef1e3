// One numeric minimum of a document against one figure of the profile, with the document's variants.
import type { FunctionCode } from '../contract/functions.ts';
import type { ProvisionEntry } from '../rules/comparison.ts';
import type { AnyProvisionKey } from '../rules/provision-catalog.ts';
import type { ProvisionVariant } from '../rules/schema.ts';
import { compare, gapTo, type Outcome } from './outcome.ts';
import type { Profile } from './profile.ts';

/** A provision key, or `smes_served_growth` for the trend the documents ask for in words. */
export type CheckKey = AnyProvisionKey | 'smes_served_growth';

export interface Check {
  key: CheckKey;
  label: string;
  /** The minimum that applies to this applicant (a variant's where one applies); words for the trend; null if not required. */
  required: number | string | null;
  /** The profile's figure; null where it gives none. */
  actual: number | null;
  outcome: Outcome;
  /** How far below the minimum, for short and may_be_relaxed; else null. */
  gap: number | null;
  cite: string[];
  note: string | null;
  /**
   * The floors that may apply instead, where the profile does not say which does and the figure
   * meets one and not another (Yangjiang's 综合 or 专业 platform, Chengdu's 制造业园区 or 楼宇经济园):
   * why a figure given still cannot be told.
   */
  open?: ProvisionVariant[];
  /**
   * What the rules allow this applicant below the minimum: a lower floor resting on a condition no
   * figure shows (Weihai 第十四条: 服务业绩突出，示范作用明显), or 可适当放宽 without a figure (Ningxia).
   */
  relaxation?: ProvisionVariant;
}

type Applies = 'yes' | 'no' | 'unknown';

/** Whether a variant is for this applicant: every condition given must hold; a choice not made leaves it open. */
export function variantApplies(when: ProvisionVariant['when'], profile: Profile): Applies {
  const answers: Applies[] = [];
  if (when.legal_forms) answers.push(when.legal_forms.includes(profile.legal_form) ? 'yes' : 'no');
  if (when.scope) answers.push(profile.scope === undefined ? 'unknown' : profile.scope === when.scope ? 'yes' : 'no');
  // 山区市县 and 租赁基地 are boxes the applicant ticks: not ticked reads as no.
  if (when.mountain_area) answers.push(profile.mountain_area === true ? 'yes' : 'no');
  if (when.leased_base) answers.push(profile.leased_base === true ? 'yes' : 'no');
  if (when.park_type) answers.push(profile.park_type === undefined ? 'unknown' : profile.park_type === when.park_type ? 'yes' : 'no');
  if (when.platform_function) answers.push(isPlatformOf(when.platform_function, profile));
  if (answers.includes('no')) return 'no';
  return answers.includes('unknown') ? 'unknown' : 'yes';
}

/**
 * Whether the applicant is a platform of one service (培训服务类): it offers that service and no
 * other. Offering it among others, or naming no service, leaves it open: the rules do not say.
 */
function isPlatformOf(code: FunctionCode, profile: Profile): Applies {
  const offered = Object.keys(profile.functions ?? {});
  if (!offered.includes(code)) return offered.length === 0 ? 'unknown' : 'no';
  return offered.length === 1 ? 'yes' : 'unknown';
}

/** A variant that replaces the minimum with a figure of its own, with no condition beyond who applies. */
function isFloor(variant: ProvisionVariant): variant is ProvisionVariant & { value: number } {
  return typeof variant.value === 'number' && variant.requires === undefined;
}

export function checkMinimum(key: CheckKey, label: string, entry: ProvisionEntry | null | undefined, actualFigure: number | undefined, profile: Profile): Check {
  const actual = actualFigure ?? null;
  if (!entry || typeof entry.value !== 'number') {
    return { key, label, required: null, actual, outcome: 'not_required', gap: null, cite: entry?.cite ?? [], note: entry?.note ?? null };
  }
  const variants = entry.variants ?? [];
  const applying = variants.filter((variant) => variantApplies(variant.when, profile) === 'yes');
  const exemption = applying.find((variant) => variant.exempt === true);
  if (exemption) return { key, label, required: null, actual, outcome: 'not_required', gap: null, cite: unique([...entry.cite, ...exemption.cite]), note: exemption.note };

  const ownFloors = applying.filter(isFloor);
  const required = ownFloors.length > 0 ? Math.min(...ownFloors.map((variant) => variant.value)) : entry.value;
  const used = ownFloors.find((variant) => variant.value === required);
  const base: Check = { key, label, required, actual, outcome: compare(actual, required), gap: null, cite: unique([...entry.cite, ...(used?.cite ?? [])]), note: used?.note ?? entry.note };
  if (actual === null) return base;

  // Floors whose condition the profile leaves open (a scope or park type not chosen): the figure is
  // told only if it meets all of them, or none.
  const openFloors = variants.filter((variant) => isFloor(variant) && variantApplies(variant.when, profile) === 'unknown') as (ProvisionVariant & { value: number })[];
  const deciding = openFloors.filter((variant) => actual >= variant.value !== actual >= required);
  const [first] = deciding;
  if (first) return { ...base, outcome: 'unknown', cite: unique([...base.cite, ...deciding.flatMap((variant) => variant.cite)]), note: first.note, open: deciding };
  if (base.outcome === 'meets') return base;

  const short: Check = { ...base, gap: gapTo(required, actual) };
  // A lower floor on a condition no figure shows: reached, it may apply; not reached, still short.
  const conditional = applying.find((variant) => typeof variant.value === 'number' && variant.requires !== undefined);
  if (conditional && typeof conditional.value === 'number') {
    const withRelaxation = { ...short, cite: unique([...short.cite, ...conditional.cite]), note: conditional.note, relaxation: conditional };
    return actual >= conditional.value ? { ...withRelaxation, outcome: 'may_be_relaxed' } : withRelaxation;
  }
  const relaxation = applying.find((variant) => variant.value === null && variant.relaxed === true);
  if (relaxation) return { ...short, outcome: 'may_be_relaxed', cite: unique([...short.cite, ...relaxation.cite]), note: relaxation.note, relaxation };
  return short;
}

export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
