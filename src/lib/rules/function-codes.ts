// Which canonical service functions a document's own function covers when an applicant's services
// are counted against it: the codes it maps to, those it also counts (Chengdu 第五条（二）'s 融资促进),
// and for a catch-all (Yangjiang 第七条（九）“中小微企业所需要的其他服务”) every code no other function
// maps. The self-check, the function map and the rules pages read it here. The register itself lists
// a platform under `codes` alone: counting one way is no claim that a provider offers the others.
import { FUNCTION_CODES, type FunctionCode } from '../contract/functions.ts';
import type { RuleFunction } from './schema.ts';

/** The functions that stand beside this one: those for the same applicant (Chengdu lists its bases' apart). */
function siblings(fn: RuleFunction, functions: readonly RuleFunction[]): RuleFunction[] {
  return functions.filter((other) => other !== fn && (other.applies_to === undefined || fn.applies_to === undefined || other.applies_to === fn.applies_to));
}

/** The codes a catch-all takes beyond its own: those no other function of its applicant maps. Empty for any other function. */
export function catchAllCodes(fn: RuleFunction, functions: readonly RuleFunction[]): FunctionCode[] {
  if (fn.catch_all !== true) return [];
  const mapped = new Set(siblings(fn, functions).flatMap((other) => [...other.codes, ...(other.also_counts ?? [])]));
  return FUNCTION_CODES.filter((code) => !fn.codes.includes(code) && !mapped.has(code));
}

/** Every canonical code counted against the function, in the canonical order. */
export function coveredCodes(fn: RuleFunction, functions: readonly RuleFunction[]): FunctionCode[] {
  const extra = new Set([...(fn.also_counts ?? []), ...catchAllCodes(fn, functions)]);
  return FUNCTION_CODES.filter((code) => fn.codes.includes(code) || extra.has(code));
}
