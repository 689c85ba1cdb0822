/**
 * CSV as RFC 4180 describes it (CRLF between records, fields with a comma, a double quote or a
 * line break in double quotes, quotes doubled), which is what Excel, LibreOffice and Google Sheets
 * all read. A writer this size costs less than a library (papaparse is 7 KB gzip for the browser).
 */

/** Excel only detects UTF-8 (accents in "José", "Policía") when the file starts with a BOM. */
export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null | undefined;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
 * programs strip first) as a formula: a learner named `=HYPERLINK(…)` must stay text. The
 * apostrophe is OWASP's advice; spreadsheets hide it and show the text.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field: numbers as they are, text guarded against formulas and quoted when it must be. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: header and rows, CRLF-separated, ending with CRLF, starting with the BOM. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
