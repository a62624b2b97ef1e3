// Provision values in words, the way the comparison tables and rules pages show them.
import { FUNCTION_LABELS } from '../contract/functions.ts';
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

/** Chengdu's two kinds of 小企业创业基地 (第六条). */
export const PARK_TYPE_LABELS: Record<NonNullable<ProvisionVariant['when']['park_type']>, string> = { manufacturing: '制造业园区', building: '楼宇经济园' };

/** Who a variant is for: 事业单位、社团法人, 综合平台, 制造业园区, 培训服务平台, 租赁基地. */
export function formatVariantCondition(variant: ProvisionVariant): string {
  const parts: string[] = [];
  if (variant.when.legal_forms) parts.push(variant.when.legal_forms.map((form) => LEGAL_FORM_LABELS[form]).join('、'));
  if (variant.when.scope) parts.push(variant.when.scope === 'comprehensive' ? '综合平台' : '专业平台');
  if (variant.when.mountain_area) parts.push('山区市县');
  if (variant.when.park_type) parts.push(PARK_TYPE_LABELS[variant.when.park_type]);
  if (variant.when.platform_function) parts.push(`${FUNCTION_LABELS[variant.when.platform_function]}平台`);
  if (variant.when.leased_base) parts.push('租赁基地');
  return parts.join('，');
}

/**
 * A variant as the comparison tables show it: 综合平台：30 万元以上; 山区市县：可适当放宽; 租赁基地：不适用;
 * and a figure resting on a condition no figure shows as one that may apply (可适用).
 */
export function formatVariant(key: AnyProvisionKey, variant: ProvisionVariant): string {
  const condition = formatVariantCondition(variant);
  if (variant.exempt) return `${condition}：不适用`;
  if (variant.value === null) return `${condition}：可适当放宽`;
  const value = formatProvisionValue(key, { value: variant.value, cite: variant.cite, note: variant.note });
  return variant.requires ? `${condition}，${variant.requires}的：可适用 ${value}` : `${condition}：${value}`;
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
