// Without a profile: for each minimum the self-check reads, how many documents set it and whose is strictest.
import type { RulesDocument } from '../rules/load-rules.ts';
import { PROVISION_META, type AnyProvisionKey } from '../rules/provision-catalog.ts';
import { findProvision, isComparableFigure } from '../rules/comparison.ts';
import type { ProvisionVariant } from '../rules/schema.ts';
import { CHECKED_MINIMUMS } from './conditions.ts';

export interface ProvisionStrictness {
  key: AnyProvisionKey;
  label: string;
  /**
   * The documents that set a figure, in the order given, with the general figure (variants aside).
   * `comparable` is false for a figure of another measure: Chengdu's 注册资金 is no 资产总额.
   * `variants` are the figures the self-check applies to some applicants instead (综合平台,
   * 制造业园区, 培训服务平台), shown beside the general figure so the ranking says what the check does.
   */
  setBy: { documentId: string; value: number; comparable: boolean; variants: ProvisionVariant[] }[];
  /** The highest comparable figure; null where no document sets one. */
  strictestValue: number | null;
  /** The documents at the highest figure; empty where fewer than two set it or all agree, as no one is stricter then. */
  strictest: string[];
}

export interface DecisiveProvisions {
  /** The minimums by how many documents set them, most first; ties keep the self-check's order. */
  ranking: ProvisionStrictness[];
  /** Per document, the minimums where it is the strictest of the documents that set them. */
  byDocument: Record<string, AnyProvisionKey[]>;
}

export function decisiveProvisions(documents: readonly RulesDocument[]): DecisiveProvisions {
  const rows = CHECKED_MINIMUMS.map((key) => strictness(documents, key)).filter((row) => row.setBy.length > 0);
  const ranking = [...rows].sort((a, b) => b.setBy.length - a.setBy.length);
  const byDocument: Record<string, AnyProvisionKey[]> = Object.fromEntries(documents.map((document) => [document.id, []]));
  for (const row of ranking) {
    for (const documentId of row.strictest) byDocument[documentId]?.push(row.key);
  }
  return { ranking, byDocument };
}

function strictness(documents: readonly RulesDocument[], key: AnyProvisionKey): ProvisionStrictness {
  const setBy = documents.flatMap((document) => {
    const entry = findProvision(document, key);
    return typeof entry?.value !== 'number' ? [] : [{ documentId: document.id, value: entry.value, comparable: isComparableFigure(document, key), variants: entry.variants ?? [] }];
  });
  const compared = setBy.filter((entry) => entry.comparable);
  const values = compared.map((entry) => entry.value);
  const strictestValue = values.length === 0 ? null : Math.max(...values);
  const contested = new Set(values).size > 1;
  return {
    key,
    label: PROVISION_META[key].label,
    setBy,
    strictestValue,
    strictest: contested ? compared.filter((entry) => entry.value === strictestValue).map((entry) => entry.documentId) : [],
  };
}
