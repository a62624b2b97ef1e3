// What any reader takes for the same value, made the same: full-width letters and digits typed on
// a Chinese keyboard, a 统一社会信用代码 typed in lower case or with spaces. Each change is recorded,
// so that the build can say what it did (one summary line; each change, with --strict).
import type { Location } from './problems.ts';

export type NormalisationKind = 'full-width' | 'code' | 'blank-row' | 'jurisdiction-name';

export interface Normalisation {
  kind: NormalisationKind;
  at: Location;
  field?: string;
  from: string;
  to: string;
}

const FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ]/g;
/** Fields that hold a 统一社会信用代码. */
const CODE_FIELDS = new Set(['uscc']);

/** The cell's value as the contract reads it, and what was changed to get there. */
export function normaliseCell(field: string, text: string, at: Location, changes: Normalisation[]): string {
  let value = text.replace(FULL_WIDTH_ALPHANUMERIC, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  if (value !== text) changes.push({ kind: 'full-width', at, field, from: text, to: value });
  if (CODE_FIELDS.has(field)) {
    const code = value.replace(/[\s\u3000]+/g, '').toUpperCase();
    if (code !== value) changes.push({ kind: 'code', at, field, from: value, to: code });
    value = code;
  }
  return value;
}

/** In the order the summary lists them. */
export const NORMALISATION_WORDS: Record<NormalisationKind, { zh: string; en: string }> = {
  'full-width': { zh: '全角字母或数字改为半角', en: 'full-width letters or digits made half-width' },
  code: { zh: '统一社会信用代码去空格、改大写', en: 'codes stripped of spaces and upper-cased' },
  'jurisdiction-name': { zh: '按名称找到地区编号', en: 'jurisdictions given by name read as their id' },
  'blank-row': { zh: '跳过全部为空的行', en: 'rows with every cell empty skipped' },
};
