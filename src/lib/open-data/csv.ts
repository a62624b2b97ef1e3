// CSV for people who open it in a spreadsheet: UTF-8 with BOM (so Excel reads Chinese), RFC 4180
// quoting, and no cell that a spreadsheet would run as a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would read as a formula gets a leading apostrophe, so it is read as text. */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((column) => {
          const value = row[column];
          if (value === null || value === undefined) return '';
          const text = Array.isArray(value) ? value.join(';') : String(value);
          return quote(spreadsheetSafe(text));
        })
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
