import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { loadRulesCatalog } from '../rules/load-rules.ts';
import { decisiveProvisions } from './decisive.ts';

const { catalog } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));
const { ranking, byDocument } = decisiveProvisions([...catalog.documents.values()]);
const row = (key: string) => ranking.find((candidate) => candidate.key === key);

describe('decisiveProvisions', () => {
  it('ranks the minimums set by all five documents first', () => {
    expect(ranking.slice(0, 5).map((entry) => [entry.key, entry.setBy.length])).toEqual([
      ['operating_years_min', 5],
      ['assets_min_wan', 5],
      ['staff_min', 5],
      ['qualified_staff_min_pct', 5],
      ['functions_min', 5],
    ]);
  });

  it('says staff is set by 5 of 5 documents and Chengdu’s and Ningxia’s 10 is the strictest', () => {
    expect(row('staff_min')).toMatchObject({ label: '专职服务人员', strictestValue: 10, strictest: ['chengdu', 'ningxia'] });
  });

  it('names nobody strictest where all documents agree', () => {
    expect(row('functions_min')).toMatchObject({ strictestValue: 1, strictest: [] });
  });

  it('names nobody strictest where only one document sets the minimum', () => {
    expect(row('office_area_min_m2')).toMatchObject({ setBy: [{ documentId: 'yangjiang', value: 100, comparable: true }], strictest: [] });
  });

  it('does not weigh Chengdu’s 注册资金 against the others’ 资产总额', () => {
    const assets = row('assets_min_wan');
    expect(assets?.setBy.find((entry) => entry.documentId === 'chengdu')?.comparable).toBe(false);
    expect(assets?.strictest.sort()).toEqual(['ningxia', 'weihai']);
  });

  it('leaves out the minimums no document sets', () => {
    expect(ranking.every((entry) => entry.setBy.length > 0)).toBe(true);
  });

  it('lists per document the minimums where it is strictest', () => {
    expect(byDocument.weihai).toEqual(['assets_min_wan', 'qualified_staff_min_pct', 'smes_served_min_per_year', 'satisfaction_min_pct']);
    expect(byDocument.chengdu).toEqual(['operating_years_min', 'staff_min', 'qualified_staff_min_pct', 'satisfaction_min_pct', 'partner_institutions_min']);
    expect(byDocument.yangjiang).toEqual([]);
  });
});
