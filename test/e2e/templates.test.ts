// The templates a clerk downloads from /data/template/ are a working start: filled in as they come
// (Chinese headers, one example row each) beside the rules template of docs/templates/, they validate
// and build, as CSV files and as one workbook.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, PROJECT_ROOT, runScript } from '../support/build-site.ts';
import { testTempDir } from '../support/temp-tree.ts';

const dist = buildFixtureSite('register');
const TABLES = ['jurisdictions', 'platforms', 'notices', 'revocations'];

/** A data folder of the given template files, with a site.json and the rules template. */
function folderOf(files: readonly string[]): string {
  const dir = testTempDir('template-');
  for (const file of files) cpSync(join(dist, 'data', 'template', file), join(dir, file));
  cpSync(join(PROJECT_ROOT, 'docs', 'templates'), dir, { recursive: true });
  writeFileSync(join(dir, 'site.json'), JSON.stringify({ title: '示例市示范平台名录', publisher: '示例市工业和信息化局', as_of: '2026-10-01', sample: true }));
  return dir;
}

describe('the templates for the clerk', () => {
  it('have the Chinese titles as headers and one example row', () => {
    const csv = readFileSync(join(dist, 'data', 'template', 'platforms.csv'), 'utf8');
    expect(csv.startsWith('\ufeff编号,平台名称,运营单位,统一社会信用代码,所属地区,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('validate and build as CSV files, and as one workbook', () => {
    for (const files of [TABLES.map((table) => `${table}.csv`), ['register.xlsx']]) {
      const dir = folderOf(files);
      const out = join(testTempDir('site-'), 'dist');
      const run = runScript('build', ['--data', dir, '--out', out, '--strict']);
      expect(run.status, `${files.join(', ')}\n${run.stderr}`).toBe(0);
      expect(readFileSync(join(out, 'platforms', 'example-information', 'index.html'), 'utf8')).toContain('示例市示例中小企业信息服务平台');
    }
  });
});
