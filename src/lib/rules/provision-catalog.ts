// What each provision key means on the site: its label, how its value reads, and which way is stricter.
import type { ExtraProvisionKey, ProvisionKey } from './schema.ts';

export type AnyProvisionKey = ProvisionKey | ExtraProvisionKey;

export interface ProvisionMeta {
  label: string;
  /** How a number reads: `{n} 万元`. Text and enums have their own readers. */
  unit?: string;
  /** For numeric minimums the higher figure is stricter; null where a comparison would mislead. */
  stricter?: 'higher' | 'lower' | null;
}

export const PROVISION_META: Record<AnyProvisionKey, ProvisionMeta> = {
  operating_years_min: { label: '成立或运营年限', unit: '年以上', stricter: 'higher' },
  assets_min_wan: { label: '资产或注册资金', unit: '万元以上', stricter: 'higher' },
  assets_measure: { label: '资金指标口径' },
  local_registration: { label: '属地要求' },
  clean_record_years: { label: '无违法失信记录年限', unit: '年', stricter: 'higher' },
  comprehensive_applicant: { label: '综合平台申报主体' },
  naming_rule: { label: '平台命名规则' },
  smes_served_min_per_year: { label: '年服务中小企业数', unit: '家以上', stricter: 'higher' },
  satisfaction_min_pct: { label: '用户满意度', unit: '%以上', stricter: 'higher' },
  staff_min: { label: '专职服务人员', unit: '人以上', stricter: 'higher' },
  qualified_staff_min_pct: { label: '大专以上学历或中级以上职称人员占比', unit: '%以上', stricter: 'higher' },
  partner_institutions_min: { label: '集聚服务机构', unit: '家以上', stricter: 'higher' },
  external_experts_min: { label: '外部专家（可替代集聚机构）', unit: '名以上', stricter: 'higher' },
  public_benefit_share_min_pct: { label: '公益性或低收费服务占比', unit: '%以上', stricter: 'higher' },
  public_benefit_activities_min_per_year: { label: '年公益性服务活动', unit: '次以上', stricter: 'higher' },
  office_area_min_m2: { label: '办公场所面积', unit: '平方米以上', stricter: 'higher' },
  functions_min: { label: '至少具备的服务功能', unit: '项', stricter: 'higher' },
  training_persons_min_per_year: { label: '培训服务：年培训人次', unit: '人次以上', stricter: 'higher' },
  financing_amount_min_yi: { label: '融资服务：年帮助融资总额', unit: '亿元以上', stricter: 'higher' },
  financing_guarantee_min_yi: { label: '融资担保机构：年新增担保额', unit: '亿元以上', stricter: 'higher' },
  publicity_days: { label: '公示期', stricter: null },
  publicity_day_type: { label: '公示期计算方式' },
  objection_effect: { label: '公示异议' },
  objection_requirements: { label: '异议须写明的内容' },
  recognition_frequency: { label: '认定频次' },
  validity_years: { label: '认定有效期', unit: '年', stricter: 'lower' },
  renewal_mode: { label: '期满后' },
  annual_report_due: { label: '年度报告' },
  suspension: { label: '暂停称号' },
  reapply_ban_years: { label: '撤销后不得再申报', unit: '年', stricter: 'higher' },
  revocation_grounds: { label: '撤销情形' },
  base_operating_years_min: { label: '基地：登记年限', unit: '年以上', stricter: 'higher' },
  base_tenants_min: { label: '基地：入驻小微企业', unit: '家以上', stricter: 'higher' },
  base_staff_min: { label: '基地：专职服务人员', unit: '人以上', stricter: 'higher' },
  base_mentors_min: { label: '基地：创业辅导师', unit: '人以上', stricter: 'higher' },
  base_partner_institutions_min: { label: '基地：外部专业服务机构', unit: '家以上', stricter: 'higher' },
  base_public_benefit_share_min_pct: { label: '基地：公益性或低收费服务占比', unit: '%以上', stricter: 'higher' },
  base_floor_area_min_m2: { label: '基地：建筑总面积', unit: '平方米以上', stricter: 'higher' },
  base_property_share_min_pct: { label: '基地：运营单位建筑产权占比', unit: '%以上', stricter: 'higher' },
  base_functions_min: { label: '基地：至少具备的服务功能', unit: '项', stricter: 'higher' },
};

export interface Theme {
  id: string;
  title: string;
  question: string;
  keys: AnyProvisionKey[];
  /** The theme compares service functions too. */
  withFunctions?: boolean;
}

/** The comparison pages, one table per theme. */
export const THEMES: Theme[] = [
  {
    id: 'applicants',
    title: '申请主体',
    question: '谁可以申请？',
    keys: ['operating_years_min', 'assets_min_wan', 'assets_measure', 'local_registration', 'clean_record_years', 'comprehensive_applicant', 'naming_rule'],
  },
  {
    id: 'record-and-staff',
    title: '服务业绩与人员',
    question: '要有怎样的服务业绩和团队？',
    keys: ['smes_served_min_per_year', 'satisfaction_min_pct', 'staff_min', 'qualified_staff_min_pct', 'partner_institutions_min', 'external_experts_min', 'public_benefit_share_min_pct', 'public_benefit_activities_min_per_year', 'office_area_min_m2'],
  },
  {
    id: 'functions',
    title: '服务功能与门槛',
    question: '要提供哪些服务，达到什么量？',
    keys: ['functions_min', 'training_persons_min_per_year', 'financing_amount_min_yi', 'financing_guarantee_min_yi'],
    withFunctions: true,
  },
  {
    id: 'procedure',
    title: '认定程序与公示',
    question: '怎样认定，公示多久？',
    keys: ['publicity_days', 'objection_effect', 'objection_requirements', 'recognition_frequency'],
  },
  {
    id: 'validity',
    title: '有效期、复核与报告',
    question: '称号管多久，期满怎么办，每年报什么？',
    keys: ['validity_years', 'renewal_mode', 'annual_report_due'],
  },
  {
    id: 'supervision',
    title: '监督、暂停与撤销',
    question: '什么情况下暂停或撤销称号？',
    keys: ['suspension', 'revocation_grounds', 'reapply_ban_years'],
  },
  {
    id: 'startup-bases',
    title: '小企业创业基地',
    question: '创业基地另有哪些条件？',
    keys: ['base_operating_years_min', 'base_tenants_min', 'base_staff_min', 'base_mentors_min', 'base_partner_institutions_min', 'base_public_benefit_share_min_pct', 'base_floor_area_min_m2', 'base_property_share_min_pct', 'base_functions_min'],
  },
];
