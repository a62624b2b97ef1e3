import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { loadRulesCatalog } from '../rules/load-rules.ts';
import { comparisonRow } from '../rules/comparison.ts';
import { formatVariant } from '../rules/format-provision.ts';
import type { AnyProvisionKey } from '../rules/provision-catalog.ts';
import type { ProvisionVariant } from '../rules/schema.ts';
import { CONDITIONS } from './conditions.ts';
import { decisiveProvisions } from './decisive.ts';
import { evaluateProfile } from './evaluate.ts';
import { isNumberField, profileSchema, type ProfileInput } from './profile.ts';

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
    expect(row('office_area_min_m2')).toMatchObject({ setBy: [{ documentId: 'yangjiang', value: 100, comparable: true, variants: [] }], strictest: [] });
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

// The comparison pages rank and mark the figures the self-check applies: one reading of each
// provision (the general figure, and each variant for the applicants it names), not two. For every
// ranked row, the figure shown is the figure the check asks, and each variant listed beside it is
// the figure the check asks of an applicant it names.
describe('the ranked rows and the self-check agree', () => {
  const documents = [...catalog.documents.values()];
  /** An applicant no variant names: an enterprise, a 专业 platform, a 楼宇经济园, offering no training. */
  const GENERAL: ProfileInput = { legal_form: 'enterprise', scope: 'specialized', park_type: 'building', functions: { market: {} } };

  function answerOf(documentId: string, key: AnyProvisionKey, figure: number, also: ProfileInput = {}) {
    const condition = CONDITIONS.find((candidate) => candidate.key === key)!;
    const figures = Object.fromEntries(condition.fields.filter(isNumberField).map((field) => [field, figure]));
    const profile = profileSchema.parse({ ...GENERAL, ...(condition.appliesTo === 'base' ? { applying_as: 'base' } : {}), ...figures, ...also });
    return evaluateProfile(profile, catalog.documents.get(documentId)!).checks.find((check) => check.key === key)!;
  }

  /** The profile a variant names: its legal form, scope, park type, 山区, 租赁基地, the one service it is a platform of. */
  function named(variant: ProvisionVariant): ProfileInput {
    const { when } = variant;
    return {
      ...(when.legal_forms ? { legal_form: when.legal_forms[0] } : {}),
      ...(when.scope ? { scope: when.scope } : {}),
      ...(when.park_type ? { park_type: when.park_type } : {}),
      ...(when.mountain_area ? { mountain_area: true } : {}),
      ...(when.leased_base ? { leased_base: true } : {}),
      ...(when.platform_function ? { functions: { [when.platform_function]: {} } } : {}),
    };
  }

  const cases = ranking.flatMap((entry) =>
    CONDITIONS.find((condition) => condition.key === entry.key)?.fields.some(isNumberField) ? entry.setBy.map((set) => ({ key: entry.key, ...set, name: `${set.documentId} ${entry.key} ${set.value}` })) : [],
  );

  it('covers every figure ranked but the counts of functions', () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(ranking.filter((entry) => !cases.some((item) => item.key === entry.key)).map((entry) => entry.key)).toEqual(['functions_min', 'base_functions_min']);
  });

  it.each(cases)('$name: the comparison cell shows it, and the self-check asks it of an applicant no variant names', ({ documentId, key, value, variants }) => {
    expect(comparisonRow(documents, key).cells.find((cell) => cell.documentId === documentId)?.entry?.value).toBe(value);
    expect(answerOf(documentId, key, value)).toMatchObject({ required: value, outcome: 'meets' });
    expect(answerOf(documentId, key, value - 1)).toMatchObject({ required: value, outcome: 'short' });
    for (const variant of variants) {
      const check = answerOf(documentId, key, value - 1, named(variant));
      if (variant.exempt) expect(check.outcome, formatVariant(key, variant)).toBe('not_required');
      else if (variant.value === null) expect(check.outcome, formatVariant(key, variant)).toBe('may_be_relaxed');
      else if (variant.requires) expect(answerOf(documentId, key, variant.value, named(variant)), formatVariant(key, variant)).toMatchObject({ outcome: 'may_be_relaxed', relaxation: variant });
      else expect(answerOf(documentId, key, variant.value, named(variant)), formatVariant(key, variant)).toMatchObject({ required: variant.value, outcome: 'meets' });
    }
  });

  it('marks strictest and most lenient only among figures of one measure, as the ranking does', () => {
    for (const entry of ranking) {
      const row = comparisonRow(documents, entry.key);
      const marked = row.cells.filter((cell) => cell.mark === 'strictest').map((cell) => cell.documentId);
      expect(marked.sort(), entry.key).toEqual([...entry.strictest].sort());
    }
  });
});
