// The template a clerk copies to add a jurisdiction's rules (docs/adding-rules.md) is itself valid:
// it loads as a data folder's rules without a problem, every cite pointing at an article it has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { tempTree } from '../../../test/support/temp-tree.ts';
import { loadRulesCatalog } from './load-rules.ts';

describe('docs/templates', () => {
  it('loads as a data folder’s rules document without problems', () => {
    const { catalog, problems } = loadRulesCatalog(join(PROJECT_ROOT, 'content'), { dir: join(PROJECT_ROOT, 'docs', 'templates'), label: 'docs/templates' });
    expect(problems).toEqual([]);
    const example = catalog.documents.get('example');
    expect(example?.builtIn).toBe(false);
    expect(example?.articles.map((article) => article.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(example?.provisions.validity_years.value).toBe(3);
  });
});

describe('a provisions file with mistakes', () => {
  it('is told in the rules matrix’s words: the provision’s label, and how to write that the rules are silent', () => {
    const template = JSON.parse(readFileSync(join(PROJECT_ROOT, 'docs', 'templates', 'provisions', 'example.json'), 'utf8')) as { provisions: Record<string, unknown> };
    delete template.provisions['staff_min'];
    template.provisions['validity_years'] = { value: 'three', cite: ['5'], note: null };
    const folder = tempTree({ 'rules/example.md': readFileSync(join(PROJECT_ROOT, 'docs', 'templates', 'rules', 'example.md'), 'utf8'), 'provisions/example.json': JSON.stringify(template) });
    const { problems } = loadRulesCatalog(join(PROJECT_ROOT, 'content'), { dir: folder, label: 'mine' });
    expect(problems.map((problem) => [problem.file, problem.field, problem.zh.split('：')[0]])).toEqual([
      ['mine/provisions/example.json', 'provisions.staff_min', '缺少“专职服务人员”一项（staff_min）；规则未作规定时写 { "value": null, "cite": [], "note": null }'],
      ['mine/provisions/example.json', 'provisions.validity_years.value', '“认定有效期”一项（validity_years）'],
    ]);
  });
});
