import { describe, expect, it } from 'vitest';
import { CHECKED_MINIMUMS, conditionsFor, fieldsByGroup } from './conditions.ts';

describe('the conditions table', () => {
  it('gives a platform’s checks in the order the results list them', () => {
    expect(conditionsFor('platform').map((condition) => condition.key)).toEqual([
      'operating_years_min',
      'assets_min_wan',
      'smes_served_min_per_year',
      'smes_served_growth',
      'satisfaction_min_pct',
      'staff_min',
      'qualified_staff_min_pct',
      'partner_institutions_min',
      'public_benefit_share_min_pct',
      'public_benefit_activities_min_per_year',
      'office_area_min_m2',
      'clean_record_years',
      'functions_min',
    ]);
  });

  it('gives a base only the base’s own checks', () => {
    expect(conditionsFor('base').map((condition) => condition.key)).toEqual([
      'base_operating_years_min',
      'base_tenants_min',
      'base_staff_min',
      'base_mentors_min',
      'base_partner_institutions_min',
      'base_public_benefit_share_min_pct',
      'base_floor_area_min_m2',
      'base_property_share_min_pct',
      'base_functions_min',
    ]);
  });

  it('ranks every numeric minimum, in the same order, but not the growth asked in words', () => {
    expect(CHECKED_MINIMUMS).not.toContain('smes_served_growth');
    expect(CHECKED_MINIMUMS).toHaveLength(21);
    expect(CHECKED_MINIMUMS.slice(5, 9)).toEqual(['qualified_staff_min_pct', 'partner_institutions_min', 'public_benefit_share_min_pct', 'public_benefit_activities_min_per_year']);
  });

  it('asks each figure once, in the group of the first condition that reads it', () => {
    expect(fieldsByGroup()).toEqual({
      assets_and_years: ['years_in_operation', 'total_assets_wan', 'registered_capital_wan', 'clean_record_years'],
      performance: ['smes_served_last_year', 'smes_trend', 'satisfaction_pct', 'public_benefit_share_pct', 'public_benefit_activities_per_year'],
      team: ['staff', 'qualified_staff_pct', 'partner_institutions', 'external_experts', 'office_area_m2'],
      base: ['tenants', 'mentors', 'floor_area_m2', 'park_type', 'property_share_pct', 'leased_base'],
    });
  });
});
