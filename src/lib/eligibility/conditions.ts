// The self-check's conditions, one row each: the provision a document sets, the profile's figures
// it is checked against, whom it applies to, and where the form asks for those figures. The checks
// (evaluate.ts), the ranking of decisive conditions (decisive.ts) and the form's groups
// (profile-form.ts) are all read from this one table, in its order.
import type { AnyProvisionKey } from '../rules/provision-catalog.ts';
import type { CheckKey } from './minimum.ts';
import type { ProfileField } from './profile.ts';
import type { Applicant } from './service-functions.ts';

/** The form's groups of figures, in the order a person answers them. */
export const FORM_GROUPS = ['assets_and_years', 'performance', 'team', 'base'] as const;
export type FormGroup = (typeof FORM_GROUPS)[number];

export interface Condition {
  key: CheckKey;
  /**
   * The profile's figures the check reads. Most read one; the assets check reads 资产总额 or 注册资金
   * as the document asks, the partners check falls back on 外部专家 (Chengdu 4.3).
   */
  fields: readonly ProfileField[];
  appliesTo: Applicant;
  /** Where the form asks for the figures (a figure is asked once, where it first appears); null for the functions offered, asked apart. */
  group: FormGroup | null;
}

export const CONDITIONS: readonly Condition[] = [
  { key: 'operating_years_min', fields: ['years_in_operation'], appliesTo: 'platform', group: 'assets_and_years' },
  { key: 'assets_min_wan', fields: ['total_assets_wan', 'registered_capital_wan'], appliesTo: 'platform', group: 'assets_and_years' },
  { key: 'smes_served_min_per_year', fields: ['smes_served_last_year'], appliesTo: 'platform', group: 'performance' },
  { key: 'smes_served_growth', fields: ['smes_trend'], appliesTo: 'platform', group: 'performance' },
  { key: 'satisfaction_min_pct', fields: ['satisfaction_pct'], appliesTo: 'platform', group: 'performance' },
  { key: 'staff_min', fields: ['staff'], appliesTo: 'platform', group: 'team' },
  { key: 'qualified_staff_min_pct', fields: ['qualified_staff_pct'], appliesTo: 'platform', group: 'team' },
  { key: 'partner_institutions_min', fields: ['partner_institutions', 'external_experts'], appliesTo: 'platform', group: 'team' },
  { key: 'public_benefit_share_min_pct', fields: ['public_benefit_share_pct'], appliesTo: 'platform', group: 'performance' },
  { key: 'public_benefit_activities_min_per_year', fields: ['public_benefit_activities_per_year'], appliesTo: 'platform', group: 'performance' },
  { key: 'office_area_min_m2', fields: ['office_area_m2'], appliesTo: 'platform', group: 'team' },
  { key: 'clean_record_years', fields: ['clean_record_years'], appliesTo: 'platform', group: 'assets_and_years' },
  { key: 'functions_min', fields: [], appliesTo: 'platform', group: null },
  // A Chengdu 小企业创业基地 has its own conditions (第六条、第七条) and none of the platform's others.
  { key: 'base_operating_years_min', fields: ['years_in_operation'], appliesTo: 'base', group: 'base' },
  { key: 'base_tenants_min', fields: ['tenants'], appliesTo: 'base', group: 'base' },
  { key: 'base_staff_min', fields: ['staff'], appliesTo: 'base', group: 'base' },
  { key: 'base_mentors_min', fields: ['mentors'], appliesTo: 'base', group: 'base' },
  { key: 'base_partner_institutions_min', fields: ['partner_institutions'], appliesTo: 'base', group: 'base' },
  { key: 'base_public_benefit_share_min_pct', fields: ['public_benefit_share_pct'], appliesTo: 'base', group: 'base' },
  // 制造业园区 6万, 楼宇经济园 8千平方米 (第六条): the park type chooses the floor.
  { key: 'base_floor_area_min_m2', fields: ['floor_area_m2', 'park_type'], appliesTo: 'base', group: 'base' },
  // 租赁基地除外: a leased base is not asked the 产权 share.
  { key: 'base_property_share_min_pct', fields: ['property_share_pct', 'leased_base'], appliesTo: 'base', group: 'base' },
  { key: 'base_functions_min', fields: [], appliesTo: 'base', group: null },
];

/** The conditions checked for one kind of applicant, in the order the results list them. */
export function conditionsFor(applicant: Applicant): Condition[] {
  return CONDITIONS.filter((condition) => condition.appliesTo === applicant);
}

/**
 * Every numeric minimum the self-check reads, platform's then base's: what the comparison pages
 * rank. The growth in SMEs served is asked in words, not as a figure, so it is not among them.
 */
export const CHECKED_MINIMUMS: readonly AnyProvisionKey[] = CONDITIONS.flatMap((condition) => (condition.key === 'smes_served_growth' ? [] : [condition.key]));

/** The figures each form group asks for, in the table's order, each figure once. */
export function fieldsByGroup(): Record<FormGroup, ProfileField[]> {
  const groups: Record<FormGroup, ProfileField[]> = { assets_and_years: [], performance: [], team: [], base: [] };
  const asked = new Set<ProfileField>();
  for (const condition of CONDITIONS) {
    for (const field of condition.fields) {
      if (condition.group === null || asked.has(field)) continue;
      asked.add(field);
      groups[condition.group].push(field);
    }
  }
  return groups;
}
