// The self-check form: its fields in the order a person answers them, and the translation between
// the form's own fields and the profile's URL parameters (profile.ts).
import { FUNCTION_CODES, type FunctionCode } from '../contract/functions.ts';
import { coveredCodes } from '../rules/function-codes.ts';
import type { RuleFunction } from '../rules/schema.ts';
import { FORM_GROUPS, fieldsByGroup, type FormGroup } from './conditions.ts';
import { FIGURE_LETTERS, FUNCTION_PARAM_PREFIX, PROFILE_PARAMS, isNumberField, type FunctionFigure, type NumberField, type Profile } from './profile.ts';

export interface NumberFieldSpec {
  field: NumberField;
  label: string;
  unit: string;
  hint?: string;
}

export interface FieldGroup {
  id: FormGroup;
  legend: string;
  fields: NumberFieldSpec[];
}

/** What the form says for each figure of the profile: a figure added to PROFILE_PARAMS must have its words here. */
const FIELD_WORDS: Record<NumberField, Omit<NumberFieldSpec, 'field'>> = {
  years_in_operation: { label: '成立或运营年限', unit: '年' },
  total_assets_wan: { label: '资产总额', unit: '万元', hint: '上年末资产总额' },
  registered_capital_wan: { label: '注册资金', unit: '万元', hint: '成都按注册资金计，其他地区按资产总额计' },
  clean_record_years: { label: '无违法违规、失信记录的年数', unit: '年' },
  smes_served_last_year: { label: '上年服务中小企业数', unit: '家' },
  satisfaction_pct: { label: '用户满意度', unit: '%' },
  public_benefit_share_pct: { label: '公益性或低收费服务占总服务量的比例', unit: '%' },
  public_benefit_activities_per_year: { label: '每年公益性服务活动', unit: '次' },
  staff: { label: '为中小企业服务的专职人员', unit: '人' },
  qualified_staff_pct: { label: '其中大专以上学历或中级以上职称人员的比例', unit: '%' },
  partner_institutions: { label: '合作（集聚）的服务机构', unit: '家' },
  external_experts: { label: '外部专家', unit: '名' },
  office_area_m2: { label: '办公场所面积', unit: '平方米' },
  tenants: { label: '入驻小微企业', unit: '家' },
  mentors: { label: '创业辅导师', unit: '人' },
  floor_area_m2: { label: '基地建筑总面积', unit: '平方米' },
  property_share_pct: { label: '运营单位建筑产权占基地总产权的比例', unit: '%', hint: '租赁基地不必填写' },
};

const GROUP_LEGENDS: Record<FormGroup, string> = {
  assets_and_years: '资产与年限',
  performance: '服务业绩',
  team: '团队、资源与场所',
  base: '小企业创业基地（仅成都，按创业基地申报时填写）',
};

/** The form's figures, grouped and ordered as the conditions that read them (conditions.ts). */
export const NUMBER_GROUPS: FieldGroup[] = (() => {
  const fields = fieldsByGroup();
  return FORM_GROUPS.map((group) => ({ id: group, legend: GROUP_LEGENDS[group], fields: fields[group].filter(isNumberField).map((field) => ({ field, ...FIELD_WORDS[field] })) }));
})();

export const FIGURE_LABELS: Record<FunctionFigure, { label: string; unit: string }> = {
  smes_served: { label: '年服务企业', unit: '家' },
  smes_served_online: { label: '线上年服务企业', unit: '家' },
  activities: { label: '年服务活动', unit: '次' },
  expo_activities: { label: '组织参加展览展销、贸易洽谈、产品推介等活动', unit: '次' },
  leader_activities: { label: '组织与行业龙头企业的产品对接、合作交流活动', unit: '次' },
  persons_trained: { label: '年培训', unit: '人次' },
  persons_trained_offline: { label: '其中线下培训', unit: '人次' },
  financing_amount_yi: { label: '年帮助融资', unit: '亿元' },
  guarantee_amount_yi: { label: '年新增担保', unit: '亿元' },
};

const FIGURES = Object.keys(FIGURE_LABELS) as FunctionFigure[];

/**
 * For each canonical function, the figures some document's thresholds read of a function covering
 * it, in the form's order: the form asks only what a rule will compare. A function no rule sets a
 * figure for gets none (offering it is all the rules ask).
 */
export function figuresAsked(documents: readonly (readonly RuleFunction[])[]): Record<FunctionCode, FunctionFigure[]> {
  const asked = new Map<FunctionCode, Set<FunctionFigure>>(FUNCTION_CODES.map((code) => [code, new Set()]));
  for (const functions of documents) {
    for (const fn of functions) {
      for (const code of coveredCodes(fn, functions)) for (const threshold of fn.thresholds ?? []) asked.get(code)?.add(threshold.measure);
    }
  }
  return Object.fromEntries(FUNCTION_CODES.map((code) => [code, FIGURES.filter((figure) => asked.get(code)?.has(figure))])) as Record<FunctionCode, FunctionFigure[]>;
}

/** How the yearly count of SMEs served has moved, in the form's words and the results'. */
export const TREND_WORDS: Record<NonNullable<Profile['smes_trend']>, string> = { growing: '逐年增长', steady: '基本持平', falling: '有所下降' };

/** The name of a function's checkbox is `fn`, its figures `fig.<code>.<letter>`. */
export const FUNCTION_CHECKBOX = 'fn';
export const figureInputName = (code: FunctionCode, figure: FunctionFigure): string => `fig.${code}.${FIGURE_LETTERS[figure]}`;

/**
 * The form's fields as the profile's URL parameters: simple fields carry their parameter name
 * already; a ticked function and its figures become `f.<code>=<letter><number>_…`.
 */
export function formToSearchParams(entries: Iterable<[string, string]>): URLSearchParams {
  const params = new URLSearchParams();
  const offered = new Set<string>();
  const figures = new Map<string, string[]>();
  const simple = new Set(Object.values(PROFILE_PARAMS));
  for (const [name, raw] of entries) {
    const value = raw.trim();
    if (name === FUNCTION_CHECKBOX) offered.add(value);
    else if (name.startsWith('fig.')) {
      const [, code = '', letter = ''] = name.split('.');
      if (value !== '') figures.set(code, [...(figures.get(code) ?? []), `${letter}${value}`]);
    } else if (simple.has(name) && value !== '') params.set(name, value);
  }
  for (const code of FUNCTION_CODES) {
    if (offered.has(code)) params.set(`${FUNCTION_PARAM_PREFIX}${code}`, (figures.get(code) ?? []).join('_'));
  }
  return params;
}
