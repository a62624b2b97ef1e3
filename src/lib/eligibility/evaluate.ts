// Evaluates an organisation's profile against one rules document: each condition, each function, a verdict.
import { FUNCTION_CODES, type FunctionCode } from '../contract/functions.ts';
import { assetsMeasure, findProvision } from '../rules/comparison.ts';
import type { RulesDocument } from '../rules/load-rules.ts';
import { PROVISION_META, type AnyProvisionKey } from '../rules/provision-catalog.ts';
import type { DocumentStatus } from '../rules/schema.ts';
import { coveredCodes } from '../rules/function-codes.ts';
import { findGrowthRequirement } from './growth.ts';
import { conditionsFor, type Condition } from './conditions.ts';
import { checkMinimum, unique, variantApplies, type Check, type CheckKey } from './minimum.ts';
import { gapTo } from './outcome.ts';
import type { Profile } from './profile.ts';
import { checkFunctions, functionsFor, type Applicant, type FunctionCheck } from './service-functions.ts';

export interface EligibilitySummary {
  /** qualifies: every check meets or is not required. falls_short: one check at least is short. */
  verdict: 'qualifies' | 'falls_short' | 'cannot_tell';
  shortCount: number;
  unknownCount: number;
  relaxableCount: number;
}

export interface Evaluation {
  documentId: string;
  status: DocumentStatus;
  /** A 征求意见稿 is not law in force: the page must say so next to any verdict. */
  draft: boolean;
  /** Who was evaluated: a base only where the document knows bases (Chengdu). */
  applicant: Applicant;
  checks: Check[];
  functions: FunctionCheck[];
  /**
   * Functions the profile offers that the document does not list for this applicant (Chengdu's
   * platforms have no 法律服务): they count toward none of its conditions, and the page says so.
   */
  unlisted: { codes: FunctionCode[]; cite: string[] };
  summary: EligibilitySummary;
}

export function evaluateProfile(profile: Profile, document: RulesDocument): Evaluation {
  const applicant: Applicant = profile.applying_as === 'base' && knowsBases(document) ? 'base' : 'platform';
  const functions = checkFunctions(profile, functionsFor(document.functions, applicant));
  const checks = conditionsFor(applicant).map((condition) => checkCondition(condition, profile, document, functions));
  return {
    documentId: document.id,
    status: document.meta.status,
    draft: document.meta.status === 'draft',
    applicant,
    checks,
    functions,
    unlisted: unlistedFunctions(profile, document, applicant),
    summary: summarise(checks),
  };
}

function unlistedFunctions(profile: Profile, document: RulesDocument, applicant: Applicant): Evaluation['unlisted'] {
  const functions = functionsFor(document.functions, applicant);
  const listed = new Set(functions.flatMap((fn) => coveredCodes(fn, functions)));
  const codes = FUNCTION_CODES.filter((code) => profile.functions?.[code] !== undefined && !listed.has(code));
  // The article that lists the functions an applicant must offer: where a reader checks the list.
  const cite = codes.length === 0 ? [] : (findProvision(document, applicant === 'base' ? 'base_functions_min' : 'functions_min')?.cite ?? []);
  return { codes, cite };
}

function knowsBases(document: RulesDocument): boolean {
  return document.functions.some((fn) => fn.applies_to === 'base');
}

/** The conditions with a rule of their own; every other compares its one figure with the document's minimum. */
const OWN_RULES: Partial<Record<CheckKey, (profile: Profile, document: RulesDocument, functions: readonly FunctionCheck[]) => Check>> = {
  assets_min_wan: (profile, document) => assetsCheck(profile, document),
  smes_served_growth: (profile, document) => growthCheck(profile, document),
  partner_institutions_min: (profile, document) => partnersCheck(profile, document),
  functions_min: (profile, document, functions) => functionsCountCheck('functions_min', document, functions, profile),
  base_functions_min: (profile, document, functions) => functionsCountCheck('base_functions_min', document, functions, profile),
};

function checkCondition(condition: Condition, profile: Profile, document: RulesDocument, functions: readonly FunctionCheck[]): Check {
  const own = OWN_RULES[condition.key];
  if (own) return own(profile, document, functions);
  const key = condition.key as AnyProvisionKey;
  const [field] = condition.fields;
  const figure = field === undefined ? undefined : profile[field];
  return checkMinimum(key, PROVISION_META[key].label, findProvision(document, key), typeof figure === 'number' ? figure : undefined, profile);
}

/** Chengdu asks 注册资金 (registered capital), the others 资产总额 (total assets): different figures, not two names for one. */
function assetsCheck(profile: Profile, document: RulesDocument): Check {
  const registered = assetsMeasure(document) === 'registered_capital';
  const figure = registered ? profile.registered_capital_wan : profile.total_assets_wan;
  return checkMinimum('assets_min_wan', registered ? '注册资金' : '资产总额', findProvision(document, 'assets_min_wan'), figure, profile);
}

/** Chengdu 4.3: 集聚服务机构5家以上 or 10名以上外部专家资源库; either meets the condition. */
function partnersCheck(profile: Profile, document: RulesDocument): Check {
  const partners = checkMinimum('partner_institutions_min', PROVISION_META.partner_institutions_min.label, findProvision(document, 'partner_institutions_min'), profile.partner_institutions, profile);
  const experts = findProvision(document, 'external_experts_min');
  if (!experts || typeof experts.value !== 'number' || partners.outcome === 'meets' || partners.outcome === 'not_required') return partners;
  const byExperts = checkMinimum('external_experts_min', PROVISION_META.external_experts_min.label, experts, profile.external_experts, profile);
  const cite = unique([...partners.cite, ...byExperts.cite]);
  if (byExperts.outcome === 'meets') return { ...partners, outcome: 'meets', gap: null, cite, note: `${partners.note ?? ''}（以外部专家 ${profile.external_experts} 名满足）` };
  if (byExperts.outcome === 'unknown') return { ...partners, outcome: 'unknown', gap: null, cite };
  return { ...partners, cite };
}

/**
 * 逐年增长 and 稳步增长 both ask for growth: 稳步增长 is growth at a steady pace, so a count that
 * holds steady does not meet it, and neither does one that falls.
 */
function growthCheck(profile: Profile, document: RulesDocument): Check {
  const label = '服务企业数量增长';
  const growth = findGrowthRequirement(document);
  if (!growth) return { key: 'smes_served_growth', label, required: null, actual: null, outcome: 'not_required', gap: null, cite: [], note: null };
  const check: Check = { key: 'smes_served_growth', label, required: growth.wording, actual: null, outcome: 'unknown', gap: null, cite: [growth.cite], note: growth.text };
  if (profile.smes_trend === undefined) return check;
  if (profile.smes_trend === 'growing') return { ...check, outcome: 'meets' };
  // The trend stands in the same item as the yearly count (Ningxia 6.2): what relaxes that item relaxes both.
  const served = findProvision(document, 'smes_served_min_per_year');
  const relaxation = served?.cite.includes(growth.cite)
    ? served.variants?.find((variant) => variant.value === null && variant.relaxed === true && variantApplies(variant.when, profile) === 'yes')
    : undefined;
  if (relaxation) return { ...check, outcome: 'may_be_relaxed', cite: unique([growth.cite, ...relaxation.cite]), note: relaxation.note };
  return { ...check, outcome: 'short' };
}

/**
 * Counts the functions whose thresholds the profile meets. A function whose figures are missing
 * is not counted, but leaves the check open while the functions met and open could still reach
 * the minimum.
 */
function functionsCountCheck(key: 'functions_min' | 'base_functions_min', document: RulesDocument, functions: readonly FunctionCheck[], profile: Profile): Check {
  const entry = findProvision(document, key);
  const label = PROVISION_META[key].label;
  if (!entry || typeof entry.value !== 'number') return { key, label, required: null, actual: null, outcome: 'not_required', gap: null, cite: entry?.cite ?? [], note: entry?.note ?? null };
  const check: Check = { key, label, required: entry.value, actual: null, outcome: 'unknown', gap: null, cite: entry.cite, note: entry.note };
  // No function named at all reads as not yet answered, not as offering none.
  if (profile.functions === undefined || Object.keys(profile.functions).length === 0) return check;
  const met = functions.filter((fn) => fn.outcome === 'meets').length;
  const open = functions.filter((fn) => fn.outcome === 'unknown').length;
  if (met >= entry.value) return { ...check, actual: met, outcome: 'meets' };
  if (met + open >= entry.value) return { ...check, actual: met };
  return { ...check, actual: met, outcome: 'short', gap: gapTo(entry.value, met) };
}

function summarise(checks: readonly Check[]): EligibilitySummary {
  const shortCount = checks.filter((check) => check.outcome === 'short').length;
  const unknownCount = checks.filter((check) => check.outcome === 'unknown').length;
  const relaxableCount = checks.filter((check) => check.outcome === 'may_be_relaxed').length;
  const verdict = shortCount > 0 ? 'falls_short' : unknownCount + relaxableCount > 0 ? 'cannot_tell' : 'qualifies';
  return { verdict, shortCount, unknownCount, relaxableCount };
}

/** The entry even where its value is null: its note says why the document sets nothing. */
