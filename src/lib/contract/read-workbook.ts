// Tables kept in Excel workbooks, the format a clerk's bureau really keeps: `<table>.xlsx` (its first
// sheet), or the whole data set as one `register.xlsx` whose sheets are named by table, in English
// or Chinese. Read ahead of the rest (reading a workbook is asynchronous), then read as any table.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { problemAt, type Problem } from './problems.ts';
import { REGISTER_WORKBOOK, SHEET_NAMES } from './sheet-names.ts';
import { TABLE_NAMES, type TableName } from './tables.ts';

/** One sheet's cells as text, with the row number Excel shows for each row. */
export interface SheetRecords {
  file: string;
  sheet: string;
  records: { cells: string[]; line: number }[];
  /** Cells that cannot be read as the text they show: they travel with the sheet, and are dropped with a sheet not read. */
  problems: Problem[];
}

export interface Workbooks {
  tables: Partial<Record<TableName, SheetRecords>>;
  problems: Problem[];
}

export async function readWorkbooks(dir: string, displayDir = dir): Promise<Workbooks> {
  const workbooks: Workbooks = { tables: {}, problems: [] };
  for (const table of TABLE_NAMES) {
    const name = `${table}.xlsx`;
    if (!existsSync(join(dir, name))) continue;
    const sheets = await readSheets(join(dir, name), join(displayDir, name), workbooks.problems);
    const first = sheets?.[0];
    if (first) workbooks.tables[table] = first;
  }
  if (existsSync(join(dir, REGISTER_WORKBOOK))) {
    const file = join(displayDir, REGISTER_WORKBOOK);
    for (const sheet of (await readSheets(join(dir, REGISTER_WORKBOOK), file, workbooks.problems)) ?? []) {
      const table = TABLE_NAMES.find((candidate) => SHEET_NAMES[candidate].includes(sheet.sheet.trim().toLowerCase()));
      if (table === undefined) {
        const known = TABLE_NAMES.map((candidate) => SHEET_NAMES[candidate].join(' / '));
        workbooks.problems.push(
          problemAt({ file, sheet: sheet.sheet }, `不是数据表，未读取；数据表的名称：${known.join('；')}`, `no table of the data, not read; table sheets are named: ${known.join('; ')}`, { severity: 'note' }),
        );
      } else if (workbooks.tables[table]) {
        workbooks.problems.push(problemAt({ file, sheet: sheet.sheet }, `${table} 已由 ${workbooks.tables[table]?.file} 给出；每张表只能给一次`, `${table} is given by ${workbooks.tables[table]?.file} already; give each table once`, { wholeTable: true }));
      } else {
        workbooks.tables[table] = sheet;
      }
    }
  }
  return workbooks;
}

async function readSheets(path: string, file: string, problems: Problem[]): Promise<SheetRecords[] | null> {
  try {
    // Numbers come as the text stored in the file, marked as numbers, so that a phone number keeps
    // its digits and a code Excel has rounded is caught.
    const sheets = await readXlsxFile<NumberCell>(readFileSync(path), { parseNumber: (text) => ({ number: text }), trim: false });
    return sheets.map(({ sheet, data }) => {
      const sheetProblems: Problem[] = [];
      const records = data.map((row, index) => ({ line: index + 1, cells: row.map((cell, column) => cellText(cell, { file, sheet, line: index + 1 }, column, sheetProblems)) }));
      return { file, sheet, records, problems: sheetProblems };
    });
  } catch (error) {
    problems.push(
      problemAt(
        { file },
        `无法读取这个 Excel 文件（须为 .xlsx 格式，未加密）：${(error as Error).message}`,
        `this Excel file cannot be read (it must be .xlsx, not password-protected): ${(error as Error).message}`,
        { wholeTable: true },
      ),
    );
    return null;
  }
}

interface NumberCell {
  number: string;
}

/** Excel holds numbers to 15 significant digits: an 18-digit code typed as a number is already rounded. */
const ROUNDED_NUMBER = /[eE]|\d{16,}/;

/** A cell as the text it shows: a date cell as YYYY-MM-DD, a number as its digits. */
function cellText(cell: unknown, at: { file: string; sheet: string; line: number }, column: number, problems: Problem[]): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell !== 'object') return String(cell);
  const { number } = cell as NumberCell;
  if (ROUNDED_NUMBER.test(number)) {
    problems.push(
      problemAt(
        at,
        `第 ${columnLetters(column)} 列是 Excel 的数字格式，超过 15 位的数字已被 Excel 舍入；请把该列设为“文本”格式后重新输入`,
        `column ${columnLetters(column)}: Excel holds this number as ${number}, its digits rounded away; format the column as Text and enter it again`,
        // Like a table at fault: a row missing its code would only show again as references failing.
        { value: number, wholeTable: true },
      ),
    );
    return '';
  }
  return number;
}

/** 0 → A, 26 → AA: the column letters Excel shows. */
function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
