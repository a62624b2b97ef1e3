// The rules data: each document's metadata, and its structured provisions (rules-matrix.md).
import * as z from 'zod';
import { functionCode } from '../contract/functions.ts';

/** `14` for 第十四条, `14.1` for its item （一）. */
export const articleRef = z.string().regex(/^\d+(\.\d+)?$/, { error: 'expected an article reference such as 14 or 14.1' });

/** Legal forms the rules treat differently (Weihai 第十四条, Ningxia 第六条). */
export const legalForm = z.enum(['enterprise', 'public_institution', 'private_non_enterprise', 'social_organization']);
export type LegalForm = z.infer<typeof legalForm>;

/** Who a variant of a provision applies to: all the conditions given must hold. */
export const variantCondition = z.strictObject({
  legal_forms: z.array(legalForm).min(1).optional(),
  scope: z.enum(['comprehensive', 'specialized']).optional(),
  /** 山区市县 (Ningxia 第六条). */
  mountain_area: z.literal(true).optional(),
  /** The kind of 小企业创业基地 (Chengdu 第六条): 制造业园区 or 楼宇经济园, each with its own floor area. */
  park_type: z.enum(['manufacturing', 'building']).optional(),
  /**
   * A platform of this service (Yangjiang 第八条（四）: 培训服务不少于200家): the applicant offers it
   * and nothing else; one offering it among others may or may not be such a platform.
   */
  platform_function: functionCode.optional(),
  /** A 租赁基地: a base on leased premises (Chengdu 第六条). */
  leased_base: z.literal(true).optional(),
});

/**
 * Another figure for some applicants: Yangjiang's 30万元 for 综合平台, Chengdu's 6万平方米 for a
 * 制造业园区. `value: null` with `relaxed: true` is a condition the rules say "may be relaxed" without
 * a figure (Ningxia 可适当放宽). `requires` names what no figure can show, on which the variant rests
 * (Weihai's 50万元 for 事业单位 “服务业绩突出，示范作用明显”): it then only may apply. `exempt` says
 * the condition is not asked of these applicants at all (Chengdu 租赁基地除外).
 */
export const provisionVariant = z
  .strictObject({
    when: variantCondition,
    value: z.union([z.number(), z.null()]),
    relaxed: z.boolean().optional(),
    requires: z.string().min(1).optional(),
    exempt: z.literal(true).optional(),
    cite: z.array(articleRef).min(1),
    note: z.string().nullable(),
  })
  .refine((variant) => !(variant.exempt && variant.value !== null), { error: 'an exempt variant sets no figure: write "value": null', path: ['value'] })
  .refine((variant) => !(variant.requires && variant.value === null), { error: 'a variant that requires a condition gives the figure it then allows', path: ['value'] });
export type ProvisionVariant = z.infer<typeof provisionVariant>;

/** One answer of a document: the value, the articles it comes from, and a note; `null` where the document is silent. */
export function provision<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      value: value.nullable(),
      cite: z.array(articleRef),
      note: z.string().nullable(),
      variants: z.array(provisionVariant).optional(),
    })
    .refine(citesWhenValued, { error: 'a provision with a value must cite its articles' });
}

// Takes `object`: inside the generic above, inference loses the `value` key that is there at run time.
function citesWhenValued(entry: object): boolean {
  const { value, cite } = entry as { value: unknown; cite: string[] };
  return value === null || cite.length > 0;
}

const count = z.number().nonnegative();
const text = z.string().min(1);

/** The keys every document answers (rules-matrix.md), each with value, cite and note. */
export const provisionsSchema = z.strictObject({
  operating_years_min: provision(count),
  assets_min_wan: provision(count),
  smes_served_min_per_year: provision(count),
  satisfaction_min_pct: provision(count),
  staff_min: provision(count),
  qualified_staff_min_pct: provision(count),
  partner_institutions_min: provision(count),
  public_benefit_share_min_pct: provision(count),
  office_area_min_m2: provision(count),
  functions_min: provision(count),
  training_persons_min_per_year: provision(count),
  publicity_days: provision(z.number().int().positive()),
  publicity_day_type: provision(z.enum(['working', 'calendar'])),
  validity_years: provision(z.number().int().positive()),
  renewal_mode: provision(z.enum(['review', 'reapply'])),
  reapply_ban_years: provision(z.number().int().positive()),
  recognition_frequency: provision(text),
  annual_report_due: provision(text),
  suspension: provision(z.boolean()),
  revocation_grounds: provision(z.array(z.strictObject({ text, cite: z.array(articleRef).min(1) })).min(1)),
});

/** What a document says beyond the common keys; each key only where the document says it. */
export const extraProvisionsSchema = z.strictObject({
  /** 资产总额 (total assets) or 注册资金 (registered capital): what assets_min_wan measures. */
  assets_measure: provision(z.enum(['total_assets', 'registered_capital'])).optional(),
  local_registration: provision(text).optional(),
  clean_record_years: provision(count).optional(),
  external_experts_min: provision(count).optional(),
  public_benefit_activities_min_per_year: provision(count).optional(),
  financing_amount_min_yi: provision(count).optional(),
  financing_guarantee_min_yi: provision(count).optional(),
  naming_rule: provision(text).optional(),
  comprehensive_applicant: provision(text).optional(),
  base_operating_years_min: provision(count).optional(),
  base_tenants_min: provision(count).optional(),
  base_staff_min: provision(count).optional(),
  base_mentors_min: provision(count).optional(),
  base_partner_institutions_min: provision(count).optional(),
  base_public_benefit_share_min_pct: provision(count).optional(),
  base_floor_area_min_m2: provision(count).optional(),
  /** 运营单位建筑产权占基地总产权的比例 (Chengdu 第六条, 租赁基地除外). */
  base_property_share_min_pct: provision(count).optional(),
  base_functions_min: provision(count).optional(),
  /** What becomes of a listing objected to, or not, in its publicity (Weihai 第二十一条: 经公示无异议的…授予称号). */
  objection_effect: provision(text).optional(),
  /** What an objection must contain or how it must be made (实名, 书面, 理由): none of the five documents says. */
  objection_requirements: provision(text).optional(),
});

export type Provisions = z.infer<typeof provisionsSchema>;
export type ExtraProvisions = z.infer<typeof extraProvisionsSchema>;
export type ProvisionKey = keyof Provisions;
export type ExtraProvisionKey = keyof ExtraProvisions;

/**
 * What a function's yearly figure counts: SMEs served (家/家次; 线下 where the document says 线下),
 * SMEs served online (Chengdu 第五条（一）线上), activities held (次), persons trained (人次) and of
 * them offline (Chengdu 第五条（三）其中线下), 亿元; and the two kinds of marketing activity Chengdu
 * 第七条（五） asks each once a year: 展览展销、贸易洽谈、产品推介 (expo), and 与行业龙头企业的产品对接、
 * 合作交流 (leader).
 */
export const functionMeasure = z.enum([
  'smes_served',
  'smes_served_online',
  'activities',
  'expo_activities',
  'leader_activities',
  'persons_trained',
  'persons_trained_offline',
  'financing_amount_yi',
  'guarantee_amount_yi',
]);
export type FunctionMeasure = z.infer<typeof functionMeasure>;

/**
 * A yearly minimum a provider of the function must reach. Thresholds without `alternative` must all
 * be met. Thresholds sharing an `alternative` label form one route, all of whose thresholds must be
 * met; any one route suffices (Weihai 融资服务: 服务机构 with 6 activities and 5亿元, or 融资担保机构
 * with 20亿元). What no figure can show stays in `note`.
 */
export const functionThreshold = z.strictObject({
  measure: functionMeasure,
  min: z.number().nonnegative(),
  cite: z.array(articleRef).min(1),
  note: z.string().nullable(),
  alternative: z.string().min(1).optional(),
});
export type FunctionThreshold = z.infer<typeof functionThreshold>;

export const ruleFunctionSchema = z.strictObject({
  /** The document's own name for the function: 信息服务, 创业辅导. */
  name: z.string().min(1),
  codes: z.array(functionCode).min(1),
  cite: z.array(articleRef).min(1),
  /** What the document asks of a provider of this function, in its own words. */
  requirement: z.string().min(1),
  /** Chengdu names different functions for 平台 and 小企业创业基地. */
  applies_to: z.enum(['platform', 'base']).optional(),
  /** The figures the requirement names; absent where it names none (Yangjiang 第七条). */
  thresholds: z.array(functionThreshold).min(1).optional(),
  /**
   * Canonical functions the document counts under this one, one way (Chengdu 第五条（二）: 融资促进等
   * 咨询服务, 投融资……供需对接服务): an applicant offering them is checked against this function, but a
   * platform recognised for this function is not thereby listed as offering them, as `codes` would.
   */
  also_counts: z.array(functionCode).min(1).optional(),
  /**
   * A catch-all (Yangjiang 第七条（九）“中小微企业所需要的其他服务”): it also covers every canonical
   * function no other function of the document maps (rules/function-codes.ts).
   */
  catch_all: z.literal(true).optional(),
  /** Why the function maps to its codes, or what of its requirement the figures leave out. */
  note: z.string().min(1).optional(),
});

/** content/provisions/<id>.json */
export const provisionsFileSchema = z.strictObject({
  provisions: provisionsSchema,
  extra: extraProvisionsSchema,
  functions: z.array(ruleFunctionSchema).min(1),
});

/**
 * draft: a 征求意见稿. in_force: in force on its face and by what the site knows. unknown: in force on
 * its face, but whether it still is cannot be told from its text (Yangjiang: 有效期五年 from an
 * undated 发布). expired, superseded: no longer in force.
 */
export const documentStatus = z.enum(['draft', 'in_force', 'unknown', 'expired', 'superseded']);

/**
 * What a document's list of earlier documents means. repealed: this document repeals them (同时废止
 * in a document in force). proposed: a draft's 同时废止, which repeals nothing until it is issued.
 * lapsed: the document records that they lapsed on their own (已到期废止); it repeals nothing.
 */
export const supersessionEffect = z.enum(['repealed', 'proposed', 'lapsed']);
export type SupersessionEffect = z.infer<typeof supersessionEffect>;

const nullableText = z.string().nullable().optional();

/**
 * The front matter of content/rules/<id>.md. Every claim about the document (status, dates, issuer,
 * what it supersedes, its attachments) comes from a line of the source; where the source says less,
 * the notes say so and are shown beside the field. The fields after the original set are optional,
 * so a data folder's documents written before them still read.
 */
export const rulesFrontmatterSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    jurisdiction: z.string().regex(/^[a-z0-9-]+$/),
    /** 威海市: how the site names the document's jurisdiction where the data has no row for it. */
    jurisdiction_name: z.string().min(1),
    title: z.string().min(1),
    title_note: nullableText,
    issuer: z.string().min(1),
    /** stated (the default): a line of the source names the issuer. inferred: the site's reading (a draft with no issuing line). */
    issuer_source: z.enum(['stated', 'inferred']).optional(),
    /** The source's own words for the issuer where they are shorter than `issuer` (成都: 市经信局). */
    issuer_as_written: nullableText,
    /** The articles the issuer is read from. */
    issuer_cite: z.array(articleRef).optional(),
    issuer_note: nullableText,
    ref: nullableText,
    ref_note: nullableText,
    status: documentStatus,
    /** What the status rests on, in a line: shown wherever the status is (Linfen: a 2023 notice). */
    status_basis: nullableText,
    status_note: nullableText,
    supersedes: z.array(z.string()),
    /** Default: proposed for a draft, repealed otherwise. */
    supersedes_effect: supersessionEffect.optional(),
    /** The article that names the earlier documents. */
    supersedes_cite: z.array(articleRef).optional(),
    effective_from: z.iso.date().nullable(),
    effective_until: z.iso.date().nullable(),
    dates_note: nullableText,
    attachments: z.array(z.string()),
    attachments_note: nullableText,
    cover: nullableText,
    source_file: z.string(),
  })
  .superRefine((meta, context) => {
    if (meta.status === 'unknown' && !meta.status_basis) {
      context.addIssue({ code: 'custom', path: ['status_basis'], message: 'status unknown needs status_basis: why the text does not settle whether it is in force' });
    }
    if (meta.issuer_source === 'inferred' && !meta.issuer_note) {
      context.addIssue({ code: 'custom', path: ['issuer_note'], message: 'an inferred issuer needs issuer_note: the line of the source it rests on' });
    }
    if (meta.status === 'draft' && meta.supersedes_effect === 'repealed') {
      context.addIssue({ code: 'custom', path: ['supersedes_effect'], message: 'a draft repeals nothing until it is issued: write proposed (拟废止), or lapsed' });
    }
  });

/** What the document's list of earlier documents means: a draft only proposes their repeal. */
export function supersedesEffect(meta: Pick<RulesFrontmatter, 'status' | 'supersedes_effect'>): SupersessionEffect {
  return meta.supersedes_effect ?? (meta.status === 'draft' ? 'proposed' : 'repealed');
}

export type RuleFunction = z.infer<typeof ruleFunctionSchema>;
export type DocumentStatus = z.infer<typeof documentStatus>;
export type RulesFrontmatter = z.infer<typeof rulesFrontmatterSchema>;

/** The front matter of content/rules/<id>.cover.md: the notice or letter that wraps a document. */
export const coverFrontmatterSchema = z.strictObject({
  id: z.string(),
  of: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  issuer: z.string().min(1),
  ref: nullableText,
  date_note: nullableText,
  source_file: z.string(),
});
export type CoverFrontmatter = z.infer<typeof coverFrontmatterSchema>;
