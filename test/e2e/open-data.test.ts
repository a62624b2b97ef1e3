// The open data of a built site: the contract's shape, the computed fields, and CSV that matches the JSON.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { buildFixtureSite } from '../support/build-site.ts';

const dist = buildFixtureSite('register');
const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');

type Records = { as_of: string; records: Record<string, unknown>[] };

describe('open data', () => {
  it('publishes every platform with its computed valid_until and status, as of the data date', () => {
    const { as_of, records } = JSON.parse(read('platforms.json')) as Records;
    expect(as_of).toBe('2026-06-15');
    const byId = Object.fromEntries(records.map((record) => [record['id'], record]));
    expect(Object.keys(byId)).toHaveLength(8);
    expect(byId['fx-weihai-active']).toMatchObject({ status: 'active', valid_until: '2028-01-09', functions: ['information', 'training'] });
    expect(byId['fx-yangjiang-comprehensive']).toMatchObject({ status: 'active', valid_until: '2026-06-15', functions: ['training', 'financing', 'tax'] });
    expect(byId['fx-weihai-expired']).toMatchObject({ status: 'expired', certified_on: '2022-06-14', valid_until: '2025-06-13' });
    expect(byId['fx-weihai-candidate']).toMatchObject({ status: 'candidate', valid_until: null, kind: 'platform' });
  });

  it('publishes notices with their computed period and state', () => {
    const { records } = JSON.parse(read('notices.json')) as Records;
    // 5 working days from Friday 12 June 2026: 12, 15, 16, 17, 18 June (19 June is the Dragon Boat holiday).
    expect(records.find((record) => record['id'] === 'fx-weihai-2026')).toMatchObject({ starts_on: '2026-06-12', ends_on: '2026-06-18', state: 'open', ends_on_provisional: false, platforms: ['fx-weihai-candidate'] });
    // Yangjiang: 7 calendar days (公示7天).
    expect(records.find((record) => record['id'] === 'fx-yangjiang-2023')).toMatchObject({ starts_on: '2023-05-22', ends_on: '2023-05-28', state: 'closed' });
  });

  it('publishes actions with the computed re-application date', () => {
    const { records } = JSON.parse(read('revocations.json')) as Records;
    expect(records.find((record) => record['id'] === 'fx-revoke-rushan')).toMatchObject({ reapply_after: '2028-05-20' });
    expect(records.find((record) => record['id'] === 'fx-suspend-jinjiang')).toMatchObject({ reapply_after: null });
  });

  it('writes CSV with a BOM that says the same as the JSON', () => {
    const csv = read('platforms.csv');
    expect(csv.startsWith('\ufeffid,name,operator,uscc,')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const { records } = JSON.parse(read('platforms.json')) as Records;
    expect(rows.map((row) => [row['id'], row['status'], row['functions']])).toEqual(
      records.map((record) => [record['id'], record['status'], (record['functions'] as string[]).join(';')]),
    );
    expect(rows.find((row) => row['id'] === 'fx-chengdu-reinstated')?.['description']).toBe('一家虚构的服务机构，提供"政策直通车"服务');
  });

  it('names the platform beside its id in every action and notice, as the platform itself is published', () => {
    const platforms = new Map((JSON.parse(read('platforms.json')) as Records).records.map((record) => [record['id'], record]));
    const actions = parse(read('revocations.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action['platform_name'], action['id']).toBe(platforms.get(action['platform'])?.['name']);
      expect(action['platform_uscc'], action['id']).toBe(platforms.get(action['platform'])?.['uscc']);
    }
    for (const notice of (JSON.parse(read('notices.json')) as Records).records) {
      const ids = notice['platforms'] as string[];
      expect(notice['platform_names']).toEqual(ids.map((id) => platforms.get(id)?.['name']));
      expect(notice['platform_usccs']).toEqual(ids.map((id) => platforms.get(id)?.['uscc']));
    }
  });

  it('describes every published table in datapackage.json: each column, in order, with its Chinese title, type and meaning', () => {
    type Field = { name: string; title: string; type: string; description: string };
    const pack = JSON.parse(read('datapackage.json')) as { $schema: string; as_of: string; resources: { name: string; path: string; schema?: { fields: Field[] } }[] };
    expect(pack.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pack.as_of).toBe('2026-06-15');
    for (const resource of pack.resources) expect(() => read(resource.path), resource.path).not.toThrow();
    for (const table of ['platforms', 'notices', 'revocations']) {
      const resource = pack.resources.find((candidate) => candidate.path === `${table}.csv`);
      const header = (parse(read(`${table}.csv`), { bom: true, to_line: 1 }) as string[][])[0];
      expect(resource?.schema?.fields.map((field) => field.name), table).toEqual(header);
      for (const field of resource?.schema?.fields ?? []) {
        expect(field.title, `${table}.${field.name}`).toMatch(/\p{Script=Han}/u);
        expect(field.description.trim(), `${table}.${field.name}`).not.toBe('');
      }
    }
    const platformFields = pack.resources.find((resource) => resource.name === 'platforms')?.schema?.fields ?? [];
    expect(platformFields.find((field) => field.name === 'uscc')).toMatchObject({ title: '统一社会信用代码', type: 'string' });
    expect(platformFields.find((field) => field.name === 'certified_on')).toMatchObject({ title: '认定日期', type: 'date' });
    expect(platformFields.find((field) => field.name === 'functions')).toMatchObject({ type: 'list', delimiter: ';' });
  });

  it('offers the tables as one Excel workbook: a sheet each, Chinese headers, codes as text, dates as dates, Chinese words', async () => {
    const sheets = await readXlsxFile<{ number: string }>(readFileSync(join(dist, 'data', 'register.xlsx')), { parseNumber: (text) => ({ number: text }) });
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['平台', '公示', '撤销与暂停']);
    const [header = [], ...rows] = sheets[0]?.data ?? [];
    expect(header.slice(0, 4)).toEqual(['编号', '平台名称', '运营单位', '统一社会信用代码']);
    const column = (title: string) => header.indexOf(title);
    const active = rows.find((row) => row[0] === 'fx-weihai-active') ?? [];
    expect(active[column('统一社会信用代码')]).toBe('91371002MA0TEAM013');
    expect(active[column('认定日期')]).toEqual(new Date('2025-01-10T00:00:00Z'));
    expect(active[column('状态')]).toBe('有效');
    expect(active[column('服务功能')]).toBe('信息服务；培训服务');
    expect(rows).toHaveLength((JSON.parse(read('platforms.json')) as Records).records.length);
    // No cell of any sheet is a number that Excel could round.
    for (const sheet of sheets) for (const row of sheet.data) for (const cell of row) expect(typeof cell === 'object' && cell !== null && 'number' in cell, sheet.sheet).toBe(false);
  });
});
