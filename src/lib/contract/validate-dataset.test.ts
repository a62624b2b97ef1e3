import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../load-site.ts';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { appendLines, fixtureCopy, replaceText } from '../../../test/support/data-folder.ts';
import type { Problem } from './problems.ts';

const contentDir = join(PROJECT_ROOT, 'content');
const PLATFORM_HEADER_COLUMNS = 17;

function problemsOf(dataDir: string, options: { strict?: boolean; asOf?: string } = {}): Problem[] {
  return loadSite({ dataDir, dataDirLabel: 'data', contentDir, strict: options.strict ?? false, asOfOverride: options.asOf }).problems;
}

/** A platforms.csv row with the given cells set, the others empty. */
function platformRow(cells: Record<string, string>): string {
  const columns = ['id', 'name', 'operator', 'uscc', 'jurisdiction', 'district', 'kind', 'scope', 'functions', 'certified_on', 'valid_until', 'decision_ref', 'address', 'phone', 'email', 'website', 'description'];
  expect(columns).toHaveLength(PLATFORM_HEADER_COLUMNS);
  const base = { id: 'fx-new', name: '新平台', operator: '新运营单位', uscc: '91371002MA0TEAM013', jurisdiction: 'weihai', functions: '信息服务', ...cells };
  return columns.map((column) => base[column as keyof typeof base] ?? '').join(',');
}

describe('the register fixture', () => {
  it('is valid, with no problems at all', () => {
    const result = loadSite({ dataDir: fixtureCopy(), contentDir });
    expect(result.problems).toEqual([]);
    expect(result.model?.platforms).toHaveLength(8);
  });
});

describe('validation messages', () => {
  it('names a duplicate id and where it was first used', () => {
    const problems = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ id: 'fx-weihai-active' })) }));
    expect(problems).toEqual([
      { severity: 'error', file: 'data/platforms.csv', line: 10, field: 'id', value: 'fx-weihai-active', zh: 'platforms 中的 id 重复，已在第 2 行使用', en: 'duplicate id in platforms, already used at line 2' },
    ]);
  });

  it('refuses an id the site’s own pages use', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ id: 'sort' })) }));
    expect(problem).toMatchObject({ field: 'id', value: 'sort', en: '"sort" is an address the site reserves; it cannot be an id' });
  });

  it('names a jurisdiction that is not in the jurisdictions table', () => {
    const problems = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ jurisdiction: 'atlantis', functions: 'training' })) }));
    expect(problems).toEqual([
      { severity: 'error', file: 'data/platforms.csv', line: 10, field: 'jurisdiction', value: 'atlantis', zh: '地区不在 jurisdictions 表中', en: 'the jurisdiction is not in the jurisdictions table' },
    ]);
  });

  it('refuses a code that is not 18 characters of the alphabet', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ uscc: '91371002MA0TEAMO13' })) }));
    expect(problem).toMatchObject({ severity: 'error', line: 10, field: 'uscc', value: '91371002MA0TEAMO13' });
    expect(problem?.zh).toBe('统一社会信用代码应为 18 位，由数字和大写字母（不含 I、O、S、V、Z）组成');
    expect(problem?.en).toBe('expected an 18-character unified social credit code of digits and capital letters (no I, O, S, V, Z)');
  });

  it('warns of a check digit that does not verify, and --strict makes that an error', () => {
    const dir = fixtureCopy({ 'platforms.csv': appendLines(platformRow({ uscc: '91371002MA0TEAM014' })) });
    const [warning] = problemsOf(dir);
    expect(warning).toMatchObject({ severity: 'warning', line: 10, field: 'uscc', value: '91371002MA0TEAM014' });
    expect(warning?.zh).toBe('统一社会信用代码校验位不符（按 GB 32100-2015 应为 3）；早期部分代码确有此情况，请核对');
    expect(loadSite({ dataDir: dir, contentDir }).model).not.toBeNull();
    const strict = loadSite({ dataDir: dir, contentDir, strict: true });
    expect(strict.problems[0]?.severity).toBe('error');
    expect(strict.model).toBeNull();
  });

  it('accepts only http(s) websites', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ website: 'javascript:alert(1)' })) }));
    expect(problem).toMatchObject({ field: 'website', value: 'javascript:alert(1)', zh: '应为以 http:// 或 https:// 开头的网址', en: 'expected an http:// or https:// address' });
  });

  it('refuses a date in another form, saying which forms it takes', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ certified_on: '1.1.2025' })) }));
    expect(problem).toMatchObject({
      field: 'certified_on',
      value: '1.1.2025',
      zh: '应为真实存在的日期，写作 YYYY-MM-DD、YYYY/M/D、YYYY.M.D 或 YYYY年M月D日',
      en: 'expected a real date as YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日',
    });
  });

  it('refuses a recognition that ends before it begins', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ certified_on: '2025-05-01', valid_until: '2025-04-30' })) }));
    expect(problem).toMatchObject({ field: 'valid_until', value: '2025-04-30', zh: '有效期截止日早于认定日期 2025-05-01', en: 'valid_until is before certified_on 2025-05-01' });
  });

  it('names a missing required field', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ name: '' })) }));
    expect(problem).toMatchObject({ line: 10, field: 'name', zh: '缺少必填字段', en: 'required field is missing' });
    expect(problem?.value).toBeUndefined();
  });

  it('names a value outside a fixed list, in both languages', () => {
    const [problem] = problemsOf(fixtureCopy({ 'jurisdictions.csv': replaceText('yangjiang,阳江市,city', 'yangjiang,阳江市,town') }));
    expect(problem).toMatchObject({ file: 'data/jurisdictions.csv', line: 4, field: 'level', value: 'town' });
    expect(problem?.en).toBe('Invalid option: expected one of "national"|"province"|"city"|"county"');
    expect(problem?.zh).toBe('无效选项：期望以下之一 "national"|"province"|"city"|"county"');
  });

  it('refuses a function that is neither a canonical code nor one of the jurisdiction’s own', () => {
    const [problem] = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ functions: '信息服务;跨境服务' })) }));
    expect(problem).toMatchObject({ field: 'functions', value: '跨境服务' });
    expect(problem?.en).toBe(
      'neither a canonical function code nor a service function of the rules weihai; use one of 信息服务、技术服务、创业服务、培训服务、融资服务、咨询服务、法律服务, or a canonical code such as training',
    );
  });

  it('refuses a revocation dated before the recognition', () => {
    const problems = problemsOf(fixtureCopy({ 'revocations.csv': appendLines('fx-early,fx-weihai-active,revoked,2024-12-31,weihai#24,测试,,,') }));
    expect(problems).toEqual([
      { severity: 'error', file: 'data/revocations.csv', line: 6, field: 'decided_on', value: '2024-12-31', zh: '决定日期早于该平台的认定日期 2025-01-10', en: 'decided before the platform was recognised on 2025-01-10' },
    ]);
  });

  it('refuses an action on a platform that was never recognised', () => {
    const [problem] = problemsOf(fixtureCopy({ 'revocations.csv': appendLines('fx-c,fx-weihai-candidate,revoked,2026-01-05,weihai#24,测试,,,') }));
    expect(problem?.en).toBe('the platform was never recognised (no certified_on), so nothing can be revoked or suspended');
  });

  it('refuses a ground that cites an article the rules do not have', () => {
    const problems = problemsOf(fixtureCopy({ 'revocations.csv': appendLines('fx-g,fx-weihai-active,revoked,2026-01-05,weihai#29,测试,,,', 'fx-h,fx-yangjiang-legal,revoked,2026-01-05,yangjiang#20.6,测试,,,') }));
    expect(problems.map((problem) => [problem.line, problem.value, problem.en])).toEqual([
      [6, 'weihai#29', 'the rules weihai have no such article or item'],
      [7, 'yangjiang#20.6', 'the rules yangjiang have no such article or item'],
    ]);
  });

  it('refuses a reinstatement with no suspension before it, and any action after a revocation', () => {
    const problems = problemsOf(
      fixtureCopy({ 'revocations.csv': appendLines('fx-r,fx-yangjiang-legal,reinstated,2026-01-05,,测试,,,', 'fx-s,fx-weihai-revoked,suspended,2025-06-01,,测试,,,') }),
    );
    expect(problems.map((problem) => [problem.line, problem.en])).toEqual([
      [6, 'a reinstatement must follow a suspension'],
      [7, 'the platform was already revoked; no action can follow'],
    ]);
  });

  it('checks the platforms a notice lists', () => {
    const problems = problemsOf(fixtureCopy({ 'notices.json': replaceText('"platforms": "fx-weihai-candidate"', '"platforms": "fx-weihai-candidate;fx-yangjiang-legal;fx-nowhere"') }));
    expect(problems.map((problem) => [problem.index, problem.value, problem.en])).toEqual([
      [0, 'fx-yangjiang-legal', "this platform belongs to yangjiang, not to the notice's jurisdiction"],
      [0, 'fx-nowhere', 'a listed platform is not in the platforms table'],
    ]);
  });

  it('asks for ends_on where the rules do not set the length of the publicity period', () => {
    const dir = fixtureCopy({
      'jurisdictions.csv': appendLines('linfen,临汾市,city,,临汾市中小微企业发展中心,linfen,,,'),
      'notices.json': (text) => text.replace(/\]\s*$/, ',{"id":"fx-linfen","jurisdiction":"linfen","title":"临汾公示","published_on":"2026-06-01","platforms":"fx-linfen-new"}]'),
      'platforms.csv': appendLines(platformRow({ id: 'fx-linfen-new', jurisdiction: 'linfen', functions: '培训服务' })),
    });
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ file: 'data/notices.json', index: 2, field: 'ends_on' });
    expect(problem?.zh).toBe('linfen 规则未规定公示期长度，无法推算结束日；请填写 ends_on');
  });

  it('names an unknown JSON key, with the fields it knows', () => {
    const [problem] = problemsOf(fixtureCopy({ 'notices.json': replaceText('"ref": "测威工信〔2026〕5号"', '"文号": "测威工信〔2026〕5号"') }));
    expect(problem).toMatchObject({ file: 'data/notices.json', index: 0, field: '文号', value: '测威工信〔2026〕5号' });
    expect(problem?.en).toMatch(/^unknown field "文号" \(a typo would silently drop data\); known fields: id, jurisdiction, title, ref,/);
  });

  it('refuses one platform entered twice under two ids, and allows one operator two platforms', () => {
    const twice = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ id: 'fx-again', name: '测试用海岳信息服务平台' })) }));
    expect(twice.filter((problem) => problem.severity === 'error').map((problem) => [problem.line, problem.field, problem.zh])).toEqual([
      [10, 'uscc', '与第 2 行（fx-weihai-active）是同一平台：名称和统一社会信用代码都相同；同一平台只应登记一次'],
    ]);
    const secondPlatform = problemsOf(fixtureCopy({ 'platforms.csv': appendLines(platformRow({ id: 'fx-second', name: '测试用海岳培训服务平台' })) }));
    expect(secondPlatform.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('refuses a table given both as CSV and as JSON', () => {
    const [problem] = problemsOf(fixtureCopy({ 'revocations.json': '[]' }));
    expect(problem?.en).toBe('the revocations table is given by data/revocations.csv, data/revocations.json; give each table in one format only');
    expect(problem?.wholeTable).toBe(true);
  });

  it('reports every problem at once, across files, in reading order', () => {
    const problems = problemsOf(
      fixtureCopy({
        'jurisdictions.csv': replaceText('weihai,威海市,city,,威海市工业和信息化局,weihai', 'weihai,威海市,city,,威海市工业和信息化局,weihai-2030'),
        'platforms.csv': appendLines(platformRow({ id: 'Bad Id' })),
        'revocations.csv': appendLines('fx-x,fx-missing,revoked,2026-13-01,weihai#24,测试,,,'),
      }),
    );
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.field}`)).toEqual([
      'data/jurisdictions.csv:2:rules',
      'data/platforms.csv:10:id',
      'data/revocations.csv:6:decided_on',
    ]);
  });

  it('refuses an SITE_AS_OF that is not a date', () => {
    const [problem] = problemsOf(fixtureCopy(), { asOf: '2026-06-31' });
    expect(problem).toMatchObject({ file: 'SITE_AS_OF', value: '2026-06-31', en: 'SITE_AS_OF should be a real date as YYYY-MM-DD' });
  });

  it('names a missing required table and a missing site.json', () => {
    const dir = fixtureCopy({});
    rmSync(join(dir, 'platforms.csv'));
    rmSync(join(dir, 'site.json'));
    expect(problemsOf(dir).map((problem) => problem.en)).toEqual(['the required table platforms.csv or platforms.json is missing', 'the required file site.json is missing']);
  });
});
