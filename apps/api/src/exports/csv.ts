/** What a cell may hold: text, a number, a date, or nothing (an empty cell). */
export type Cell = string | number | Date | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection:
 * `=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`), or that some spreadsheets
 * strip before such a check (tab, carriage return).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): text that starts like a formula gets a leading `'`, so it stays text. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 has it. */
export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}
