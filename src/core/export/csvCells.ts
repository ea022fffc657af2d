// CSV cells for exports: RFC 4180 quoting, and protection against formula injection (a text cell
// a spreadsheet would run as a formula gets a leading apostrophe). Protection is reversible, so
// the importer restores every text exactly. Pure.

/** A cell: text (protected and quoted as needed), a number (written as is) or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * Text a spreadsheet would read as a formula: it starts with =, +, -, @, a tab or a carriage
 * return (OWASP's list), possibly after apostrophes added by an earlier protection.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A protected formula-like text: one added apostrophe, then the original text. */
const PROTECTED = /^'+[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to a text that would start a formula (`=1+1` → `'=1+1`). Texts that
 * already start with apostrophes before such a character get one more, so that
 * `unprotectFormula` is its exact inverse for every text.
 */
export function protectFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes `protectFormula`: drops the apostrophe it added; any other text is returned as is. */
export function unprotectFormula(text: string): string {
  return PROTECTED.test(text) ? text.slice(1) : text;
}

/** Quotes a field when it holds a comma, a quote, a line break or surrounding spaces (RFC 4180). */
export function quoteField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One cell as written: texts protected and quoted, finite numbers as they are, else empty. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quoteField(protectFormula(cell));
}

/** One CSV record with its CRLF line ending (RFC 4180). */
export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
