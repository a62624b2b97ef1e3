import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { indexedPagesGlob, pageTypeFilter, SEARCHABLE_SECTIONS } from './searchable-sections.ts';

const SRC = join(PROJECT_ROOT, 'src');
const PAGES = join(SRC, 'pages');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile() && path.endsWith('.astro'));
}
const carriesBody = (path: string): boolean => readFileSync(path, 'utf8').includes('data-pagefind-body');

describe('the searchable sections', () => {
  it('are route folders that exist under src/pages', () => {
    for (const { folder } of SEARCHABLE_SECTIONS) expect(statSync(join(PAGES, folder), { throwIfNoEntry: false })?.isDirectory(), folder).toBe(true);
  });

  it('hold every page that carries data-pagefind-body, and those pages take their type from the table', () => {
    const indexed = filesUnder(PAGES).filter(carriesBody);
    expect(indexed.length).toBeGreaterThan(0);
    for (const path of indexed) {
      const folder = relative(PAGES, path).split(sep)[0];
      expect(SEARCHABLE_SECTIONS.map((section) => section.folder), relative(PROJECT_ROOT, path)).toContain(folder);
      const source = readFileSync(path, 'utf8');
      expect(source, relative(PROJECT_ROOT, path)).toContain(`data-pagefind-filter={pageTypeFilter('${folder}')}`);
      expect(source, relative(PROJECT_ROOT, path)).not.toContain('data-pagefind-filter="type:');
    }
  });

  it('leave which pages are indexed to the pages: no component or layout carries data-pagefind-body', () => {
    const shared = ['components', 'layouts'].map((name) => join(SRC, name)).filter(existsSync).flatMap(filesUnder);
    expect(shared.filter(carriesBody).map((path) => relative(PROJECT_ROOT, path))).toEqual([]);
  });

  it('give the pages their filter, and the indexer its glob', () => {
    expect(pageTypeFilter('compare')).toBe('type:规则对比');
    expect(indexedPagesGlob()).toBe('{notices,rules,jurisdictions,compare}/**/*.html');
  });
});
