// Reads and validates every table of a data folder against its schema: the first step of every build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { FIELD_TITLES } from './field-titles.ts';
import type { Normalisation } from './normalise-cell.ts';
import { hasTableErrors, problemAt, type Location, type Problem } from './problems.ts';
import { parseJson, readDataFile, readJsonObject, readTable, type RawTable } from './read-table.ts';
import type { SheetRecords, Workbooks } from './read-workbook.ts';
import { siteSchema, TABLES, type Jurisdiction, type Notice, type Platform, type Revocation, type Site, type TableName } from './tables.ts';
import { issuesToProblems } from './zod-problems.ts';

export interface Located<T> {
  record: T;
  at: Location;
}

export interface Dataset {
  site: Site;
  /** site.json as the clerk named it, for problems with the site's settings. */
  siteFile: string;
  jurisdictions: Located<Jurisdiction>[];
  platforms: Located<Platform>[];
  notices: Located<Notice>[];
  revocations: Located<Revocation>[];
}

export interface LoadedDataFolder {
  dataset: Dataset | null;
  problems: Problem[];
  /** What was normalised on the way in, for the build to report (normalise-cell.ts). */
  normalised: Normalisation[];
}

/** `workbooks`: the tables given as Excel sheets, read beforehand (read-workbook.ts). */
export function loadDataFolder(dir: string, displayDir = dir, workbooks?: Workbooks): LoadedDataFolder {
  const problems: Problem[] = [];
  if (!existsSync(dir)) {
    const problem = problemAt({ file: displayDir }, '数据文件夹不存在', 'the data folder does not exist', { wholeTable: true });
    return { dataset: null, problems: [problem], normalised: [] };
  }
  const site = readSite(dir, displayDir, problems);
  const sheets = workbooks?.tables ?? {};
  problems.push(...(workbooks?.problems ?? []));
  const raw = {
    jurisdictions: readRawTable(dir, displayDir, 'jurisdictions', problems, sheets.jurisdictions),
    platforms: readRawTable(dir, displayDir, 'platforms', problems, sheets.platforms),
    notices: readRawTable(dir, displayDir, 'notices', problems, sheets.notices),
    revocations: readRawTable(dir, displayDir, 'revocations', problems, sheets.revocations),
  };
  const normalised = Object.values(raw).flatMap((table) => table.normalised);
  const namedJurisdictions = new Map(raw.jurisdictions.rows.flatMap((row) => (typeof row.values['name'] === 'string' && typeof row.values['id'] === 'string' ? [[row.values['name'], row.values['id']] as const] : [])));
  for (const table of [raw.platforms, raw.notices]) resolveJurisdictionNames(table, namedJurisdictions, normalised);
  const tables = {
    jurisdictions: validateRows(raw.jurisdictions, 'jurisdictions', problems),
    platforms: validateRows(raw.platforms, 'platforms', problems),
    notices: validateRows(raw.notices, 'notices', problems),
    revocations: validateRows(raw.revocations, 'revocations', problems),
  };
  if (!site) return { dataset: null, problems, normalised };
  return {
    dataset: {
      site,
      siteFile: join(displayDir, 'site.json'),
      jurisdictions: tables.jurisdictions as Located<Jurisdiction>[],
      platforms: tables.platforms as Located<Platform>[],
      notices: tables.notices as Located<Notice>[],
      revocations: tables.revocations as Located<Revocation>[],
    },
    problems,
    normalised,
  };
}

function readSite(dir: string, displayDir: string, problems: Problem[]): Site | null {
  const file = join(displayDir, 'site.json');
  const path = join(dir, 'site.json');
  if (!existsSync(path)) {
    problems.push(problemAt({ file }, '缺少必需的文件 site.json', 'the required file site.json is missing'));
    return null;
  }
  const decoded = readDataFile(path, file);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return null;
  }
  problems.push(...decoded.notes);
  const parsed = parseJson(decoded.text, file);
  if ('problem' in parsed) {
    problems.push(parsed.problem);
    return null;
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(problemAt({ file }, 'site.json 应为一个 JSON 对象 { … }', 'site.json should be one JSON object { … }'));
    return null;
  }
  // search_merge is the one structured field of the contract's tables: a list of objects.
  const { search_merge: searchMerge, ...scalar } = value as Record<string, unknown>;
  const values: Record<string, unknown> = readJsonObject(scalar, { file }, problems);
  if (searchMerge !== undefined) values['search_merge'] = searchMerge;
  const result = siteSchema.safeParse(values, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, { file }, values, Object.keys(siteSchema.shape)));
    return null;
  }
  return result.data;
}

/** `sheet`: the table's workbook sheet, if given so; what reading its cells found is part of the table's own problems. */
function readRawTable(dir: string, displayDir: string, name: TableName, problems: Problem[], sheet?: SheetRecords): RawTable {
  const { schema, required } = TABLES[name];
  const fields = Object.keys(schema.shape);
  const shape = schema.shape as Record<string, z.ZodType>;
  const requiredFields = fields.filter((field) => !shape[field]?.safeParse(undefined).success);
  const read = readTable(dir, name, { fields, titles: FIELD_TITLES[name], required: requiredFields }, displayDir, sheet);
  const table = { ...read, problems: [...(sheet?.problems ?? []), ...read.problems] };
  problems.push(...table.problems);
  if (table.file === null && required && !hasTableErrors(problems)) {
    problems.push(
      problemAt({ file: join(displayDir, `${name}.csv`) }, `缺少必需的表 ${name}.csv 或 ${name}.json`, `the required table ${name}.csv or ${name}.json is missing`, { wholeTable: true }),
    );
  }
  return table;
}

/** A jurisdiction may be named as the clerk knows it (威海市) where its id is expected. */
function resolveJurisdictionNames(table: RawTable, idOfName: ReadonlyMap<string, string>, normalised: Normalisation[]): void {
  for (const row of table.rows) {
    const given = row.values['jurisdiction'];
    const id = typeof given === 'string' ? idOfName.get(given) : undefined;
    if (id === undefined || typeof given !== 'string') continue;
    row.values['jurisdiction'] = id;
    normalised.push({ kind: 'jurisdiction-name', at: row.at, field: 'jurisdiction', from: given, to: id });
  }
}

/** Each row against its table's schema; none when the table itself is at fault (its problems say why). */
function validateRows(table: RawTable, name: TableName, problems: Problem[]): Located<unknown>[] {
  if (hasTableErrors(table.problems)) return [];
  const { schema } = TABLES[name];
  const allowedFields = Object.keys(schema.shape);
  const located: Located<unknown>[] = [];
  for (const row of table.rows) {
    const result = (schema as z.ZodType).safeParse(row.values, { reportInput: true });
    if (result.success) located.push({ record: result.data, at: row.at });
    else problems.push(...issuesToProblems(result.error.issues, row.at, row.values, allowedFields));
  }
  return located;
}
