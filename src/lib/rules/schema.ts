// The rules data: each document's metadata, and its structured provisions (rules-matrix.md).
import * as z from 'zod';
import { functionCode } from '../contract/functions.ts';

/** `14` for 第十四条, `14.1` for its item （一）. */
export const articleRef = z.string().regex(/^\d+(\.\d+)?$/, { error: 'expected an article reference such as 14 or 14.1' });

/** One answer of a document: the value, the articles it comes from, and a note; `null` where the document is silent. */
export function provision<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value: value.nullable(), cite: z.array(articleRef), note: z.string().nullable() })
    .refine(citesWhenValued, { error: 'a provision with a value must cite its articles' });
}

// Takes `object`: inside the generic above, inference loses the `value` key that is there at run time.
function citesWhenValued(entry: object): boolean {
  const { value, cite } = entry as { value: unknown; cite: string[] };
  return value === null || cite.length > 0;
}

const count = z.number().nonnegative();

export const provisionsSchema = z.strictObject({
  operating_years_min: provision(count).optional(),
  assets_min_wan: provision(count).optional(),
  smes_served_min_per_year: provision(count).optional(),
  satisfaction_min_pct: provision(count).optional(),
  staff_min: provision(count).optional(),
  qualified_staff_min_pct: provision(count).optional(),
  partner_institutions_min: provision(count).optional(),
  public_benefit_share_min_pct: provision(count).optional(),
  office_area_min_m2: provision(count).optional(),
  functions_min: provision(count).optional(),
  training_persons_min_per_year: provision(count).optional(),
  publicity_days: provision(z.number().int().positive()),
  publicity_day_type: provision(z.enum(['working', 'calendar'])),
  validity_years: provision(z.number().int().positive()),
  renewal_mode: provision(z.enum(['review', 'reapply'])),
  reapply_ban_years: provision(z.number().int().positive()),
  recognition_frequency: provision(z.string()).optional(),
  annual_report_due: provision(z.string()).optional(),
  suspension: provision(z.boolean()),
  revocation_grounds: provision(z.array(z.strictObject({ text: z.string(), cite: z.array(articleRef).min(1) }))).optional(),
});

export const ruleFunctionSchema = z.strictObject({
  /** The document's own name for the function: 信息服务, 创业辅导. */
  name: z.string().min(1),
  codes: z.array(functionCode).min(1),
  cite: z.array(articleRef).min(1),
  requirement: z.string().optional(),
  /** Chengdu names different functions for 平台 and 小企业创业基地. */
  applies_to: z.enum(['platform', 'base']).optional(),
});

/** content/provisions/<id>.json */
export const provisionsFileSchema = z.strictObject({
  provisions: provisionsSchema,
  functions: z.array(ruleFunctionSchema).min(1),
});

export const documentStatus = z.enum(['draft', 'in_force', 'expired', 'superseded']);

const nullableText = z.string().nullable().optional();

/** The front matter of content/rules/<id>.md. */
export const rulesFrontmatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  jurisdiction: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  title_note: nullableText,
  issuer: z.string().min(1),
  ref: nullableText,
  status: documentStatus,
  status_note: nullableText,
  supersedes: z.array(z.string()),
  effective_from: z.iso.date().nullable(),
  effective_until: z.iso.date().nullable(),
  dates_note: nullableText,
  attachments: z.array(z.string()),
  attachments_note: nullableText,
  cover: nullableText,
  source_file: z.string(),
});

export type Provisions = z.infer<typeof provisionsSchema>;
export type RuleFunction = z.infer<typeof ruleFunctionSchema>;
export type DocumentStatus = z.infer<typeof documentStatus>;
export type RulesFrontmatter = z.infer<typeof rulesFrontmatterSchema>;
