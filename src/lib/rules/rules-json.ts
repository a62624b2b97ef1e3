// /data/rules.json: the rules matrix as open data (rules-matrix.md), with the schema that checks it.
import * as z from 'zod';
import { documentStatus, extraProvisionsSchema, provisionsSchema, ruleFunctionSchema, supersedesEffect, supersessionEffect } from './schema.ts';
import type { RulesCatalog } from './load-rules.ts';

export const rulesJsonSchema = z.strictObject({
  generated_at: z.iso.date(),
  documents: z.array(
    z.strictObject({
      id: z.string(),
      jurisdiction: z.string(),
      title: z.string(),
      title_note: z.string().nullable(),
      status: documentStatus,
      /** What the status rests on, where the text alone does not settle it (Linfen, Yangjiang). */
      status_basis: z.string().nullable(),
      status_note: z.string().nullable(),
      issuer: z.string(),
      /** inferred: no line of the source names the issuer; `issuer` is the site's reading. */
      issuer_source: z.enum(['stated', 'inferred']),
      issuer_as_written: z.string().nullable(),
      issuer_cite: z.array(z.string()),
      issuer_note: z.string().nullable(),
      ref: z.string().nullable(),
      ref_note: z.string().nullable(),
      supersedes: z.array(z.string()),
      /** repealed by this document; proposed (a draft: 拟废止, on its issue); lapsed (已到期废止, not by this document). */
      supersedes_effect: supersessionEffect.nullable(),
      supersedes_cite: z.array(z.string()),
      effective_from: z.iso.date().nullable(),
      effective_until: z.iso.date().nullable(),
      dates_note: z.string().nullable(),
      attachments: z.array(z.string()),
      attachments_note: z.string().nullable(),
      articles: z.array(z.strictObject({ number: z.number().int().positive(), label: z.string(), chapter: z.string().nullable(), text: z.string().min(1) })).min(1),
      // The common keys and a document's further keys side by side, as the matrix welcomes.
      provisions: provisionsSchema.extend(extraProvisionsSchema.shape),
      functions: z.array(ruleFunctionSchema),
    }),
  ),
});
export type RulesJson = z.infer<typeof rulesJsonSchema>;

/** `generatedAt` is the data date, not the clock, so two builds of the same data are the same. */
export function buildRulesJson(catalog: RulesCatalog, generatedAt: string): RulesJson {
  return {
    generated_at: generatedAt,
    documents: [...catalog.documents.values()].map((document) => ({
      id: document.id,
      jurisdiction: document.meta.jurisdiction,
      title: document.meta.title,
      title_note: document.meta.title_note ?? null,
      status: document.meta.status,
      status_basis: document.meta.status_basis ?? null,
      status_note: document.meta.status_note ?? null,
      issuer: document.meta.issuer,
      issuer_source: document.meta.issuer_source ?? 'stated',
      issuer_as_written: document.meta.issuer_as_written ?? null,
      issuer_cite: document.meta.issuer_cite ?? [],
      issuer_note: document.meta.issuer_note ?? null,
      ref: document.meta.ref ?? null,
      ref_note: document.meta.ref_note ?? null,
      supersedes: document.meta.supersedes,
      supersedes_effect: document.meta.supersedes.length > 0 ? supersedesEffect(document.meta) : null,
      supersedes_cite: document.meta.supersedes_cite ?? [],
      effective_from: document.meta.effective_from,
      effective_until: document.meta.effective_until,
      dates_note: document.meta.dates_note ?? null,
      attachments: document.meta.attachments,
      attachments_note: document.meta.attachments_note ?? null,
      articles: document.articles.map((article) => ({
        number: article.number,
        label: article.label,
        chapter: article.chapter,
        text: article.paragraphs.map((paragraph) => paragraph.text).join('\n'),
      })),
      provisions: { ...document.provisions, ...document.extra },
      functions: document.functions,
    })),
  };
}
