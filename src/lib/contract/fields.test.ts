import { describe, expect, it } from 'vitest';
import { cellList, contractDate, contractTime, httpUrl, slug } from './fields.ts';

describe('cellList', () => {
  it('splits on ;, ； and 、, trimming each item and dropping empty ones', () => {
    expect(cellList.parse('信息服务;培训服务')).toEqual(['信息服务', '培训服务']);
    expect(cellList.parse('信息服务；培训服务 ； 融资服务')).toEqual(['信息服务', '培训服务', '融资服务']);
    expect(cellList.parse('信息服务、培训服务;;legal、')).toEqual(['信息服务', '培训服务', 'legal']);
  });

  it('refuses a cell of separators alone', () => {
    expect(cellList.safeParse(';、').success).toBe(false);
  });
});

describe('contractDate', () => {
  it('normalises the accepted forms', () => {
    expect(['2024-02-29', '2024/2/29', '2024年2月29日'].map((text) => contractDate.parse(text))).toEqual(['2024-02-29', '2024-02-29', '2024-02-29']);
  });
});

describe('contractTime', () => {
  it('normalises a time of day to HH:MM, a full-width colon too', () => {
    expect(['17:30', '9:05', '09：00', '23:59', '0:00'].map((text) => contractTime.parse(text))).toEqual(['17:30', '09:05', '09:00', '23:59', '00:00']);
  });

  it('refuses what is no time of day', () => {
    for (const text of ['24:00', '17:60', '1730', '17.30', '下午5点', '17:30:00', '']) expect(contractTime.safeParse(text).success, text).toBe(false);
  });
});

describe('httpUrl', () => {
  it('takes http and https only', () => {
    expect(httpUrl.safeParse('https://example.org/a?b=c').success).toBe(true);
    expect(httpUrl.safeParse('http://example.org').success).toBe(true);
    for (const text of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'example.org', '//example.org']) {
      expect(httpUrl.safeParse(text).success, text).toBe(false);
    }
  });
});

describe('slug', () => {
  it('takes lowercase letters, digits and hyphens', () => {
    expect(slug.safeParse('weihai-2017').success).toBe(true);
    for (const text of ['Weihai', 'wei hai', 'wei_hai', '威海', '../x']) expect(slug.safeParse(text).success, text).toBe(false);
  });
});
