// The open data of a built site: the contract's shape, the computed fields, and CSV that matches the JSON.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
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
});
