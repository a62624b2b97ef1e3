// /data/rules.json: the rules matrix as open data (rules-matrix.md), with the schema that checks it.
import * as z from 'zod';
import { documentStatus, extraProvisionsSchema, provisionsSchema, ruleFunctionSchema } from './schema.ts';
import type { RulesCatalog } from './load-rules.ts';

export const rulesJsonSchema = z.strictObject({
  generated_at: z.iso.date(),
  documents: z.array(
    z.strictObject({
      id: z.string(),
      jurisdiction: z.string(),
      title: z.string(),
      status: documentStatus,
      issuer: z.string(),
      ref: z.string().nullable(),
      supersedes: z.array(z.string()),
      effective_from: z.iso.date().nullable(),
      effective_until: z.iso.date().nullable(),
      attachments: z.array(z.string()),
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
      status: document.meta.status,
      issuer: document.meta.issuer,
      ref: document.meta.ref ?? null,
      supersedes: document.meta.supersedes,
      effective_from: document.meta.effective_from,
      effective_until: document.meta.effective_until,
      attachments: document.meta.attachments,
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
