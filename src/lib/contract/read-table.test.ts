import { describe, expect, it } from 'vitest';
import { readCsv, readJsonArray, trimCell } from './read-table.ts';

const FIELDS = { fields: ['id', 'name', 'functions'] };

describe('readCsv', () => {
  it('ignores a leading BOM and reads CRLF line ends', () => {
    const table = readCsv('\ufeffid,name\r\na,甲\r\nb,乙\r\n', 'p.csv', FIELDS);
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.values)).toEqual([{ id: 'a', name: '甲' }, { id: 'b', name: '乙' }]);
  });

  it('keeps quoted line breaks and commas inside a cell, and counts lines from where each record starts', () => {
    const table = readCsv('id,name\na,"第一行\n第二行, 仍在同一格"\nb,"说 ""示例"""\n\nc,丙\n', 'p.csv', FIELDS);
    expect(table.rows.map((row) => [row.at.line, row.values['name']])).toEqual([
      [2, '第一行\n第二行, 仍在同一格'],
      [4, '说 "示例"'],
      [6, '丙'],
    ]);
  });

  it('counts lines right when quoted cells hold CRLF line breaks', () => {
    const table = readCsv('id,name\r\na,"一\r\n二\r\n三"\r\nb,乙\r\n', 'p.csv', FIELDS);
    expect(table.rows.map((row) => row.at.line)).toEqual([2, 5]);
  });

  it('trims white space, full-width spaces included, and treats an empty cell as absent', () => {
    const table = readCsv('id,name,functions\n  a\u3000, \u3000甲 ,\u3000\n', 'p.csv', FIELDS);
    expect(table.rows[0]?.values).toEqual({ id: 'a', name: '甲' });
  });

  it('names an unknown column once, at the header, with the columns it knows', () => {
    const table = readCsv('id,nmae\na,甲\n', 'p.csv', FIELDS);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]).toMatchObject({ file: 'p.csv', line: 1, field: 'nmae', value: 'nmae' });
    expect(table.problems[0]?.zh).toBe('未知列“nmae”（拼写错误会让数据被悄悄丢弃）；可用列：id、name、functions');
    expect(table.problems[0]?.en).toBe('unknown column "nmae" (a typo would silently drop data); known columns: id, name, functions');
  });

  it('reports a column given twice', () => {
    const table = readCsv('id,name,id\na,甲,b\n', 'p.csv', FIELDS);
    expect(table.problems.map((problem) => problem.en)).toEqual(['column "id" appears twice']);
  });

  it('reports a row with more cells than the header, and goes on with the others', () => {
    const table = readCsv('id,name\na,甲,多余\nb,乙\n', 'p.csv', FIELDS);
    expect(table.problems[0]).toMatchObject({ line: 2, en: 'this row has 3 cells but the header has 2 columns (an unquoted comma?)' });
    expect(table.rows.map((row) => row.values['id'])).toEqual(['b']);
  });

  it('reports a quote that never closes with the line where it opened', () => {
    const table = readCsv('id,name\na,"甲\nb,乙\n', 'p.csv', FIELDS);
    expect(table.rows).toEqual([]);
    expect(table.problems[0]?.line).toBe(2);
    expect(table.problems[0]?.zh).toMatch(/^CSV 格式有误/);
  });

  it('takes a header cell as a field’s name or its Chinese title, in either case naming the field in problems', () => {
    const columns = { fields: ['id', 'name'], titles: { id: '编号', name: '平台名称' }, required: ['id', 'name'] };
    const table = readCsv('编号,平台名称\na,甲\n', 'p.csv', columns);
    expect(table.problems).toEqual([]);
    expect(table.rows[0]?.values).toEqual({ id: 'a', name: '甲' });
    const misspelt = readCsv('编号,平台名字\na,甲\n', 'p.csv', columns);
    expect(misspelt.problems.map((problem) => [problem.field, problem.wholeTable, problem.zh])).toEqual([
      ['平台名字', true, '未知列“平台名字”（拼写错误会让数据被悄悄丢弃）；可用列：id（编号）、name（平台名称）'],
      ['name', true, '缺少必需的列 name（平台名称）'],
    ]);
  });

  it('skips rows whose every cell is empty, as spreadsheets leave them at the end, and records it', () => {
    const table = readCsv('id,name\r\na,甲\r\n,\r\n , \u3000\r\n', 'p.csv', FIELDS);
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.values)).toEqual([{ id: 'a', name: '甲' }]);
    expect(table.normalised.map((change) => [change.kind, change.at.line])).toEqual([['blank-row', 3], ['blank-row', 4]]);
  });

  it('makes full-width letters and digits half-width in every cell, and tidies a code', () => {
    const table = readCsv('id,name,uscc\nａ１,３Ｄ打印,91371002 ma0team013\n', 'p.csv', { fields: ['id', 'name', 'uscc'] });
    expect(table.rows[0]?.values).toEqual({ id: 'a1', name: '3D打印', uscc: '91371002MA0TEAM013' });
    expect(table.normalised.map((change) => [change.kind, change.field, change.from, change.to])).toEqual([
      ['full-width', 'id', 'ａ１', 'a1'],
      ['full-width', 'name', '３Ｄ打印', '3D打印'],
      ['code', 'uscc', '91371002 ma0team013', '91371002MA0TEAM013'],
    ]);
  });

  it('reports an empty file', () => {
    expect(readCsv('', 'p.csv', FIELDS).problems[0]?.en).toBe('the file is empty: no header row');
  });
});

describe('readJsonArray', () => {
  it('reads an array of objects with their indexes, trimming strings and dropping empty values', () => {
    const table = readJsonArray('[{"id":" a ","name":"甲","functions":""},{"id":"b","name":null}]', 'n.json');
    expect(table.rows).toEqual([
      { values: { id: 'a', name: '甲' }, at: { file: 'n.json', index: 0 } },
      { values: { id: 'b' }, at: { file: 'n.json', index: 1 } },
    ]);
  });

  it('keeps numbers and booleans, and refuses nested values', () => {
    const table = readJsonArray('[{"id":"a","count":3,"ok":true,"platforms":["x","y"]}]', 'n.json');
    expect(table.rows[0]?.values).toEqual({ id: 'a', count: 3, ok: true });
    expect(table.problems[0]).toMatchObject({ index: 0, field: 'platforms', en: 'expected a string, number or boolean; write a list as one string separated by ";"' });
  });

  it('says where broken JSON breaks', () => {
    const table = readJsonArray('[\n  {"id": "a"},\n  {"id": }\n]', 'n.json');
    expect(table.problems[0]?.line).toBe(3);
    expect(table.problems[0]?.en).toMatch(/^the JSON cannot be read/);
  });

  it('asks for an array', () => {
    expect(readJsonArray('{"id":"a"}', 'n.json').problems[0]?.en).toBe('the JSON file should be an array of objects [ { … }, … ]');
  });
});

describe('trimCell', () => {
  it('trims ASCII, full-width and no-break spaces but not inner ones', () => {
    expect(trimCell('\u3000 甲 乙\u00a0\t')).toBe('甲 乙');
  });
});
