// One zod schema per table of the data contract; the TypeScript types are inferred from them.
import * as z from 'zod';
import { cellList, contractDate, contractIssue, contractTime, httpUrl, slug, text, usccCode } from './fields.ts';

export const siteSchema = z.strictObject({
  title: text,
  publisher: text,
  contact: text.optional(),
  as_of: contractDate.optional(),
  sample: z.boolean().optional(),
  base_url: httpUrl.optional(),
  /** Extension (optional): the licence of the open data, a name (CC BY 4.0) or an http(s) address. */
  licence: text.optional(),
  /**
   * Extension (optional): the rules documents the site publishes to compare against, beside those its
   * jurisdictions use; by default every built-in document.
   */
  compare_rules: cellList.optional(),
  /**
   * Extension (optional): other sites of this kind that the search page searches as well, for a
   * portal across jurisdictions' separately built sites: each site's platform index under base_url
   * (search-index/), and its Pagefind bundle for other pages.
   */
  search_merge: z
    .array(z.strictObject({ name: text, bundle: text, base_url: text }))
    .optional(),
});

export const jurisdictionSchema = z.strictObject({
  id: slug,
  name: text,
  level: z.enum(['national', 'province', 'city', 'county']),
  parent: slug.optional(),
  authority: text,
  rules: text,
  website: httpUrl.optional(),
  phone: text.optional(),
  address: text.optional(),
});

export const platformSchema = z.strictObject({
  id: slug,
  name: text,
  operator: text,
  uscc: usccCode,
  jurisdiction: slug,
  district: text.optional(),
  kind: z.enum(['platform', 'base']).default('platform'),
  scope: z.enum(['comprehensive', 'specialized']).optional(),
  functions: cellList,
  certified_on: contractDate.optional(),
  valid_until: contractDate.optional(),
  decision_ref: text.optional(),
  address: text.optional(),
  phone: text.optional(),
  email: text.optional(),
  website: httpUrl.optional(),
  description: text.optional(),
});

export const noticeSchema = z.strictObject({
  id: slug,
  jurisdiction: slug,
  title: text,
  ref: text.optional(),
  published_on: contractDate,
  starts_on: contractDate.optional(),
  ends_on: contractDate.optional(),
  /** Extension (optional): the hour on the last day at which the period, and objections, close. */
  ends_time: contractTime.optional(),
  contact: text.optional(),
  platforms: cellList,
  source_url: httpUrl.optional(),
  body: text.optional(),
});

/** A ground: `yangjiang#20.4` is 第二十条（四） of the rules `yangjiang`. */
const GROUND = /^[a-z0-9-]+#\d+(\.\d+)?$/;

export const revocationSchema = z.strictObject({
  id: slug,
  platform: slug,
  action: z.enum(['revoked', 'suspended', 'reinstated']),
  decided_on: contractDate,
  ground: text
    .check((ctx) => {
      if (!GROUND.test(ctx.value)) {
        ctx.issues.push(
          contractIssue(ctx.value, '应写作“规则编号#条[.项]”，如 yangjiang#20.4 表示第二十条（四）', 'expected <rules id>#<article>[.<item>], e.g. yangjiang#20.4'),
        );
      }
    })
    .optional(),
  reason: text,
  ref: text.optional(),
  reapply_after: contractDate.optional(),
  source_url: httpUrl.optional(),
});

export type Site = z.infer<typeof siteSchema>;
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type Platform = z.infer<typeof platformSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Revocation = z.infer<typeof revocationSchema>;
export type RevocationAction = Revocation['action'];

/** The list tables, in the order they are read and reported. */
export const TABLES = {
  jurisdictions: { schema: jurisdictionSchema, required: true },
  platforms: { schema: platformSchema, required: true },
  notices: { schema: noticeSchema, required: false },
  revocations: { schema: revocationSchema, required: false },
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
