import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, toCsv } from './csv.ts';

describe('spreadsheetSafe', () => {
  it('turns every cell a spreadsheet would run as a formula into text', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+86 631', '-1+1', '@SUM(A1)', '\tx', '\rx']) {
      expect(spreadsheetSafe(cell), cell).toBe(`'${cell}`);
    }
  });

  it('leaves other cells alone', () => {
    for (const cell of ['2026-11-18', '威海市', '0631-5550101', 'a=b']) expect(spreadsheetSafe(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header, RFC 4180 quoting and CRLF line ends', () => {
    const csv = toCsv(['id', 'name', 'functions', 'sample'], [{ id: 'a', name: '说"示例",\n第二行', functions: ['training', 'legal'], sample: true }, { id: 'b', name: null }]);
    expect(csv).toBe('\ufeffid,name,functions,sample\r\na,"说""示例"",\n第二行",training;legal,true\r\nb,,,\r\n');
  });

  it('makes a formula cell text even when it must be quoted', () => {
    expect(toCsv(['x'], [{ x: '=1,2' }])).toBe('\ufeffx\r\n"\'=1,2"\r\n');
  });
});
