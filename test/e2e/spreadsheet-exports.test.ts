// Data files as a clerk's tools save them, through the real build script: a GBK export from Excel on
// Chinese Windows builds a site with every name intact; bytes in no encoding stop the build at their line.
import { describe, expect, it } from 'vitest';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildFixtureSite, fixturePath, privateCopy, runScript } from '../support/build-site.ts';
import { appendLines, fixtureCopy, replaceText } from '../support/data-folder.ts';
import { testTempDir } from '../support/temp-tree.ts';
import { treeDigest } from '../support/tree-digest.ts';
import { asExcelGbkCsv, asExcelUtf8Csv, asGb18030, asWorkbook, withBadBytesOnLine } from '../fixtures/spreadsheet-exports.ts';
import { FIELD_TITLES } from '../../src/lib/contract/field-titles.ts';

const source = (file: string) => readFileSync(join(fixturePath('register'), file), 'utf8');

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

  it('reads a sheet as a clerk keeps it: Chinese headers, full-width digits, loosely typed codes, jurisdictions by name, blank rows', () => {
    const [header = '', ...rows] = source('platforms.csv').trimEnd().split('\n');
    const titles: Record<string, string> = FIELD_TITLES.platforms;
    const chineseHeader = header.split(',').map((field) => titles[field] ?? field).join(',');
    const edited = rows.map((row) =>
      row.startsWith('fx-weihai-active,')
        ? row.replace(',91371002MA0TEAM013,weihai,', ',91371002 ma0team013,威海市,').replace(',2025-01-10,', ',２０２５年１月１０日,')
        : row,
    );
    const blankRows = Array.from({ length: 3 }, () => ','.repeat(header.split(',').length - 1));
    const dir = fixtureCopy({ 'platforms.csv': asExcelGbkCsv([chineseHeader, ...edited, ...blankRows].join('\n') + '\n') });

    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/已按通常读法规范化 \d+ 处（全角字母或数字改为半角 \d+ 处；统一社会信用代码去空格、改大写 1 处；按名称找到地区编号 1 处；跳过全部为空的行 3 处）；加 --strict 可逐条列出位置/);
    const page = readFileSync(join(out, 'platforms', 'fx-weihai-active', 'index.html'), 'utf8');
    expect(page).toContain('91371002MA0TEAM013');
    expect(page).toContain('<time datetime="2025-01-10">');
    expect(page).toContain('测试用海岳信息服务平台');

    const strict = runScript('validate', ['--data', dir, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${join(dir, 'platforms.csv')}，第 2 行，字段 uscc\n  统一社会信用代码去空格、改大写：“91371002 ma0team013”→“91371002MA0TEAM013”`);
  });

  it('names the root cause first and alone: a table in a format it cannot read, a misspelt header', () => {
    const text = fixtureCopy({});
    renameSync(join(text, 'platforms.csv'), join(text, 'platforms.txt'));
    const missing = runScript('validate', ['--data', text]);
    expect(missing.status).toBe(1);
    expect(errorLines(missing.stderr)).toEqual([`[错误 error] ${join(text, 'platforms.txt')}`]);
    expect(missing.stderr).toContain('找到 platforms.txt，但这张表须为 platforms.csv、platforms.json 或 platforms.xlsx');

    const misspelt = fixtureCopy({ 'platforms.csv': replaceText('id,name,', 'id,平台名字,') });
    const run = runScript('validate', ['--data', misspelt]);
    expect(run.status).toBe(1);
    const errors = errorLines(run.stderr);
    expect(errors).toEqual([`[错误 error] ${join(misspelt, 'platforms.csv')}，第 1 行，字段 name`, `[错误 error] ${join(misspelt, 'platforms.csv')}，第 1 行，字段 平台名字 值 value "平台名字"`]);
    expect(run.stderr).toContain('未知列“平台名字”');
    expect(run.stderr).toContain('name（平台名称）');
  });

  it('refuses one platform entered twice under two ids, naming both rows', () => {
    const row = source('platforms.csv').split('\n').find((line) => line.startsWith('fx-weihai-active,')) ?? '';
    const dir = fixtureCopy({ 'platforms.csv': appendLines(row.replace('fx-weihai-active,', 'fx-weihai-again,')) });
    const run = runScript('validate', ['--data', dir]);
    expect(run.status).toBe(1);
    const lines = source('platforms.csv').trimEnd().split('\n').length;
    expect(run.stderr).toContain(`${join(dir, 'platforms.csv')}，第 ${lines + 1} 行，字段 uscc 值 value "91371002MA0TEAM013"\n  与第 2 行（fx-weihai-active）是同一平台`);
  });
});

describe('tables kept in Excel workbooks', () => {
  it('builds from one register.xlsx with Chinese sheet names and headers, date cells and number cells', async () => {
    const workbook = await asWorkbook([
      { sheet: '地区', csv: source('jurisdictions.csv'), titles: FIELD_TITLES.jurisdictions },
      { sheet: '平台', csv: source('platforms.csv'), titles: FIELD_TITLES.platforms, dates: ['certified_on', 'valid_until'] },
      { sheet: '撤销与暂停', csv: source('revocations.csv'), titles: FIELD_TITLES.revocations, dates: ['decided_on', 'reapply_after'] },
      // A sheet of notes, not read: what its cells hold (here a number Excel rounded) is no problem of the data.
      { sheet: '说明', csv: 'note\n913710023510036517\n', numbers: ['note'] },
    ]);
    const dir = fixtureCopy({ 'register.xlsx': workbook });
    for (const file of ['jurisdictions.csv', 'platforms.csv', 'revocations.csv']) rmSync(join(dir, file));
    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`[提示 note] ${join(dir, 'register.xlsx')}，工作表“说明”`);
    const rows = parse(source('platforms.csv'), { columns: true }) as { id: string; name: string; operator: string; uscc: string }[];
    for (const row of rows) {
      const page = readFileSync(join(out, 'platforms', row.id, 'index.html'), 'utf8');
      expect(page, row.id).toContain(row.name);
      expect(page, row.id).toContain(row.uscc);
    }
    // 2022/6/14 in the source, a date cell in the workbook.
    expect(readFileSync(join(out, 'platforms', 'fx-weihai-expired', 'index.html'), 'utf8')).toContain('<time datetime="2022-06-14" class="font-bold">2022年6月14日</time>');
  });

  it('builds from a table’s own workbook beside a CSV saved as Excel’s "CSV UTF-8" (BOM, CRLF)', async () => {
    const workbook = await asWorkbook([{ sheet: 'Sheet1', csv: source('platforms.csv'), dates: ['certified_on', 'valid_until'], numbers: ['phone'] }]);
    const dir = fixtureCopy({ 'platforms.xlsx': workbook, 'jurisdictions.csv': asExcelUtf8Csv(source('jurisdictions.csv')) });
    rmSync(join(dir, 'platforms.csv'));
    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('GB18030');
    const published = (JSON.parse(readFileSync(join(out, 'data', 'platforms.json'), 'utf8')) as { records: { id: string; name: string; certified_on: string | null }[] }).records;
    const rows = parse(source('platforms.csv'), { columns: true }) as { id: string; name: string }[];
    expect(published.map((row) => [row.id, row.name]).sort()).toEqual(rows.map((row) => [row.id, row.name]).sort());
    expect(published.find((row) => row.id === 'fx-weihai-expired')?.certified_on).toBe('2022-06-14');
  });

  it('names the sheet and row of a code Excel has rounded, and only that problem for the row', async () => {
    const numeric = replaceText('91371002MA0TEAM013', '913710023510036517')(source('platforms.csv'));
    const workbook = await asWorkbook([{ sheet: 'Sheet1', csv: numeric, numbers: ['uscc'] }]);
    const dir = fixtureCopy({ 'platforms.xlsx': workbook });
    rmSync(join(dir, 'platforms.csv'));
    const run = runScript('validate', ['--data', dir]);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([`[错误 error] ${join(dir, 'platforms.xlsx')}，工作表“Sheet1”，第 2 行 值 value "913710023510036500"`]);
    expect(run.stderr).toContain('第 D 列是 Excel 的数字格式，超过 15 位的数字已被 Excel 舍入');
  });
});

/** The first line of each error the command printed. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('[错误 error]'));
}
