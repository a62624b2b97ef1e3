import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_TITLES } from './field-titles.ts';
import { TABLES, type TableName } from './tables.ts';

const contract = readFileSync(new URL('../../../docs/data-contract.md', import.meta.url), 'utf8');

/** The contract's `| field | 中文列名 | …` rows of one table's section, as field → title. */
function documentedTitles(table: TableName): Record<string, string> {
  const section = contract.split(/^## /m).find((part) => part.startsWith(`${table}`)) ?? '';
  const titles: Record<string, string> = {};
  for (const line of section.split('\n').filter((row) => row.startsWith('| ') && !row.startsWith('| field') && !row.startsWith('| ---'))) {
    const [fields = '', names = ''] = line.slice(2).split(' | ');
    const pairs = fields.split(',').map((field, index) => [field.trim(), names.split('、')[index] ?? ''] as const);
    for (const [field, title] of pairs) titles[field] = title;
  }
  return titles;
}

describe('FIELD_TITLES', () => {
  it('gives every field of every table one title, all different within a table', () => {
    for (const [table, { schema }] of Object.entries(TABLES)) {
      const titles: Record<string, string> = FIELD_TITLES[table as TableName];
      expect(Object.keys(titles).sort(), table).toEqual(Object.keys(schema.shape).sort());
      expect(new Set(Object.values(titles)).size, table).toBe(Object.keys(titles).length);
    }
  });

  it('are the titles the data contract lists', () => {
    for (const table of Object.keys(TABLES) as TableName[]) expect(documentedTitles(table), table).toEqual(FIELD_TITLES[table]);
  });
});
