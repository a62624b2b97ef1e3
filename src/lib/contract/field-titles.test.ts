import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_DESCRIPTIONS, FIELD_TITLES } from './field-titles.ts';
import { TABLE_NAMES, TABLES, type TableName } from './tables.ts';

const contract = readFileSync(new URL('../../../docs/data-contract.md', import.meta.url), 'utf8');

/** The contract's `| field | 中文列名 | required | meaning |` rows of one table's section, as field → title and meaning. */
function documented(table: TableName): { titles: Record<string, string>; meanings: Record<string, string> } {
  const section = contract.split(/^## /m).find((part) => part.startsWith(`${table}`)) ?? '';
  const titles: Record<string, string> = {};
  const meanings: Record<string, string> = {};
  for (const line of section.split('\n').filter((row) => row.startsWith('| ') && !row.startsWith('| field') && !row.startsWith('| ---'))) {
    const [fields = '', names = '', , meaning = ''] = line.slice(2, -2).split(' | ');
    fields.split(',').forEach((field, index) => {
      titles[field.trim()] = names.split('、')[index] ?? '';
      meanings[field.trim()] = meaning.trim();
    });
  }
  return { titles, meanings };
}

describe('FIELD_TITLES', () => {
  it('gives every field of every table one title, all different within a table', () => {
    for (const [table, { schema }] of Object.entries(TABLES)) {
      const titles: Record<string, string> = FIELD_TITLES[table as TableName];
      expect(Object.keys(titles).sort(), table).toEqual(Object.keys(schema.shape).sort());
      expect(new Set(Object.values(titles)).size, table).toBe(Object.keys(titles).length);
    }
  });

  it('are the titles the data contract lists, and the descriptions its meanings', () => {
    for (const table of TABLE_NAMES) {
      expect(documented(table).titles, table).toEqual(FIELD_TITLES[table]);
      expect(documented(table).meanings, table).toEqual(FIELD_DESCRIPTIONS[table]);
    }
  });
});
