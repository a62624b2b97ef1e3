import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { withFixedTimes, workbookBytes } from './workbook-bytes.ts';

const sheets = [{ sheet: '平台', data: [[{ value: '编号' }], [{ value: 'a' }]] }];

describe('workbookBytes', () => {
  it('gives the same bytes for the same sheets, written at different times', async () => {
    const first = await workbookBytes(sheets);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // The zip format counts time in 2-second steps.
    const second = await workbookBytes(sheets);
    expect(second.equals(first)).toBe(true);
    expect(Object.keys(unzipSync(first))).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses what is not a zip file', () => {
    expect(() => withFixedTimes(Buffer.from('not a zip'))).toThrow(/not a zip/);
  });
});
