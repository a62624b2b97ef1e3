// A problem found in the data folder, said in Chinese and English, with where it is.

/** A note tells the clerk what was done with their file (read as GB18030); it stops nothing, --strict or not. */
export type Severity = 'error' | 'warning' | 'note';

/**
 * Where a record stands: a CSV line (1-based, the line the record starts on), a JSON array index
 * (0-based), or in a workbook the sheet and the row number Excel shows (in `line`).
 */
export type Location = { file: string; sheet?: string; line?: number; index?: number };

export interface Problem {
  severity: Severity;
  file: string;
  sheet?: string;
  line?: number;
  index?: number;
  field?: string;
  value?: string;
  zh: string;
  en: string;
  /** A problem with the whole table (missing, unreadable, its header): the root cause of any problem its rows would show. */
  wholeTable?: boolean;
}

export interface ProblemDetails {
  field?: string;
  value?: unknown;
  severity?: Severity;
  wholeTable?: boolean;
}

export function problemAt(at: Location, zh: string, en: string, details: ProblemDetails = {}): Problem {
  const problem: Problem = { severity: details.severity ?? 'error', file: at.file, zh, en };
  if (at.sheet !== undefined) problem.sheet = at.sheet;
  if (at.line !== undefined) problem.line = at.line;
  if (at.index !== undefined) problem.index = at.index;
  if (details.field !== undefined) problem.field = details.field;
  if (details.value !== undefined) problem.value = showValue(details.value);
  if (details.wholeTable) problem.wholeTable = true;
  return problem;
}

function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** One line a clerk can act on: where, which field, which value, what was expected. */
export function formatProblem(problem: Problem): string {
  const kind = { error: '错误 error', warning: '警告 warning', note: '提示 note' }[problem.severity];
  const zhPlace = [problem.file];
  const enPlace = [problem.file];
  if (problem.sheet !== undefined) {
    zhPlace.push(`工作表“${problem.sheet}”`);
    enPlace.push(`sheet "${problem.sheet}"`);
  }
  if (problem.line !== undefined) {
    zhPlace.push(`第 ${problem.line} 行`);
    enPlace.push(`line ${problem.line}`);
  }
  if (problem.index !== undefined) {
    zhPlace.push(`第 ${problem.index} 项`);
    enPlace.push(`index ${problem.index}`);
  }
  if (problem.field !== undefined) {
    zhPlace.push(`字段 ${problem.field}`);
    enPlace.push(`field ${problem.field}`);
  }
  const value = problem.value === undefined ? '' : ` 值 value ${JSON.stringify(problem.value)}`;
  return `[${kind}] ${zhPlace.join('，')}${value}\n  ${problem.zh}\n  ${enPlace.join(', ')}: ${problem.en}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** The tables in the order a clerk fills them: a row's references point to tables before it. */
const FILE_ORDER = ['site', 'jurisdictions', 'platforms', 'notices', 'revocations'];

function fileRank(file: string): number {
  const base = /([^/\\]+?)(?:\.[^./\\]+)?$/.exec(file)?.[1] ?? file;
  const rank = FILE_ORDER.indexOf(base);
  return rank === -1 ? FILE_ORDER.length : rank;
}

/**
 * Root causes first: problems with a whole table, then the rest; within each, tables in the order
 * their references run (jurisdictions before the platforms that name them), then line or index.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      Number(b.wholeTable ?? false) - Number(a.wholeTable ?? false) ||
      fileRank(a.file) - fileRank(b.file) ||
      a.file.localeCompare(b.file) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.line ?? a.index ?? -1) - (b.line ?? b.index ?? -1) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

export function hasTableErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error' && problem.wholeTable === true);
}
