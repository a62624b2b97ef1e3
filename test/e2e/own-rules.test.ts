// A jurisdiction brings its own rules in its data folder (rules/<id>.md, provisions/<id>.json), without
// changing the project: the site publishes them beside the built-in documents, compares them, and the
// self-check reads them; a document there replaces a built-in one of the same id. Bad cites are refused.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, runScript } from '../support/build-site.ts';
import { appendLines, fixtureCopy, replaceText } from '../support/data-folder.ts';
import { testTempDir } from '../support/temp-tree.ts';

const builtIn = (folder: string, file: string) => readFileSync(join(PROJECT_ROOT, 'content', folder, file), 'utf8');

/** A data folder with a sixth jurisdiction, 测试市, whose rules are its own (a copy of Weihai's, renamed). */
function withOwnRules(provisions = builtIn('provisions', 'weihai.json')): string {
  const dir = fixtureCopy({
    'jurisdictions.csv': appendLines('ceshi,测试市,city,,测试市工业和信息化局,ceshi,,,'),
    'platforms.csv': appendLines('fx-ceshi-one,测试用测试市信息服务平台,测试用测试市信息咨询有限公司,91371002MA0TEAM021,ceshi,,platform,specialized,信息服务,2025-03-03,,,,,,,'),
  });
  mkdirSync(join(dir, 'rules'));
  mkdirSync(join(dir, 'provisions'));
  const text = builtIn('rules', 'weihai.md')
    .replace('id: weihai', 'id: ceshi')
    .replace('jurisdiction: weihai', 'jurisdiction: ceshi')
    .replace('jurisdiction_name: 威海市', 'jurisdiction_name: 测试市')
    .replace('title: 威海市中小企业公共服务示范平台认定管理办法', 'title: 测试市中小企业公共服务示范平台认定管理办法');
  writeFileSync(join(dir, 'rules', 'ceshi.md'), text);
  writeFileSync(join(dir, 'provisions', 'ceshi.json'), provisions);
  return dir;
}

describe('rules a data folder brings', () => {
  it('are published, compared and checked against beside the built-in ones, and replace a built-in one of their id', () => {
    const dir = withOwnRules();
    // A seventh document, a county's, and Weihai's own brought by the data folder under its built-in id, retitled.
    writeFileSync(join(dir, 'rules', 'ceshi-xian.md'), readFileSync(join(dir, 'rules', 'ceshi.md'), 'utf8').replace('id: ceshi', 'id: ceshi-xian').replace('jurisdiction: ceshi', 'jurisdiction: ceshi-xian').replace('title: 测试市', 'title: 测试县'));
    writeFileSync(join(dir, 'provisions', 'ceshi-xian.json'), builtIn('provisions', 'weihai.json'));
    writeFileSync(join(dir, 'jurisdictions.csv'), appendLines('ceshi-xian,测试县,county,ceshi,测试县工业和信息化局,ceshi-xian,,,')(readFileSync(join(dir, 'jurisdictions.csv'), 'utf8')));
    writeFileSync(join(dir, 'rules', 'weihai.md'), replaceText('title: 威海市中小企业公共服务示范平台认定管理办法', 'title: 威海市中小企业公共服务示范平台认定管理办法（本地版）')(builtIn('rules', 'weihai.md')));
    writeFileSync(join(dir, 'provisions', 'weihai.json'), builtIn('provisions', 'weihai.json'));
    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);

    const documents = (JSON.parse(readFileSync(join(out, 'data', 'rules.json'), 'utf8')) as { documents: { id: string; title: string }[] }).documents;
    const ids = documents.map((document) => document.id);
    expect(ids).toContain('ceshi');
    expect(ids).toContain('ceshi-xian');
    expect(ids.length).toBeGreaterThanOrEqual(7);
    expect(new Set(ids).size).toBe(ids.length);
    expect(documents.find((document) => document.id === 'weihai')?.title).toBe('威海市中小企业公共服务示范平台认定管理办法（本地版）');

    const rulesPage = readFileSync(join(out, 'rules', 'ceshi', 'index.html'), 'utf8');
    expect(rulesPage).toContain('测试市中小企业公共服务示范平台认定管理办法');
    expect(rulesPage).toContain('id="article-14"');
    // Every two documents have a comparison page, however many there are.
    const pairs = readdirSync(join(out, 'compare', 'pairs'));
    expect(pairs.length).toBe((ids.length * (ids.length - 1)) / 2);
    expect(pairs.filter((pair) => pair.split('-vs-').includes('ceshi'))).toHaveLength(ids.length - 1);
    const platform = readFileSync(join(out, 'platforms', 'fx-ceshi-one', 'index.html'), 'utf8');
    expect(platform).toContain('href="/rules/ceshi/#article-23"');
    const checkRules = JSON.parse(readFileSync(join(out, 'check', 'rules.json'), 'utf8')) as unknown;
    expect(JSON.stringify(checkRules)).toContain('"id":"ceshi"');
    expect(existsSync(join(out, 'rules', 'ceshi', 'index.html'))).toBe(true);
  });

  it('refuses a provision citing an article the text does not have, naming file, provision and article', () => {
    const provisions = builtIn('provisions', 'weihai.json').replace('"14.1"', '"99"');
    const dir = withOwnRules(provisions);
    const run = runScript('validate', ['--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`[错误 error] ${join(dir, 'provisions', 'ceshi.json')}，字段 provisions.operating_years_min.cite 值 value "99"\n  引用的第九十九条在这份规则的正文中不存在`);
  });

  it('warns where a jurisdiction names another jurisdiction’s rules as its own', () => {
    const dir = fixtureCopy({ 'jurisdictions.csv': appendLines('ceshi,测试市,city,,测试市工业和信息化局,weihai,,,') });
    const run = runScript('validate', ['--data', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('[警告 warning]');
    expect(run.stderr).toContain('规则文件 weihai 是威海市的《威海市中小企业公共服务示范平台认定管理办法》，不是测试市的');
  });

  it('publishes only the rules its jurisdictions use and those site.json compares them with', () => {
    const dir = withOwnRules();
    const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, compare_rules: 'ningxia' }));
    const out = join(testTempDir('site-'), 'dist');
    const run = runScript('build', ['--data', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const used = readFileSync(join(dir, 'jurisdictions.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[5]);
    const ids = (JSON.parse(readFileSync(join(out, 'data', 'rules.json'), 'utf8')) as { documents: { id: string }[] }).documents.map((document) => document.id);
    expect(ids.sort()).toEqual([...new Set([...used, 'ningxia'])].sort());
    expect(existsSync(join(out, 'rules', 'linfen', 'index.html'))).toBe(false);

    writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, compare_rules: 'nowhere' }));
    const refused = runScript('validate', ['--data', dir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${join(dir, 'site.json')}，字段 compare_rules 值 value "nowhere"`);
  });
});
