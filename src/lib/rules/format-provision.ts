// Provision values in words, the way the comparison tables and rules pages show them.
import { toChineseNumber } from './chinese-numerals.ts';
import { PROVISION_META, type AnyProvisionKey } from './provision-catalog.ts';
import type { LegalForm, ProvisionVariant } from './schema.ts';
import type { ProvisionEntry } from './comparison.ts';

export const NOT_SPECIFIED = '未规定';

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  enterprise: '企业',
  public_institution: '事业单位',
  private_non_enterprise: '民办非企业单位',
  social_organization: '社团法人',
};

const ENUM_LABELS: Record<string, string> = {
  working: '工作日',
  calendar: '自然日',
  review: '申请复核',
  reapply: '重新申报',
  total_assets: '资产总额',
  registered_capital: '注册资金',
};

/** `5 个工作日`, `100 万元以上`, `申请复核`; the publicity period reads its day type from the document. */
export function formatProvisionValue(key: AnyProvisionKey, entry: ProvisionEntry, dayType?: unknown): string {
  const { value } = entry;
  if (key === 'publicity_days' && typeof value === 'number') return `${value} 个${dayType === 'working' ? '工作日' : '自然日'}`;
  if (typeof value === 'number') {
    const unit = PROVISION_META[key].unit ?? '';
    return unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`.trim();
  }
  if (typeof value === 'boolean') return value ? '有' : '无';
  if (typeof value === 'string') return ENUM_LABELS[value] ?? value;
  if (Array.isArray(value)) return `${value.length} 种情形`;
  return NOT_SPECIFIED;
}

export function formatVariantCondition(variant: ProvisionVariant): string {
  const parts: string[] = [];
  if (variant.when.legal_forms) parts.push(variant.when.legal_forms.map((form) => LEGAL_FORM_LABELS[form]).join('、'));
  if (variant.when.scope) parts.push(variant.when.scope === 'comprehensive' ? '综合平台' : '专业平台');
  if (variant.when.mountain_area) parts.push('山区市县');
  return parts.join('，');
}

export function formatVariant(key: AnyProvisionKey, variant: ProvisionVariant): string {
  const condition = formatVariantCondition(variant);
  if (variant.value === null) return `${condition}：可适当放宽`;
  return `${condition}：${formatProvisionValue(key, { value: variant.value, cite: variant.cite, note: variant.note })}`;
}

/** `14.1` → 第十四条（一）; `14` → 第十四条. */
export function formatCite(cite: string): string {
  const [article, item] = cite.split('.').map(Number);
  return formatArticle(article ?? 0, item ?? null);
}

/** 第十四条（一） for article 14, item 1; 第十四条 for the whole article. */
export function formatArticle(article: number, item: number | null): string {
  return `第${toChineseNumber(article)}条${item === null ? '' : `（${toChineseNumber(item)}）`}`;
}
