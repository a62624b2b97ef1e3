// An organisation's profile for the eligibility self-check, and its place in the page's URL.
import * as z from 'zod';
import { FUNCTION_CODES, functionCode, isFunctionCode, type FunctionCode } from '../contract/functions.ts';
import { legalForm } from '../rules/schema.ts';

const count = z.number().nonnegative();
const percent = z.number().min(0).max(100);

/**
 * A function's figures for the last year, counted the way the documents count them: SMEs served
 * 线下 where a document says 线下 (and online apart, where it asks online), 家次 where it says 家次;
 * persons trained in all, and of them offline. Every figure is optional.
 */
export const functionFiguresSchema = z.strictObject({
  smes_served: count.optional(),
  smes_served_online: count.optional(),
  activities: count.optional(),
  expo_activities: count.optional(),
  leader_activities: count.optional(),
  persons_trained: count.optional(),
  persons_trained_offline: count.optional(),
  financing_amount_yi: count.optional(),
  guarantee_amount_yi: count.optional(),
});
export type FunctionFigures = z.infer<typeof functionFiguresSchema>;
export type FunctionFigure = keyof FunctionFigures;

/** Every figure is optional: a figure not given makes its check "cannot tell", never "falls short". */
export const profileSchema = z.strictObject({
  years_in_operation: count.optional(),
  legal_form: legalForm.default('enterprise'),
  /** 山区市县 (Ningxia 第六条); not given reads as not in a mountain area. */
  mountain_area: z.boolean().optional(),
  /** Chengdu recognises platforms and 小企业创业基地; not given reads as a platform. */
  applying_as: z.enum(['platform', 'base']).optional(),
  /** Yangjiang's 综合 or 专业 platform; not given leaves the asset floor open between the two. */
  scope: z.enum(['comprehensive', 'specialized']).optional(),
  total_assets_wan: count.optional(),
  registered_capital_wan: count.optional(),
  smes_served_last_year: count.optional(),
  /** How the yearly count of SMEs served has moved over the last years. */
  smes_trend: z.enum(['growing', 'steady', 'falling']).optional(),
  satisfaction_pct: percent.optional(),
  staff: count.optional(),
  qualified_staff_pct: percent.optional(),
  partner_institutions: count.optional(),
  external_experts: count.optional(),
  office_area_m2: count.optional(),
  public_benefit_share_pct: percent.optional(),
  public_benefit_activities_per_year: count.optional(),
  /** Years without 违法违规、失信 or 经营异常 records. */
  clean_record_years: count.optional(),
  /** Chengdu base: 入驻小微企业, 创业辅导师, 建筑总面积. */
  tenants: count.optional(),
  mentors: count.optional(),
  floor_area_m2: count.optional(),
  /** Chengdu base (第六条): 制造业园区 or 楼宇经济园; not given leaves the floor area open between the two. */
  park_type: z.enum(['manufacturing', 'building']).optional(),
  /** Chengdu base: 运营单位建筑产权占基地总产权的比例. */
  property_share_pct: percent.optional(),
  /** Chengdu base: a 租赁基地, to which the 产权 condition does not apply; not ticked reads as not leased. */
  leased_base: z.boolean().optional(),
  /** A key for each function the organisation offers, with its yearly figures. */
  functions: z.partialRecord(functionCode, functionFiguresSchema).optional(),
});
export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export type ProfileField = Exclude<keyof Profile, 'functions'>;
type WordField = 'legal_form' | 'applying_as' | 'scope' | 'smes_trend' | 'park_type';
type BoxField = 'mountain_area' | 'leased_base';
/** The fields that are figures: all but the words and the boxes. */
export type NumberField = Exclude<ProfileField, WordField | BoxField>;

/**
 * The URL parameters, short and stable: links people share must keep working.
 * A function offered is `f.<code>`, its figures `<letter><number>` joined by `_`:
 * `f.financing=a6_f5.5_g20` (6 activities, 5.5亿 financing, 20亿 guarantees); `f.legal=` offers
 * 法律服务 with no figures. `lf` is left out for the default 'enterprise'; the boxes `mt` and `ls` are `1` or `0`.
 */
export const PROFILE_PARAMS: Readonly<Record<ProfileField, string>> = {
  years_in_operation: 'y',
  legal_form: 'lf',
  mountain_area: 'mt',
  applying_as: 'as',
  scope: 'sc',
  total_assets_wan: 'ta',
  registered_capital_wan: 'rc',
  smes_served_last_year: 'sv',
  smes_trend: 'tr',
  satisfaction_pct: 'sat',
  staff: 'st',
  qualified_staff_pct: 'qs',
  partner_institutions: 'pi',
  external_experts: 'ex',
  office_area_m2: 'oa',
  public_benefit_share_pct: 'pb',
  public_benefit_activities_per_year: 'pa',
  clean_record_years: 'cr',
  tenants: 'tn',
  mentors: 'mn',
  floor_area_m2: 'fa',
  park_type: 'pk',
  property_share_pct: 'ps',
  leased_base: 'ls',
};

export const FUNCTION_PARAM_PREFIX = 'f.';

export const FIGURE_LETTERS: Readonly<Record<FunctionFigure, string>> = {
  smes_served: 's',
  smes_served_online: 'o',
  activities: 'a',
  expo_activities: 'e',
  leader_activities: 'l',
  persons_trained: 'p',
  persons_trained_offline: 'i',
  financing_amount_yi: 'f',
  guarantee_amount_yi: 'g',
};

const FIGURES = Object.keys(FIGURE_LETTERS) as FunctionFigure[];
const FIELDS = Object.keys(PROFILE_PARAMS) as ProfileField[];

/** Reads a profile from the page's URL; a parameter that does not parse is dropped, never fatal. */
export function profileFromSearchParams(params: URLSearchParams): Profile {
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const text = params.get(PROFILE_PARAMS[field]);
    if (text === null || text === '') continue;
    const value = readParam(field, text);
    if (profileSchema.shape[field].safeParse(value).success) raw[field] = value;
  }
  const functions: Partial<Record<FunctionCode, FunctionFigures>> = {};
  for (const [name, text] of params) {
    if (!name.startsWith(FUNCTION_PARAM_PREFIX)) continue;
    const code = name.slice(FUNCTION_PARAM_PREFIX.length);
    if (isFunctionCode(code)) functions[code] = readFigures(text);
  }
  if (Object.keys(functions).length > 0) raw.functions = functions;
  return profileSchema.parse(raw);
}

/** Writes a profile to URL parameters in a fixed order, so one profile always gives one URL. */
export function profileToSearchParams(profile: Profile): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = profile[field];
    if (value === undefined || (field === 'legal_form' && value === 'enterprise')) continue;
    params.set(PROFILE_PARAMS[field], typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  for (const code of FUNCTION_CODES) {
    const figures = profile.functions?.[code];
    if (figures === undefined) continue;
    const parts = FIGURES.flatMap((figure) => (figures[figure] === undefined ? [] : [`${FIGURE_LETTERS[figure]}${figures[figure]}`]));
    params.set(`${FUNCTION_PARAM_PREFIX}${code}`, parts.join('_'));
  }
  return params;
}

/** The fields whose values are words, not figures. */
const WORD_FIELDS: ReadonlySet<ProfileField> = new Set<WordField>(['legal_form', 'applying_as', 'scope', 'smes_trend', 'park_type']);
/** The fields ticked as boxes. */
const BOX_FIELDS: ReadonlySet<ProfileField> = new Set<BoxField>(['mountain_area', 'leased_base']);

export function isNumberField(field: ProfileField): field is NumberField {
  return !BOX_FIELDS.has(field) && !WORD_FIELDS.has(field);
}

function readParam(field: ProfileField, text: string): unknown {
  if (BOX_FIELDS.has(field)) return text === '1' ? true : text === '0' ? false : undefined;
  return WORD_FIELDS.has(field) ? text : readNumber(text);
}

function readFigures(text: string): FunctionFigures {
  const figures: FunctionFigures = {};
  for (const part of text.split('_')) {
    const figure = FIGURES.find((candidate) => FIGURE_LETTERS[candidate] === part.slice(0, 1));
    const value = readNumber(part.slice(1));
    if (figure !== undefined && value !== undefined && count.safeParse(value).success) figures[figure] = value;
  }
  return figures;
}

function readNumber(text: string): number | undefined {
  // Number('') is 0 and Number(' 5') is 5: only plain decimals count as figures.
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}
