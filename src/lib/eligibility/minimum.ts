// One numeric minimum of a document against one figure of the profile, with the document's variants.
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
}

type Applies = 'yes' | 'no' | 'unknown';

/** Whether a variant is for this applicant: every condition given must hold; a scope not chosen leaves it open. */
export function variantApplies(when: ProvisionVariant['when'], profile: Profile): Applies {
  const answers: Applies[] = [];
  if (when.legal_forms) answers.push(when.legal_forms.includes(profile.legal_form) ? 'yes' : 'no');
  if (when.scope) answers.push(profile.scope === undefined ? 'unknown' : profile.scope === when.scope ? 'yes' : 'no');
  // 山区市县 is a box the applicant ticks: not ticked reads as not in a mountain area.
  if (when.mountain_area) answers.push(profile.mountain_area === true ? 'yes' : 'no');
  if (answers.includes('no')) return 'no';
  return answers.includes('unknown') ? 'unknown' : 'yes';
}

/** A variant with a figure of its own replaces the minimum; one without (可适当放宽) only softens a shortfall. */
function hasFigure(variant: ProvisionVariant): variant is ProvisionVariant & { value: number } {
  return typeof variant.value === 'number';
}

export function checkMinimum(key: CheckKey, label: string, entry: ProvisionEntry | null | undefined, actualFigure: number | undefined, profile: Profile): Check {
  const actual = actualFigure ?? null;
  if (!entry || typeof entry.value !== 'number') {
    return { key, label, required: null, actual, outcome: 'not_required', gap: null, cite: entry?.cite ?? [], note: entry?.note ?? null };
  }
  const variants = entry.variants ?? [];
  const applying = variants.filter((variant) => variantApplies(variant.when, profile) === 'yes');
  const open = variants.filter((variant) => hasFigure(variant) && variantApplies(variant.when, profile) === 'unknown');
  const ownFigure = applying.filter(hasFigure);
  const required = ownFigure.length > 0 ? Math.min(...ownFigure.map((variant) => variant.value)) : entry.value;
  const used = ownFigure.find((variant) => variant.value === required);
  const base: Check = {
    key,
    label,
    required,
    actual,
    outcome: compare(actual, required),
    gap: null,
    cite: unique([...entry.cite, ...(used?.cite ?? [])]),
    note: used?.note ?? entry.note,
  };
  if (base.outcome !== 'short' || actual === null) return base;
  const gap = gapTo(required, actual);
  // Yangjiang without a scope: a figure between the 综合 and 专业 floors could go either way.
  const openFloor = open.find((variant) => hasFigure(variant) && actual >= variant.value);
  if (openFloor) return { ...base, outcome: 'unknown', cite: unique([...base.cite, ...openFloor.cite]), note: openFloor.note };
  const relaxation = applying.find((variant) => !hasFigure(variant) && variant.relaxed === true);
  if (relaxation) return { ...base, outcome: 'may_be_relaxed', gap, cite: unique([...base.cite, ...relaxation.cite]), note: relaxation.note };
  return { ...base, gap };
}

export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
