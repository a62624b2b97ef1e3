import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { comparisonRow, comparisonRows, documentPairs, findProvision, provisionEntry } from './comparison.ts';
import { formatCite, formatProvisionValue, formatVariant } from './format-provision.ts';
import { loadRulesCatalog } from './load-rules.ts';

const { catalog } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));
const documents = [...catalog.documents.values()];
const marks = (key: Parameters<typeof comparisonRow>[1]) => Object.fromEntries(comparisonRow(documents, key).cells.map((cell) => [cell.documentId, cell.mark]));

describe('comparisonRow', () => {
  it('marks the highest minimum strictest and the lowest most lenient, ties included', () => {
    expect(marks('staff_min')).toEqual({ chengdu: 'strictest', linfen: 'most-lenient', ningxia: 'strictest', weihai: 'most-lenient', yangjiang: 'most-lenient' });
  });

  it('leaves a figure of another measure unmarked: Chengdu’s 注册资金 beside the others’ 资产总额', () => {
    expect(marks('assets_min_wan')).toEqual({ chengdu: null, linfen: 'most-lenient', ningxia: 'strictest', weihai: 'strictest', yangjiang: 'most-lenient' });
  });

  it('leaves silent documents unmarked', () => {
    expect(marks('satisfaction_min_pct')).toEqual({ chengdu: 'strictest', linfen: 'most-lenient', ningxia: 'most-lenient', weihai: 'strictest', yangjiang: null });
  });

  it('marks nothing where all agree, or where the figures do not compare', () => {
    expect(Object.values(marks('validity_years'))).toEqual([null, null, null, null, null]);
    expect(Object.values(marks('publicity_days'))).toEqual([null, null, null, null, null]);
  });

  it('drops a row no document answers', () => {
    expect(comparisonRows(documents.filter((document) => document.id === 'weihai'), ['naming_rule', 'staff_min']).map((row) => row.key)).toEqual(['staff_min']);
  });
});

describe('findProvision', () => {
  const linfen = catalog.documents.get('linfen')!;
  it('finds a provision among the shared ones or the extra ones, null values included', () => {
    expect(findProvision(linfen, 'validity_years')).toBe(linfen.provisions.validity_years);
    expect(findProvision(linfen, 'financing_amount_min_yi')).toBe(linfen.extra.financing_amount_min_yi);
    expect(findProvision(linfen, 'publicity_days')?.value).toBeNull();
    expect(findProvision(linfen, 'base_tenants_min')).toBeUndefined();
  });

  it('shows a comparison only the entries that set a value', () => {
    expect(provisionEntry(linfen, 'publicity_days')).toBeNull();
    expect(provisionEntry(linfen, 'validity_years')).toBe(linfen.provisions.validity_years);
  });
});

describe('documentPairs', () => {
  it('gives every unordered pair once', () => {
    expect(documentPairs([{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map(([x, y]) => `${x.id}-${y.id}`)).toEqual(['a-b', 'a-c', 'b-c']);
    expect(documentPairs(documents)).toHaveLength((documents.length * (documents.length - 1)) / 2);
  });
});

describe('provision wording', () => {
  it('reads values with their units and day types', () => {
    const weihai = catalog.documents.get('weihai')!;
    expect(formatProvisionValue('publicity_days', weihai.provisions.publicity_days, 'working')).toBe('5 个工作日');
    expect(formatProvisionValue('satisfaction_min_pct', weihai.provisions.satisfaction_min_pct)).toBe('90%以上');
    expect(formatProvisionValue('assets_min_wan', weihai.provisions.assets_min_wan)).toBe('100 万元以上');
    expect(formatProvisionValue('renewal_mode', weihai.provisions.renewal_mode)).toBe('申请复核');
  });

  it('reads variants, with or without a figure', () => {
    const [weihaiVariant] = catalog.documents.get('weihai')!.provisions.assets_min_wan.variants ?? [];
    // Weihai 第十四条: “由事业单位、民办非企、社团法人主办，服务业绩突出，示范作用明显的服务平台……资产总额可放宽至不低于50万元”: it may apply.
    expect(formatVariant('assets_min_wan', weihaiVariant!)).toBe('事业单位、民办非企业单位、社团法人，服务业绩突出，示范作用明显的：可适用 50 万元以上');
    // Chengdu 第六条: “制造业园区建筑总面积在 6 万平方米以上”; “（租赁基地除外）”.
    const chengdu = catalog.documents.get('chengdu')!.extra;
    expect(chengdu.base_floor_area_min_m2?.variants?.map((variant) => formatVariant('base_floor_area_min_m2', variant))).toEqual(['楼宇经济园：8000 平方米以上', '制造业园区：60000 平方米以上']);
    expect(chengdu.base_property_share_min_pct?.variants?.map((variant) => formatVariant('base_property_share_min_pct', variant))).toEqual(['租赁基地：不适用']);
    // Yangjiang 第八条（四）: “（培训服务不少于200家）”.
    const [training] = catalog.documents.get('yangjiang')!.provisions.smes_served_min_per_year.variants ?? [];
    expect(formatVariant('smes_served_min_per_year', training!)).toBe('培训服务平台：200 家以上');
    const [, mountain] = catalog.documents.get('ningxia')!.provisions.assets_min_wan.variants ?? [];
    expect(formatVariant('assets_min_wan', mountain!)).toBe('山区市县：可适当放宽');
  });

  it('writes article references as the documents do', () => {
    expect(formatCite('14.1')).toBe('第十四条（一）');
    expect(formatCite('20')).toBe('第二十条');
  });
});
