import { describe, expect, it } from 'vitest';
import { profileFromSearchParams, profileSchema, profileToSearchParams, type ProfileInput } from './profile.ts';

const full: ProfileInput = {
  years_in_operation: 3,
  legal_form: 'public_institution',
  mountain_area: true,
  applying_as: 'base',
  scope: 'comprehensive',
  total_assets_wan: 49.9,
  registered_capital_wan: 80,
  smes_served_last_year: 60,
  smes_trend: 'steady',
  satisfaction_pct: 90,
  staff: 10,
  qualified_staff_pct: 80.5,
  partner_institutions: 3,
  external_experts: 10,
  office_area_m2: 100,
  public_benefit_share_pct: 20,
  public_benefit_activities_per_year: 2,
  clean_record_years: 3,
  tenants: 30,
  mentors: 2,
  floor_area_m2: 8000,
  park_type: 'manufacturing',
  property_share_pct: 70,
  leased_base: true,
  functions: {
    financing: { activities: 6, financing_amount_yi: 5.5, guarantee_amount_yi: 20 },
    training: { persons_trained: 600, persons_trained_offline: 200, smes_served: 0 },
    policy: { smes_served: 100, smes_served_online: 300 },
    market: { expo_activities: 1, leader_activities: 2 },
    legal: {},
  },
};

const roundTrip = (input: ProfileInput) => profileFromSearchParams(new URLSearchParams(profileToSearchParams(profileSchema.parse(input)).toString()));

describe('the profile', () => {
  it('is an enterprise unless it says otherwise, and needs nothing else', () => {
    expect(profileSchema.parse({})).toEqual({ legal_form: 'enterprise' });
  });

  it('refuses a share above 100% and a negative count', () => {
    expect(profileSchema.safeParse({ satisfaction_pct: 101 }).success).toBe(false);
    expect(profileSchema.safeParse({ staff: -1 }).success).toBe(false);
  });
});

describe('the profile in the URL', () => {
  it('survives the round trip with every field and function figure', () => {
    expect(roundTrip(full)).toEqual(profileSchema.parse(full));
  });

  it('survives the round trip when empty', () => {
    expect(roundTrip({})).toEqual({ legal_form: 'enterprise' });
  });

  it('uses the short names, in a fixed order, leaving out the default legal form', () => {
    const params = profileToSearchParams(profileSchema.parse({ functions: { training: { persons_trained: 600 } }, total_assets_wan: 120, years_in_operation: 3 }));
    expect(params.toString()).toBe('y=3&ta=120&f.training=p600');
  });

  it('writes a function offered without figures as an empty parameter, and a function’s figures by letter', () => {
    const params = profileToSearchParams(profileSchema.parse({ legal_form: 'social_organization', mountain_area: false, functions: { legal: {}, financing: { activities: 6, guarantee_amount_yi: 20 } } }));
    expect(params.toString()).toBe('lf=social_organization&mt=0&f.financing=a6_g20&f.legal=');
  });

  it('drops parameters that do not parse, and keeps the rest', () => {
    const profile = profileFromSearchParams(new URLSearchParams('y=abc&sat=150&lf=company&st=5&tr=up&f.unknown=s5&f.training=p-5_x3_s40&ta=%205&mt=yes'));
    expect(profile).toEqual({ legal_form: 'enterprise', staff: 5, functions: { training: { smes_served: 40 } } });
  });

  it('writes the Chengdu base’s park type, 产权 share and 租赁基地 box, and the figures of online, offline and the two kinds of marketing activity by their letters', () => {
    const params = profileToSearchParams(profileSchema.parse({ applying_as: 'base', floor_area_m2: 10000, park_type: 'manufacturing', property_share_pct: 75, leased_base: false, functions: { training: { persons_trained: 500, persons_trained_offline: 150 }, policy: { smes_served_online: 320 }, market: { expo_activities: 1, leader_activities: 1 } } }));
    expect(params.toString()).toBe('as=base&fa=10000&pk=manufacturing&ps=75&ls=0&f.policy=o320&f.training=p500_i150&f.market=e1_l1');
  });

  it('reads a mountain-area flag from 1 and 0', () => {
    expect(profileFromSearchParams(new URLSearchParams('mt=1')).mountain_area).toBe(true);
    expect(profileFromSearchParams(new URLSearchParams('mt=0')).mountain_area).toBe(false);
  });

  it('reads a function with an empty parameter as offered without figures', () => {
    expect(profileFromSearchParams(new URLSearchParams('f.legal=')).functions).toEqual({ legal: {} });
  });
});
