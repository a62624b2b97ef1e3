// The template a clerk copies to add a jurisdiction's rules (docs/adding-rules.md) is itself valid:
// it loads as a data folder's rules without a problem, every cite pointing at an article it has.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
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
