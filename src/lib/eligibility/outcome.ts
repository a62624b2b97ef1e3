// The outcomes of a check, and how outcomes combine when a condition has several parts.

/**
 * meets: the figure reaches the minimum (以上/不低于/不少于 include the minimum itself).
 * short: the figure is below it. not_required: the document sets no such condition.
 * unknown: a figure the outcome depends on was not given.
 * may_be_relaxed: below the minimum, but the document says the condition 可适当放宽 for this applicant.
 */
export type Outcome = 'meets' | 'short' | 'not_required' | 'unknown' | 'may_be_relaxed';

/** What a figure against one minimum can give. */
export type FigureOutcome = 'meets' | 'short' | 'unknown';

/** Every part must be met: one part short decides, else one unknown leaves it open. */
export function allOf(outcomes: readonly FigureOutcome[]): FigureOutcome {
  if (outcomes.includes('short')) return 'short';
  if (outcomes.includes('unknown')) return 'unknown';
  return 'meets';
}

/** Any part suffices: one part met decides, else one unknown leaves it open. */
export function anyOf(outcomes: readonly FigureOutcome[]): FigureOutcome {
  if (outcomes.includes('meets')) return 'meets';
  if (outcomes.includes('unknown')) return 'unknown';
  return 'short';
}

export function compare(actual: number | null, minimum: number): FigureOutcome {
  if (actual === null) return 'unknown';
  return actual >= minimum ? 'meets' : 'short';
}

/** The distance to the minimum, without floating-point dust (50 − 49.9 is 0.1, not 0.10000000000000142). */
export function gapTo(minimum: number, actual: number): number {
  return Math.round((minimum - actual) * 1e6) / 1e6;
}
