import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { loadRulesCatalog } from '../rules/load-rules.ts';
import { evaluateProfile, type Evaluation } from './evaluate.ts';
import { findGrowthRequirement } from './growth.ts';
import type { CheckKey } from './minimum.ts';
import { profileSchema, type ProfileInput } from './profile.ts';

const { catalog } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));
const DOCUMENTS = ['weihai', 'chengdu', 'linfen', 'yangjiang', 'ningxia'] as const;
type DocumentId = (typeof DOCUMENTS)[number];

function evaluate(documentId: DocumentId, input: ProfileInput): Evaluation {
  const document = catalog.documents.get(documentId);
  if (!document) throw new Error(`rules document ${documentId} did not load`);
  return evaluateProfile(profileSchema.parse(input), document);
}

function checkOf(evaluation: Evaluation, key: CheckKey) {
  const check = evaluation.checks.find((candidate) => candidate.key === key);
  if (!check) throw new Error(`no check ${key} for ${evaluation.documentId}`);
  return check;
}

/** Comfortably above every minimum of every document, for a platform. */
const STRONG: ProfileInput = {
  years_in_operation: 5,
  total_assets_wan: 500,
  registered_capital_wan: 500,
  smes_served_last_year: 200,
  smes_trend: 'growing',
  satisfaction_pct: 95,
  staff: 20,
  qualified_staff_pct: 90,
  partner_institutions: 10,
  external_experts: 20,
  office_area_m2: 500,
  public_benefit_share_pct: 30,
  public_benefit_activities_per_year: 5,
  clean_record_years: 5,
  functions: { training: { persons_trained: 1000, persons_trained_offline: 400, smes_served: 300 } },
};

/** Comfortably above every minimum of a Chengdu 小企业创业基地. */
const STRONG_BASE: ProfileInput = {
  applying_as: 'base',
  years_in_operation: 5,
  tenants: 50,
  staff: 8,
  mentors: 3,
  partner_institutions: 5,
  public_benefit_share_pct: 30,
  floor_area_m2: 10000,
  park_type: 'building',
  property_share_pct: 80,
  functions: {
    information: { smes_served: 40, activities: 4 },
    startup: { smes_served: 25 },
    training: { persons_trained: 200 },
    consulting: { smes_served: 12 },
  },
};

describe('a profile above every minimum', () => {
  it.each(DOCUMENTS)('qualifies in %s', (documentId) => {
    const evaluation = evaluate(documentId, STRONG);
    expect(evaluation.checks.filter((check) => check.outcome !== 'meets' && check.outcome !== 'not_required')).toEqual([]);
    expect(evaluation.summary).toEqual({ verdict: 'qualifies', shortCount: 0, unknownCount: 0, relaxableCount: 0 });
  });

  it('carries the document’s status, so a draft is shown as one', () => {
    expect(evaluate('weihai', STRONG)).toMatchObject({ status: 'draft', draft: true });
    expect(evaluate('linfen', STRONG)).toMatchObject({ status: 'in_force', draft: false });
  });
});

/** [document, check, profile field, the minimum read from the text, what else the applicant must be for that minimum] */
type MinimumRow = readonly [DocumentId, CheckKey, keyof ProfileInput, number, ProfileInput?];

const PLATFORM_MINIMUMS: readonly MinimumRow[] = [
  ['weihai', 'operating_years_min', 'years_in_operation', 1], // 14.1 运营一年以上
  ['chengdu', 'operating_years_min', 'years_in_operation', 3], // 4.1 登记（注册）3年以上
  ['linfen', 'operating_years_min', 'years_in_operation', 1], // 6.1
  ['yangjiang', 'operating_years_min', 'years_in_operation', 2], // 8.1
  ['ningxia', 'operating_years_min', 'years_in_operation', 2], // 6.1
  ['weihai', 'assets_min_wan', 'total_assets_wan', 100], // 14.1 资产总额
  ['chengdu', 'assets_min_wan', 'registered_capital_wan', 100], // 4.1 注册资金
  ['linfen', 'assets_min_wan', 'total_assets_wan', 50], // 6.1
  ['ningxia', 'assets_min_wan', 'total_assets_wan', 100], // 6.1
  ['weihai', 'smes_served_min_per_year', 'smes_served_last_year', 60], // 14.2
  ['linfen', 'smes_served_min_per_year', 'smes_served_last_year', 30], // 6.2
  // 8.4 年服务中小微企业不少于40家（培训服务不少于200家）: 40 for a platform that is not a training platform.
  ['yangjiang', 'smes_served_min_per_year', 'smes_served_last_year', 40, { functions: { market: {} } }],
  ['ningxia', 'smes_served_min_per_year', 'smes_served_last_year', 50], // 6.2
  ['weihai', 'satisfaction_min_pct', 'satisfaction_pct', 90], // 14.2
  ['chengdu', 'satisfaction_min_pct', 'satisfaction_pct', 90], // 4.6
  ['linfen', 'satisfaction_min_pct', 'satisfaction_pct', 80], // 6.2
  ['ningxia', 'satisfaction_min_pct', 'satisfaction_pct', 80], // 6.2
  ['weihai', 'staff_min', 'staff', 5], // 14.5
  ['chengdu', 'staff_min', 'staff', 10], // 4.4
  ['linfen', 'staff_min', 'staff', 5], // 6.5
  ['yangjiang', 'staff_min', 'staff', 5], // 8.3
  ['ningxia', 'staff_min', 'staff', 10], // 6.5
  ['weihai', 'qualified_staff_min_pct', 'qualified_staff_pct', 80],
  ['chengdu', 'qualified_staff_min_pct', 'qualified_staff_pct', 80],
  ['linfen', 'qualified_staff_min_pct', 'qualified_staff_pct', 80],
  ['yangjiang', 'qualified_staff_min_pct', 'qualified_staff_pct', 60],
  ['ningxia', 'qualified_staff_min_pct', 'qualified_staff_pct', 60],
  ['weihai', 'partner_institutions_min', 'partner_institutions', 3], // 14.3
  ['yangjiang', 'partner_institutions_min', 'partner_institutions', 3], // 8.7
  ['ningxia', 'partner_institutions_min', 'partner_institutions', 2], // 6.3
  ['linfen', 'public_benefit_share_min_pct', 'public_benefit_share_pct', 20], // 6.4
  ['ningxia', 'public_benefit_share_min_pct', 'public_benefit_share_pct', 20], // 6.4
  ['weihai', 'public_benefit_activities_min_per_year', 'public_benefit_activities_per_year', 2], // 14.4
  ['yangjiang', 'office_area_min_m2', 'office_area_m2', 100], // 8.2
  ['chengdu', 'clean_record_years', 'clean_record_years', 3], // 4.7
];

const BASE_MINIMUMS: readonly MinimumRow[] = [
  ['chengdu', 'base_operating_years_min', 'years_in_operation', 3], // 6.1
  ['chengdu', 'base_tenants_min', 'tenants', 30], // 6.3
  ['chengdu', 'base_staff_min', 'staff', 5], // 6.4
  ['chengdu', 'base_mentors_min', 'mentors', 2], // 6.4
  ['chengdu', 'base_partner_institutions_min', 'partner_institutions', 3], // 6.4
  ['chengdu', 'base_public_benefit_share_min_pct', 'public_benefit_share_pct', 20], // 6.5
  ['chengdu', 'base_floor_area_min_m2', 'floor_area_m2', 8000], // 6 运营条件（一）: 楼宇经济园建筑总面积在 8 千平方米以上
  ['chengdu', 'base_floor_area_min_m2', 'floor_area_m2', 60000, { park_type: 'manufacturing' }], // 制造业园区建筑总面积在 6 万平方米以上
  ['chengdu', 'base_property_share_min_pct', 'property_share_pct', 70], // 运营单位建筑产权占基地总产权的70%以上
];

function boundaryRows(rows: readonly MinimumRow[], profile: ProfileInput) {
  return rows.map(([documentId, key, field, minimum, also = {}]) => ({ documentId, key, field, minimum, base: { ...profile, ...also }, name: `${documentId} ${key} (${field}) at ${minimum}` }));
}

describe.each([...boundaryRows(PLATFORM_MINIMUMS, STRONG), ...boundaryRows(BASE_MINIMUMS, STRONG_BASE)])('$name', ({ documentId, key, field, minimum, base }) => {
  it(`meets at exactly the minimum, ${minimum}`, () => {
    const evaluation = evaluate(documentId, { ...base, [field]: minimum });
    expect(checkOf(evaluation, key)).toMatchObject({ required: minimum, actual: minimum, outcome: 'meets', gap: null });
    expect(evaluation.summary.verdict).toBe('qualifies');
  });

  it(`falls short by 1 at ${minimum - 1}`, () => {
    const evaluation = evaluate(documentId, { ...base, [field]: minimum - 1 });
    expect(checkOf(evaluation, key)).toMatchObject({ required: minimum, actual: minimum - 1, outcome: 'short', gap: 1 });
    expect(evaluation.summary).toMatchObject({ verdict: 'falls_short', shortCount: 1 });
  });

  it('cannot tell when the figure is not given', () => {
    const evaluation = evaluate(documentId, { ...base, [field]: undefined });
    expect(checkOf(evaluation, key)).toMatchObject({ actual: null, outcome: 'unknown', gap: null });
    expect(evaluation.summary).toMatchObject({ verdict: 'cannot_tell', unknownCount: 1 });
  });
});

describe('provisions a document is silent on', () => {
  it.each([
    ['chengdu', 'smes_served_min_per_year'],
    ['yangjiang', 'satisfaction_min_pct'],
    ['linfen', 'partner_institutions_min'],
    ['weihai', 'public_benefit_share_min_pct'],
    ['weihai', 'office_area_min_m2'],
    ['ningxia', 'clean_record_years'],
    ['linfen', 'public_benefit_activities_min_per_year'],
  ] as const)('%s %s is not required, even with no figure given', (documentId, key) => {
    expect(checkOf(evaluate(documentId, {}), key)).toMatchObject({ required: null, outcome: 'not_required', gap: null });
  });

  it('keep the note that says why', () => {
    expect(checkOf(evaluate('weihai', {}), 'office_area_min_m2').note).toContain('固定的经营服务场所');
  });
});

describe('a profile that gives no figures', () => {
  it.each(DOCUMENTS)('cannot be told in %s, and never falls short', (documentId) => {
    const evaluation = evaluate(documentId, {});
    expect(evaluation.summary.verdict).toBe('cannot_tell');
    expect(evaluation.summary.shortCount).toBe(0);
    expect(evaluation.checks.every((check) => check.outcome === 'unknown' || check.outcome === 'not_required')).toBe(true);
  });
});

// 第十四条, last paragraph: “由事业单位、民办非企、社团法人主办，服务业绩突出，示范作用明显的服务平台，
// 上述条件（一）中，资产总额可放宽至不低于50万元”. The 50万元 rests on 业绩突出 and 示范作用明显, which
// no figure shows: it may apply (可适用), it is not met outright.
describe('Weihai’s 50万元 for 事业单位、民办非企、社团法人 “服务业绩突出，示范作用明显” (第十四条): may apply, not met', () => {
  it.each(['public_institution', 'private_non_enterprise', 'social_organization'] as const)('a %s at 50万元 may have the lower floor applied, short of the 100万元 by 50', (legalForm) => {
    const check = checkOf(evaluate('weihai', { ...STRONG, legal_form: legalForm, total_assets_wan: 50 }), 'assets_min_wan');
    expect(check).toMatchObject({ required: 100, actual: 50, outcome: 'may_be_relaxed', gap: 50, cite: ['14.1', '14'] });
    expect(check.relaxation).toMatchObject({ value: 50, requires: '服务业绩突出，示范作用明显' });
  });

  it('a 事业单位 at 49.9万元 falls short even of the lower floor, which the check still names', () => {
    const check = checkOf(evaluate('weihai', { ...STRONG, legal_form: 'public_institution', total_assets_wan: 49.9 }), 'assets_min_wan');
    expect(check).toMatchObject({ required: 100, actual: 49.9, outcome: 'short', gap: 50.1 });
    expect(check.relaxation?.value).toBe(50);
  });

  it('a 事业单位 at 100万元 meets outright', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, legal_form: 'public_institution', total_assets_wan: 100 }), 'assets_min_wan')).toMatchObject({ required: 100, outcome: 'meets' });
  });

  it('an enterprise at 50万元 falls short of 100万元, with nothing to apply', () => {
    const check = checkOf(evaluate('weihai', { ...STRONG, total_assets_wan: 50 }), 'assets_min_wan');
    expect(check).toMatchObject({ required: 100, outcome: 'short', gap: 50 });
    expect(check.relaxation).toBeUndefined();
  });

  it('a 事业单位 otherwise above every minimum cannot be told, rather than qualifying', () => {
    expect(evaluate('weihai', { ...STRONG, legal_form: 'public_institution', total_assets_wan: 60 }).summary).toEqual({ verdict: 'cannot_tell', shortCount: 0, unknownCount: 0, relaxableCount: 1 });
  });

  it('does not lower Linfen’s or Ningxia’s floor', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, legal_form: 'private_non_enterprise', total_assets_wan: 50 }), 'assets_min_wan')).toMatchObject({ required: 100, outcome: 'short' });
  });
});

// 第八条（四）: “年服务中小微企业不少于40家（培训服务不少于200家）”: the platform's yearly count, 200
// for a training platform; not a figure of the training function alone.
describe('Yangjiang’s yearly count for a training platform (第八条（四）: “不少于40家（培训服务不少于200家）”)', () => {
  const served = (smes: number, functions: ProfileInput['functions']) => checkOf(evaluate('yangjiang', { ...STRONG, smes_served_last_year: smes, functions }), 'smes_served_min_per_year');

  it('a training platform serving 80 SMEs falls 120 short of 200', () => {
    expect(served(80, { training: {} })).toMatchObject({ required: 200, actual: 80, outcome: 'short', gap: 120, cite: ['8.4'] });
  });

  it('a training platform meets at 200, whatever its training function’s own figures', () => {
    expect(served(200, { training: { persons_trained: 10 } })).toMatchObject({ required: 200, outcome: 'meets' });
  });

  it('a platform of another service meets at 40', () => {
    expect(served(40, { legal: {} })).toMatchObject({ required: 40, outcome: 'meets' });
    expect(served(39, { legal: {} })).toMatchObject({ required: 40, outcome: 'short', gap: 1 });
  });

  it('a platform offering training among other services, at 80, cannot be told: the rules do not say which count it owes', () => {
    const check = served(80, { training: {}, legal: {} });
    expect(check).toMatchObject({ required: 40, outcome: 'unknown', note: '培训服务平台年服务中小微企业不少于200家（第八条（四）括号内）' });
    expect(check.open?.map((variant) => variant.value)).toEqual([200]);
    expect(served(200, { training: {}, legal: {} }).outcome).toBe('meets');
    expect(served(39, { training: {}, legal: {} })).toMatchObject({ outcome: 'short', gap: 1 });
  });

  it('the training function asks no figure of its own: offered, it meets 第七条', () => {
    const evaluation = evaluate('yangjiang', { ...STRONG, smes_served_last_year: 80, functions: { training: {} } });
    expect(evaluation.functions.find((fn) => fn.name === '培训服务')?.outcome).toBe('meets');
    expect(checkOf(evaluation, 'functions_min').outcome).toBe('meets');
  });
});

describe('Yangjiang’s comprehensive and specialized platforms (第八条（一）)', () => {
  it('a comprehensive platform meets at 30万元 and falls short at 29', () => {
    expect(checkOf(evaluate('yangjiang', { ...STRONG, scope: 'comprehensive', total_assets_wan: 30 }), 'assets_min_wan')).toMatchObject({ required: 30, outcome: 'meets' });
    expect(checkOf(evaluate('yangjiang', { ...STRONG, scope: 'comprehensive', total_assets_wan: 29 }), 'assets_min_wan')).toMatchObject({ required: 30, outcome: 'short', gap: 1 });
  });

  it('a specialized platform falls short at 30万元 and meets at 50', () => {
    expect(checkOf(evaluate('yangjiang', { ...STRONG, scope: 'specialized', total_assets_wan: 30 }), 'assets_min_wan')).toMatchObject({ required: 50, outcome: 'short', gap: 20 });
    expect(checkOf(evaluate('yangjiang', { ...STRONG, scope: 'specialized', total_assets_wan: 50 }), 'assets_min_wan')).toMatchObject({ required: 50, outcome: 'meets' });
    expect(checkOf(evaluate('yangjiang', { ...STRONG, scope: 'specialized', total_assets_wan: 49 }), 'assets_min_wan')).toMatchObject({ outcome: 'short', gap: 1 });
  });

  it('without a scope, 40万元 cannot be told, while 50 meets and 29 falls short either way', () => {
    expect(checkOf(evaluate('yangjiang', { ...STRONG, total_assets_wan: 40 }), 'assets_min_wan')).toMatchObject({ outcome: 'unknown', note: '综合服务平台资产总额不低于30万元' });
    expect(checkOf(evaluate('yangjiang', { ...STRONG, total_assets_wan: 50 }), 'assets_min_wan').outcome).toBe('meets');
    expect(checkOf(evaluate('yangjiang', { ...STRONG, total_assets_wan: 29 }), 'assets_min_wan')).toMatchObject({ outcome: 'short', gap: 21 });
  });
});

describe('资产总额 and 注册资金 are different figures', () => {
  const applicant = { ...STRONG, total_assets_wan: 200, registered_capital_wan: 80 };

  it('200万 total assets with 80万 registered capital falls short in Chengdu, which asks 注册资金', () => {
    expect(checkOf(evaluate('chengdu', applicant), 'assets_min_wan')).toMatchObject({ label: '注册资金', required: 100, actual: 80, outcome: 'short', gap: 20 });
  });

  it('and meets in Weihai, which asks 资产总额', () => {
    expect(checkOf(evaluate('weihai', applicant), 'assets_min_wan')).toMatchObject({ label: '资产总额', required: 100, actual: 200, outcome: 'meets' });
  });

  it('total assets alone cannot tell Chengdu’s condition, registered capital alone cannot tell Weihai’s', () => {
    expect(checkOf(evaluate('chengdu', { ...STRONG, registered_capital_wan: undefined }), 'assets_min_wan').outcome).toBe('unknown');
    expect(checkOf(evaluate('weihai', { ...STRONG, total_assets_wan: undefined }), 'assets_min_wan').outcome).toBe('unknown');
  });
});

describe('Chengdu’s partner institutions or external experts (第四条（三）)', () => {
  const partners = (partnerInstitutions: number | undefined, externalExperts: number | undefined) =>
    checkOf(evaluate('chengdu', { ...STRONG, partner_institutions: partnerInstitutions, external_experts: externalExperts }), 'partner_institutions_min');

  it('5 institutions meet without experts', () => {
    expect(partners(5, undefined)).toMatchObject({ required: 5, outcome: 'meets' });
  });

  it('3 institutions and 10 experts meet, by the experts', () => {
    expect(partners(3, 10)).toMatchObject({ outcome: 'meets', gap: null, cite: ['4.3'] });
  });

  it('3 institutions and 9 experts fall short by 2 institutions', () => {
    expect(partners(3, 9)).toMatchObject({ outcome: 'short', gap: 2 });
  });

  it('3 institutions and no figure for experts cannot be told', () => {
    expect(partners(3, undefined).outcome).toBe('unknown');
  });

  it('10 experts meet without a figure for institutions', () => {
    expect(partners(undefined, 10).outcome).toBe('meets');
  });

  it('experts count for nothing in Weihai, which asks institutions only', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, partner_institutions: 2, external_experts: 50 }), 'partner_institutions_min')).toMatchObject({ outcome: 'short', gap: 1 });
  });
});

describe('growth in SMEs served (逐年增长, 稳步增长)', () => {
  it.each([
    ['weihai', '14.2', '逐年增长'],
    ['linfen', '6.2', '稳步增长'],
    ['ningxia', '6.2', '稳步增长'],
    ['chengdu', '4.6', '稳步增长'],
  ] as const)('%s asks for it in %s', (documentId, cite, wording) => {
    expect(findGrowthRequirement(catalog.documents.get(documentId)!)).toMatchObject({ cite, wording });
    expect(checkOf(evaluate(documentId, STRONG), 'smes_served_growth')).toMatchObject({ required: wording, outcome: 'meets', cite: [cite] });
  });

  it('Yangjiang does not', () => {
    expect(checkOf(evaluate('yangjiang', { ...STRONG, smes_trend: 'falling' }), 'smes_served_growth').outcome).toBe('not_required');
  });

  it.each(['steady', 'falling'] as const)('a %s count falls short where growth is asked', (trend) => {
    expect(checkOf(evaluate('linfen', { ...STRONG, smes_trend: trend }), 'smes_served_growth').outcome).toBe('short');
  });

  it('no trend given cannot be told', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, smes_trend: undefined }), 'smes_served_growth').outcome).toBe('unknown');
  });
});

describe('Ningxia’s relaxations (第六条, last paragraph): may be relaxed, neither met nor failed', () => {
  it.each(['public_institution', 'social_organization'] as const)('a %s below the asset floor may be relaxed', (legalForm) => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, legal_form: legalForm, total_assets_wan: 80 }), 'assets_min_wan')).toMatchObject({ required: 100, outcome: 'may_be_relaxed', gap: 20, cite: ['6.1', '6'] });
  });

  it('a 事业单位 a year short of operation may be relaxed: (一) covers years and assets alike', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, legal_form: 'public_institution', years_in_operation: 1 }), 'operating_years_min')).toMatchObject({ outcome: 'may_be_relaxed', gap: 1 });
  });

  it('a 事业单位 at exactly the floor simply meets', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, legal_form: 'public_institution', total_assets_wan: 100 }), 'assets_min_wan').outcome).toBe('meets');
  });

  it('a 事业单位 is not relaxed on (二): 49 SMEs served falls short', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, legal_form: 'public_institution', smes_served_last_year: 49 }), 'smes_served_min_per_year').outcome).toBe('short');
  });

  it('a 民办非企 is not among the relaxed legal forms', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, legal_form: 'private_non_enterprise', total_assets_wan: 80 }), 'assets_min_wan').outcome).toBe('short');
  });

  it.each([
    ['operating_years_min', 'years_in_operation', 1],
    ['assets_min_wan', 'total_assets_wan', 99],
    ['smes_served_min_per_year', 'smes_served_last_year', 49],
    ['satisfaction_min_pct', 'satisfaction_pct', 79],
    ['staff_min', 'staff', 9],
    ['qualified_staff_min_pct', 'qualified_staff_pct', 59],
  ] as const)('a platform in a 山区市县 below %s may be relaxed', (key, field, figure) => {
    const evaluation = evaluate('ningxia', { ...STRONG, mountain_area: true, [field]: figure });
    expect(checkOf(evaluation, key)).toMatchObject({ outcome: 'may_be_relaxed', gap: 1 });
    expect(evaluation.summary).toEqual({ verdict: 'cannot_tell', shortCount: 0, unknownCount: 0, relaxableCount: 1 });
  });

  it('a 山区市县 platform whose count of SMEs served does not grow may be relaxed too: growth is in (二)', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, mountain_area: true, smes_trend: 'falling' }), 'smes_served_growth').outcome).toBe('may_be_relaxed');
    expect(checkOf(evaluate('ningxia', { ...STRONG, smes_trend: 'falling' }), 'smes_served_growth').outcome).toBe('short');
  });

  it.each([
    ['partner_institutions_min', 'partner_institutions', 1],
    ['public_benefit_share_min_pct', 'public_benefit_share_pct', 19],
  ] as const)('a 山区市县 platform below %s still falls short: (三) and (四) are not relaxed', (key, field, figure) => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, mountain_area: true, [field]: figure }), key).outcome).toBe('short');
  });

  it('the same shortfall outside a 山区市县 falls short', () => {
    expect(checkOf(evaluate('ningxia', { ...STRONG, staff: 9 }), 'staff_min').outcome).toBe('short');
  });

  it('a shortfall elsewhere still decides the verdict', () => {
    expect(evaluate('ningxia', { ...STRONG, mountain_area: true, staff: 9, partner_institutions: 1 }).summary).toEqual({ verdict: 'falls_short', shortCount: 1, unknownCount: 0, relaxableCount: 1 });
  });
});

// 第六条 运营条件（一）: “制造业园区建筑总面积在 6 万平方米以上，楼宇经济园建筑总面积在 8 千平方米以上，
// 且运营单位建筑产权占基地总产权的70%以上（租赁基地除外）”.
describe('Chengdu’s base floor area by park type, and the 产权 share (第六条 运营条件（一）)', () => {
  const base = (also: ProfileInput) => evaluate('chengdu', { ...STRONG_BASE, ...also });

  it('a 10,000 m² 制造业园区 falls 50,000 m² short of “制造业园区建筑总面积在 6 万平方米以上”', () => {
    expect(checkOf(base({ park_type: 'manufacturing', floor_area_m2: 10000 }), 'base_floor_area_min_m2')).toMatchObject({ required: 60000, actual: 10000, outcome: 'short', gap: 50000, cite: ['6'] });
  });

  it('a 10,000 m² 楼宇经济园 meets “楼宇经济园建筑总面积在 8 千平方米以上”', () => {
    expect(checkOf(base({ park_type: 'building', floor_area_m2: 10000 }), 'base_floor_area_min_m2')).toMatchObject({ required: 8000, outcome: 'meets' });
  });

  it('10,000 m² without a park type cannot be told, never meets; below 8,000 falls short and above 60,000 meets either way', () => {
    const open = checkOf(base({ park_type: undefined, floor_area_m2: 10000 }), 'base_floor_area_min_m2');
    expect(open).toMatchObject({ outcome: 'unknown', note: '制造业园区建筑总面积在6万平方米以上' });
    expect(open.open?.map((variant) => variant.when.park_type)).toEqual(['manufacturing']);
    expect(checkOf(base({ park_type: undefined, floor_area_m2: 7999 }), 'base_floor_area_min_m2')).toMatchObject({ outcome: 'short', gap: 1 });
    expect(checkOf(base({ park_type: undefined, floor_area_m2: 60000 }), 'base_floor_area_min_m2').outcome).toBe('meets');
  });

  it('“运营单位建筑产权占基地总产权的70%以上”: 69% falls short, none given cannot be told', () => {
    expect(checkOf(base({ property_share_pct: 69 }), 'base_property_share_min_pct')).toMatchObject({ required: 70, outcome: 'short', gap: 1, cite: ['6'] });
    expect(checkOf(base({ property_share_pct: undefined }), 'base_property_share_min_pct').outcome).toBe('unknown');
  });

  it('“（租赁基地除外）”: a leased base is not asked the 产权 share, but still the floor area', () => {
    const leased = base({ leased_base: true, property_share_pct: 0, park_type: 'manufacturing', floor_area_m2: 10000 });
    expect(checkOf(leased, 'base_property_share_min_pct')).toMatchObject({ required: null, outcome: 'not_required', note: expect.stringContaining('租赁基地除外') as unknown });
    expect(checkOf(leased, 'base_floor_area_min_m2').outcome).toBe('short');
  });
});

describe('Chengdu’s 小企业创业基地 against its platform', () => {
  it('a base is checked on the base’s conditions only: no assets, satisfaction or qualified-staff share', () => {
    const evaluation = evaluate('chengdu', STRONG_BASE);
    expect(evaluation.applicant).toBe('base');
    expect(evaluation.checks.map((check) => check.key)).toEqual([
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
    expect(evaluation.summary.verdict).toBe('qualifies');
  });

  it('a base with 5 staff meets where a platform with 5 staff falls short of 10', () => {
    expect(checkOf(evaluate('chengdu', { ...STRONG_BASE, staff: 5 }), 'base_staff_min').outcome).toBe('meets');
    expect(checkOf(evaluate('chengdu', { ...STRONG, staff: 5 }), 'staff_min')).toMatchObject({ required: 10, outcome: 'short', gap: 5 });
  });

  it('a base is checked on the base’s functions: 150 persons trained meet 人员培训, not the platform’s 培训服务', () => {
    const base = evaluate('chengdu', { ...STRONG_BASE, functions: { training: { persons_trained: 150 } } });
    expect(base.functions.map((fn) => fn.name)).toEqual(['信息服务', '创业辅导', '创新支持', '人员培训', '市场营销', '投融资服务', '管理咨询', '专业服务']);
    expect(base.functions.find((fn) => fn.name === '人员培训')?.outcome).toBe('meets');
    const platform = evaluate('chengdu', { ...STRONG, functions: { training: { persons_trained: 150 } } });
    expect(platform.functions.find((fn) => fn.name === '培训服务')).toMatchObject({ outcome: 'short' });
    expect(checkOf(platform, 'functions_min').outcome).toBe('short');
  });

  it('names the functions offered that the document does not list for the applicant, with the article that lists them', () => {
    const offered = { functions: { training: { persons_trained: 150 }, legal: {}, tax: {} } };
    expect(evaluate('chengdu', { ...STRONG, ...offered }).unlisted).toEqual({ codes: ['legal', 'tax'], cite: ['5'] });
    // The base's 专业服务 covers both (第七条（八）).
    expect(evaluate('chengdu', { ...STRONG_BASE, ...offered }).unlisted).toEqual({ codes: [], cite: [] });
    expect(evaluate('chengdu', STRONG).unlisted.codes).toEqual([]);
  });

  it('a base needs 4 functions: 4 meet, 3 fall short by 1', () => {
    expect(checkOf(evaluate('chengdu', STRONG_BASE), 'base_functions_min')).toMatchObject({ required: 4, actual: 4, outcome: 'meets' });
    const three = { ...STRONG_BASE, functions: { information: { smes_served: 40, activities: 4 }, startup: { smes_served: 25 }, training: { persons_trained: 200 } } };
    expect(checkOf(evaluate('chengdu', three), 'base_functions_min')).toMatchObject({ actual: 3, outcome: 'short', gap: 1 });
  });

  it('applying as a base where the document knows no bases is checked as a platform', () => {
    const evaluation = evaluate('weihai', { ...STRONG, applying_as: 'base' });
    expect(evaluation.applicant).toBe('platform');
    expect(evaluation.summary.verdict).toBe('qualifies');
  });
});

describe('the functions condition (至少一项功能要求)', () => {
  it('cannot be told when no function is named', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, functions: undefined }), 'functions_min')).toMatchObject({ required: 1, actual: null, outcome: 'unknown' });
  });

  it('cannot be told when the functions named lack the figures their thresholds read', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, functions: { training: {} } }), 'functions_min')).toMatchObject({ actual: 0, outcome: 'unknown' });
  });

  it('falls short when every function named misses its threshold', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, functions: { training: { persons_trained: 599 } } }), 'functions_min')).toMatchObject({ actual: 0, outcome: 'short', gap: 1 });
  });

  it('falls short when the functions named are not among the document’s', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, functions: { tax: { smes_served: 500 } } }), 'functions_min')).toMatchObject({ actual: 0, outcome: 'short' });
  });

  it('meets with one function met, whatever the others', () => {
    expect(checkOf(evaluate('weihai', { ...STRONG, functions: { training: { persons_trained: 600 }, legal: {} } }), 'functions_min')).toMatchObject({ actual: 1, outcome: 'meets' });
  });

  it('meets in Yangjiang with a function offered and no figure: its functions ask for none', () => {
    expect(checkOf(evaluate('yangjiang', { ...STRONG, functions: { market: {} } }), 'functions_min')).toMatchObject({ actual: 1, outcome: 'meets' });
  });
});

// Chengdu 第五条（二）: “提供……融资促进等咨询服务……市场开拓、投融资、人员招聘等供需对接服务”.
describe('a Chengdu platform offering only financing services', () => {
  it('is not told it falls short on 第五条: its financing counts under 咨询服务 (第五条（二）)', () => {
    const evaluation = evaluate('chengdu', { ...STRONG, functions: { financing: {} } });
    expect(checkOf(evaluation, 'functions_min')).toMatchObject({ outcome: 'unknown', actual: 0 });
    expect(evaluation.unlisted.codes).toEqual([]);
    expect(evaluation.functions.find((fn) => fn.outcome !== 'not_offered')).toMatchObject({ name: '咨询服务', cite: ['5.2'], offered: ['financing'] });
  });

  it('meets 第五条 with 50 SMEs served offline', () => {
    expect(checkOf(evaluate('chengdu', { ...STRONG, functions: { financing: { smes_served: 50 } } }), 'functions_min')).toMatchObject({ outcome: 'meets', actual: 1 });
  });
});

// Yangjiang 第七条: “服务平台应当具备以下一种或多种服务功能……（九）中小微企业所需要的其他服务。”
describe('a Yangjiang platform offering only 信息服务', () => {
  it('meets 第七条 through the catch-all （九）, and nothing is unlisted', () => {
    const evaluation = evaluate('yangjiang', { ...STRONG, smes_served_last_year: 50, functions: { information: {} } });
    expect(checkOf(evaluation, 'functions_min')).toMatchObject({ outcome: 'meets', actual: 1 });
    expect(evaluation.unlisted.codes).toEqual([]);
    expect(evaluation.summary.verdict).toBe('qualifies');
  });
});

describe('one profile, five documents', () => {
  // A 事业单位 two years old with 60万元, 3 partners and no external experts, training 550 persons from 210 SMEs.
  const centre: ProfileInput = {
    legal_form: 'public_institution',
    years_in_operation: 2,
    total_assets_wan: 60,
    registered_capital_wan: 60,
    smes_served_last_year: 45,
    smes_trend: 'growing',
    satisfaction_pct: 85,
    staff: 6,
    qualified_staff_pct: 85,
    partner_institutions: 3,
    external_experts: 0,
    office_area_m2: 120,
    public_benefit_share_pct: 25,
    public_benefit_activities_per_year: 2,
    clean_record_years: 5,
    functions: { training: { persons_trained: 550, smes_served: 210 } },
  };
  const verdicts = Object.fromEntries(DOCUMENTS.map((documentId) => [documentId, evaluate(documentId, centre)]));

  it('qualifies in Linfen', () => {
    expect(verdicts.linfen?.summary.verdict).toBe('qualifies');
  });

  it('falls short in Yangjiang: a training platform serving 45 SMEs, 155 short of “培训服务不少于200家”', () => {
    expect(verdicts.yangjiang?.checks.filter((check) => check.outcome === 'short').map((check) => [check.key, check.gap])).toEqual([['smes_served_min_per_year', 155]]);
  });

  it('falls short in Weihai on SMEs served (45 of 60), satisfaction (85 of 90%) and training (550 of 600); its assets only may have the 事业单位 floor applied', () => {
    const weihai = verdicts.weihai!;
    expect(weihai.summary.verdict).toBe('falls_short');
    expect(weihai.checks.filter((check) => check.outcome === 'short').map((check) => check.key)).toEqual(['smes_served_min_per_year', 'satisfaction_min_pct', 'functions_min']);
    expect(checkOf(weihai, 'assets_min_wan')).toMatchObject({ required: 100, outcome: 'may_be_relaxed', gap: 40 });
  });

  it('falls short in Ningxia on SMEs served and staff, its assets only may be relaxed', () => {
    const ningxia = verdicts.ningxia!;
    expect(ningxia.summary).toEqual({ verdict: 'falls_short', shortCount: 2, unknownCount: 0, relaxableCount: 1 });
    expect(checkOf(ningxia, 'assets_min_wan').outcome).toBe('may_be_relaxed');
  });

  it('falls short in Chengdu on years registered, registered capital, staff, partners and satisfaction', () => {
    const chengdu = verdicts.chengdu!;
    expect(chengdu.checks.filter((check) => check.outcome === 'short').map((check) => check.key)).toEqual(['operating_years_min', 'assets_min_wan', 'satisfaction_min_pct', 'staff_min', 'partner_institutions_min']);
  });
});
