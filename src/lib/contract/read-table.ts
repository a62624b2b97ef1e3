// Reads one table of the data folder, CSV or JSON, into raw rows that know where they came from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.ts';
import { jsonErrorOffset } from './json-error-offset.ts';
import { normaliseCell, type Normalisation } from './normalise-cell.ts';
import type { SheetRecords } from './read-workbook.ts';
import { problemAt, type Location, type Problem } from './problems.ts';

export type RawValue = string | number | boolean;
export interface RawRow {
  values: Record<string, RawValue>;
  at: Location;
}
export interface RawTable {
  file: string | null;
  rows: RawRow[];
  problems: Problem[];
  /** What was normalised on the way in (normalise-cell.ts). */
  normalised: Normalisation[];
}

/** What a table's header may hold: its fields, each field's Chinese title, and the fields every row needs. */
export interface TableColumns {
  fields: readonly string[];
  titles?: Readonly<Record<string, string>>;
  required?: readonly string[];
}

const listColumns = (columns: TableColumns, separator: string): string =>
  columns.fields.map((field) => (columns.titles?.[field] ? `${field}（${columns.titles[field]}）` : field)).join(separator);

/** White space the contract trims from cells: ASCII, full-width (U+3000) and no-break spaces. */
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

export function trimCell(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/**
 * Finds `<name>.csv` or `<name>.json` in the folder, or takes the workbook sheet read for it
 * (read-workbook.ts), and reads it. `displayDir` is how the folder is named in messages, so that a
 * clerk sees the path they gave.
 */
export function readTable(dir: string, name: string, columns: TableColumns, displayDir = dir, sheet?: SheetRecords): RawTable {
  const files = [`${name}.csv`, `${name}.json`].filter((file) => existsSync(join(dir, file)));
  const given = [...files.map((file) => join(displayDir, file)), ...(sheet ? [`${sheet.file}（${sheet.sheet}）`] : [])];
  if (given.length > 1) {
    const file = given[0] ?? name;
    const problem = problemAt(
      { file },
      `${name} 表同时由 ${given.join('、')} 给出；每张表只能给一种格式`,
      `the ${name} table is given by ${given.join(', ')}; give each table in one format only`,
      { wholeTable: true },
    );
    return { file, rows: [], problems: [problem], normalised: [] };
  }
  if (sheet) return readRecords(sheet.records, { file: sheet.file, sheet: sheet.sheet }, columns);
  const [found] = files;
  if (found === undefined) return missingTable(dir, name, displayDir);
  const file = join(displayDir, found);
  const decoded = readDataFile(join(dir, found), file);
  if ('problem' in decoded) return { file, rows: [], problems: [decoded.problem], normalised: [] };
  const table = found.endsWith('.csv') ? readCsv(decoded.text, file, columns) : readJsonArray(decoded.text, file);
  return { ...table, problems: [...decoded.notes, ...table.problems] };
}

/**
 * No `<name>.csv` or `.json`, and no sheet: a file of that name in another format is named, since it
 * is the likely cause (a workbook that could not be read says so itself, read-workbook.ts).
 */
function missingTable(dir: string, name: string, displayDir: string): RawTable {
  const other = readdirSync(dir).find((entry) => entry.startsWith(`${name}.`) && entry !== `${name}.xlsx`);
  if (other === undefined) return { file: null, rows: [], problems: [], normalised: [] };
  const file = join(displayDir, other);
  const problem = problemAt(
    { file },
    `找到 ${other}，但这张表须为 ${name}.csv、${name}.json 或 ${name}.xlsx`,
    `found ${other}, but this table must be ${name}.csv, ${name}.json or ${name}.xlsx`,
    { wholeTable: true },
  );
  return { file, rows: [], problems: [problem], normalised: [] };
}

/**
 * A data file as text: UTF-8, or GB18030 (GBK, as Excel on Chinese Windows saves CSV) with a note
 * saying so; a file in neither is a problem at its first bad byte, never text with U+FFFD in it.
 */
export function readDataFile(path: string, file: string): { text: string; notes: Problem[] } | { problem: Problem } {
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) {
    return {
      problem: problemAt(
        { file, line: decoded.line },
        `文件既不是 UTF-8 也不是 GBK/GB18030 编码，从第 ${decoded.byte + 1} 个字节起无法识别；请在 Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”`,
        `the file is neither UTF-8 nor GBK/GB18030; byte ${decoded.byte + 1} cannot be read. In Excel, use Save As "CSV UTF-8 (Comma delimited)"`,
      ),
    };
  }
  const notes =
    decoded.encoding === 'UTF-8'
      ? []
      : [problemAt({ file }, '文件按 GB18030（含 GBK）编码读取；建议另存为“CSV UTF-8（逗号分隔）”', 'read as GB18030 (which includes GBK); saving as "CSV UTF-8" is safer', { severity: 'note' })];
  return { text: decoded.text, notes };
}

interface CsvRecord {
  record: string[];
  raw: string;
}

export function readCsv(source: string, file: string, columns: TableColumns): RawTable {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  let records: CsvRecord[];
  try {
    records = parse(text, {
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
    }) as unknown as CsvRecord[];
  } catch (error) {
    const { message, bytes_records: parsedBytes } = error as { message: string; bytes_records?: number };
    // The record that failed starts after the last one read whole; name that line, not the end of the file.
    const before = parsedBytes === undefined ? null : Buffer.from(text).subarray(0, parsedBytes).toString();
    const line = before === null ? undefined : countLineBreaks(before) + 1 + countLineBreaks(/^(?:[ \t]*\r?\n)*/.exec(text.slice(before.length))?.[0] ?? '');
    return {
      file,
      rows: [],
      problems: [
        problemAt(
          line === undefined ? { file } : { file, line },
          `CSV 格式有误，无法读取（引号须成对，含逗号、引号或换行的单元格须用英文双引号括起）：${message}`,
          `the CSV cannot be read (quotes must pair up; quote cells that hold commas, quotes or line breaks): ${message}`,
          { wholeTable: true },
        ),
      ],
      normalised: [],
    };
  }
  return readRecords(attachStartLines(records), { file }, columns);
}

/** Where a table's rows come from: a file, and in a workbook the sheet. */
export interface TablePlace {
  file: string;
  sheet?: string;
}

/**
 * A table's records as text cells, each with the line (CSV) or row (sheet) it starts on, the header
 * first: the header's fields checked, blank rows skipped, every cell trimmed and normalised.
 */
export function readRecords(records: readonly { cells: string[]; line: number }[], place: TablePlace, columns: TableColumns): RawTable {
  const { file } = place;
  const header = records[0];
  if (!header) {
    return { file, rows: [], problems: [problemAt(place, '文件为空，缺少表头行', 'the file is empty: no header row', { wholeTable: true })], normalised: [] };
  }
  const problems: Problem[] = [];
  const normalised: Normalisation[] = [];
  const headerAt = { ...place, line: header.line };
  const fieldOfTitle = new Map(Object.entries(columns.titles ?? {}).map(([field, title]) => [title, field]));
  // A header cell is a field's name or its Chinese title; full-width letters are read as half-width.
  const headings = header.cells.map((cell) => normaliseCell('', trimCell(cell), headerAt, normalised));
  const fields = headings.map((heading) => fieldOfTitle.get(heading) ?? heading);
  fields.forEach((field, position) => {
    const heading = headings[position] ?? '';
    if (field === '') {
      problems.push(problemAt(headerAt, `第 ${position + 1} 列没有列名`, `column ${position + 1} has no name`, { wholeTable: true }));
    } else if (!columns.fields.includes(field)) {
      problems.push(
        problemAt(
          headerAt,
          `未知列“${heading}”（拼写错误会让数据被悄悄丢弃）；可用列：${listColumns(columns, '、')}`,
          `unknown column "${heading}" (a typo would silently drop data); known columns: ${listColumns(columns, ', ')}`,
          { field: heading, value: heading, wholeTable: true },
        ),
      );
    } else if (fields.indexOf(field) !== position) {
      problems.push(problemAt(headerAt, `列“${heading}”重复出现`, `column "${heading}" appears twice`, { field, value: heading, wholeTable: true }));
    }
  });
  for (const field of columns.required ?? []) {
    if (fields.includes(field)) continue;
    const title = columns.titles?.[field];
    problems.push(
      problemAt(
        headerAt,
        `缺少必需的列 ${field}${title ? `（${title}）` : ''}`,
        `the required column ${field}${title ? ` (${title})` : ''} is missing`,
        { field, wholeTable: true },
      ),
    );
  }
  const rows: RawRow[] = [];
  for (const { cells, line } of records.slice(1)) {
    const at = { ...place, line };
    if (cells.every((cell) => trimCell(cell) === '')) {
      normalised.push({ kind: 'blank-row', at, from: cells.join(','), to: '' });
      continue; // A spreadsheet's trailing rows of empty cells.
    }
    if (cells.length !== fields.length) {
      problems.push(
        problemAt(
          at,
          `此行有 ${cells.length} 个单元格，表头有 ${fields.length} 列（是否有未加引号的逗号？）`,
          `this row has ${cells.length} cells but the header has ${fields.length} columns (an unquoted comma?)`,
        ),
      );
      continue;
    }
    const values: Record<string, RawValue> = {};
    cells.forEach((cell, position) => {
      const field = fields[position] ?? '';
      // Empty cell = absent; unknown columns are reported once, at the header.
      if (!columns.fields.includes(field)) return;
      const value = normaliseCell(field, trimCell(cell), at, normalised);
      if (value !== '') values[field] = value;
    });
    rows.push({ values, at });
  }
  return { file, rows, problems, normalised };
}

/**
 * csv-parse's own line counter runs ahead on quoted line breaks, so the start line of each record is
 * counted here from the raw text: the records' raw texts, joined, are the whole file.
 */
function attachStartLines(records: readonly CsvRecord[]): { cells: string[]; line: number }[] {
  let line = 1;
  return records.map(({ record, raw }) => {
    const leadingBlank = /^(?:[ \t]*\r?\n)*/.exec(raw)?.[0] ?? '';
    const start = line + countLineBreaks(leadingBlank);
    line += countLineBreaks(raw);
    return { cells: record, line: start };
  });
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

/** Unknown keys are left in: the table's strict schema names them. */
export function readJsonArray(source: string, file: string): RawTable {
  const parsed = parseJson(source, file);
  if ('problem' in parsed) return { file, rows: [], problems: [{ ...parsed.problem, wholeTable: true }], normalised: [] };
  if (!Array.isArray(parsed.value)) {
    return {
      file,
      rows: [],
      problems: [problemAt({ file }, 'JSON 文件应为对象数组 [ { … }, … ]', 'the JSON file should be an array of objects [ { … }, … ]', { wholeTable: true })],
      normalised: [],
    };
  }
  const rows: RawRow[] = [];
  const problems: Problem[] = [];
  const normalised: Normalisation[] = [];
  parsed.value.forEach((item: unknown, index) => {
    const at = { file, index };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(problemAt(at, '此项应为对象 { … }', 'this item should be an object { … }', { value: item }));
      return;
    }
    rows.push({ values: readJsonObject(item as Record<string, unknown>, at, problems, normalised), at });
  });
  return { file, rows, problems, normalised };
}

/** Strings are trimmed, empty strings and nulls are absent, numbers and booleans stay; anything else is a problem. */
export function readJsonObject(item: Record<string, unknown>, at: Location, problems: Problem[], normalised: Normalisation[] = []): Record<string, RawValue> {
  const values: Record<string, RawValue> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null) continue;
    if (typeof value === 'string') {
      const trimmed = normaliseCell(key, trimCell(value), at, normalised);
      if (trimmed !== '') values[key] = trimmed;
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      values[key] = value;
    } else {
      problems.push(
        problemAt(
          at,
          '值应为字符串、数字或布尔值；列表请写成一个以“;”分隔的字符串',
          'expected a string, number or boolean; write a list as one string separated by ";"',
          { field: key, value },
        ),
      );
    }
  }
  return values;
}

export function parseJson(source: string, file: string): { value: unknown } | { problem: Problem } {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text);
    const line = offset === null ? undefined : countLineBreaks(text.slice(0, offset)) + 1;
    return {
      problem: problemAt(
        line === undefined ? { file } : { file, line },
        `JSON 格式有误，无法读取：${message}`,
        `the JSON cannot be read: ${message}`,
      ),
    };
  }
}
