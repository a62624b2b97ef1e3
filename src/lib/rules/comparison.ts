// The comparison tables: for each provision, every document's answer, and which is strictest or most lenient.
import type { RulesDocument } from './load-rules.ts';
import { PROVISION_META, type AnyProvisionKey } from './provision-catalog.ts';
import type { ProvisionVariant } from './schema.ts';

export interface ProvisionEntry {
  value: unknown;
  cite: string[];
  note: string | null;
  variants?: ProvisionVariant[] | undefined;
}

export interface ComparisonCell {
  documentId: string;
  /** null where the document is silent (shown as 未规定). */
  entry: ProvisionEntry | null;
  mark: 'strictest' | 'most-lenient' | null;
}

export interface ComparisonRow {
  key: AnyProvisionKey;
  label: string;
  cells: ComparisonCell[];
}

/**
 * Where a document keeps a provision: among the provisions every document has, or its extra ones.
 * The entry even where its value is null: its note says why the document sets nothing.
 */
export function findProvision(document: RulesDocument, key: AnyProvisionKey): ProvisionEntry | undefined {
  return (document.provisions as Record<string, ProvisionEntry | undefined>)[key] ?? (document.extra as Record<string, ProvisionEntry | undefined>)[key];
}

/** The entry a comparison shows: null where the document sets no value. */
export function provisionEntry(document: RulesDocument, key: AnyProvisionKey): ProvisionEntry | null {
  const entry = findProvision(document, key);
  return entry && entry.value !== null ? entry : null;
}

/**
 * What a document's money floor (assets_min_wan) measures: 注册资金 where it says so (Chengdu 第四条
 * （一）), 资产总额 otherwise. The one reading the comparison marks, the decisive ranking and the
 * self-check's assets check all take.
 */
export function assetsMeasure(document: RulesDocument): 'registered_capital' | 'total_assets' {
  return document.extra.assets_measure?.value === 'registered_capital' ? 'registered_capital' : 'total_assets';
}

/**
 * Whether a document's figure for a provision is measured as the others' are: Chengdu sets its
 * 100 万元 as 注册资金, the others theirs as 资产总额, which do not compare.
 */
export function isComparableFigure(document: RulesDocument, key: AnyProvisionKey): boolean {
  return !(key === 'assets_min_wan' && assetsMeasure(document) === 'registered_capital');
}

/**
 * A numeric row marks its strictest and most lenient values, where the documents differ and a
 * comparison means something (publicity periods in working and calendar days do not compare; a
 * figure of another measure is shown and left unmarked).
 */
export function comparisonRow(documents: readonly RulesDocument[], key: AnyProvisionKey): ComparisonRow {
  const meta = PROVISION_META[key];
  const cells: ComparisonCell[] = documents.map((document) => ({ documentId: document.id, entry: provisionEntry(document, key), mark: null }));
  const comparable = cells.filter((_, index) => isComparableFigure(documents[index] as RulesDocument, key));
  const numbers = comparable.map((cell) => cell.entry?.value).filter((value): value is number => typeof value === 'number');
  if (meta.stricter && numbers.length >= 2 && new Set(numbers).size > 1) {
    const strictest = meta.stricter === 'higher' ? Math.max(...numbers) : Math.min(...numbers);
    const lenient = meta.stricter === 'higher' ? Math.min(...numbers) : Math.max(...numbers);
    for (const cell of comparable) {
      if (cell.entry?.value === strictest) cell.mark = 'strictest';
      else if (cell.entry?.value === lenient) cell.mark = 'most-lenient';
    }
  }
  return { key, label: meta.label, cells };
}

export function comparisonRows(documents: readonly RulesDocument[], keys: readonly AnyProvisionKey[]): ComparisonRow[] {
  return keys.map((key) => comparisonRow(documents, key)).filter((row) => row.cells.some((cell) => cell.entry !== null));
}

/** Every unordered pair of documents, in catalogue order: weihai-vs-chengdu, … */
export function documentPairs<T extends { id: string }>(documents: readonly T[]): [T, T][] {
  return documents.flatMap((first, index) => documents.slice(index + 1).map((second): [T, T] => [first, second]));
}
