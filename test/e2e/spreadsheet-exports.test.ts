// Data files as a clerk's tools save them, through the real build script: a GBK export from Excel on
// Chinese Windows builds a site with every name intact; bytes in no encoding stop the build at their line.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildFixtureSite, fixturePath, privateCopy, runScript } from '../support/build-site.ts';
import { fixtureCopy, replaceText } from '../support/data-folder.ts';
import { testTempDir } from '../support/temp-tree.ts';
import { asExcelGbkCsv, asGb18030, withBadBytesOnLine } from '../fixtures/spreadsheet-exports.ts';

const source = (file: string) => readFileSync(join(fixturePath('register'), file), 'utf8');

function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((item) => item.isFile()).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = join(entry.parentPath, entry.name);
    hash.update(path.slice(dir.length)).update(readFileSync(path));
  }
  return hash.digest('hex');
}

describe('files saved as a clerk’s tools save them', () => {
  it('builds from GBK and GB18030 exports with every name intact, and says how each file was read', () => {
    // One name gets a character GBK lacks and GB18030 has (outside the BMP).
    const platforms = replaceText('测试用海岳信息服务平台', '测试用𠀀海岳信息服务平台')(source('platforms.csv'));
    const dir = fixtureCopy({ 'platforms.csv': asGb18030(platforms), 'jurisdictions.csv': asExcelGbkCsv(source('jurisdictions.csv')) });
    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    for (const file of ['platforms.csv', 'jurisdictions.csv']) {
      expect(run.stderr).toContain(`[提示 note] ${join(dir, file)}\n  文件按 GB18030（含 GBK）编码读取`);
    }
    const rows = parse(platforms, { columns: true }) as { id: string; name: string; operator: string }[];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const page = readFileSync(join(out, 'platforms', row.id, 'index.html'), 'utf8');
      expect(page, row.id).toContain(row.name);
      expect(page, row.id).toContain(row.operator);
    }
    const published = (JSON.parse(readFileSync(join(out, 'data', 'platforms.json'), 'utf8')) as { records: { id: string; name: string }[] }).records;
    expect(published.map((row) => [row.id, row.name]).sort()).toEqual(rows.map((row) => [row.id, row.name]).sort());
    const jurisdictions = parse(source('jurisdictions.csv'), { columns: true }) as { id: string; name: string; authority: string }[];
    for (const row of jurisdictions) expect(readFileSync(join(out, 'jurisdictions', row.id, 'index.html'), 'utf8')).toContain(row.authority);
    expect(readFileSync(join(out, 'data', 'platforms.csv'), 'utf8')).not.toContain('\ufffd');
  });

  it('refuses a file in neither encoding at the line of its first bad byte, and leaves the site as it was', () => {
    const outDir = privateCopy(buildFixtureSite('register'));
    const before = treeDigest(outDir);
    const dir = fixtureCopy({ 'platforms.csv': withBadBytesOnLine(source('platforms.csv'), 3) });
    const run = runScript('build', ['--data', dir, '--out', outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`[错误 error] ${join(dir, 'platforms.csv')}，第 3 行\n  文件既不是 UTF-8 也不是 GBK/GB18030 编码`);
    expect(run.stderr).toContain('CSV UTF-8');
    expect(treeDigest(outDir)).toBe(before);
  });
});
