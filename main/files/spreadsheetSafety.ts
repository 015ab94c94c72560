/**
 * Cells a spreadsheet would evaluate. A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as
 * a formula by Excel, LibreOffice or Google Sheets (CSV injection): a dossier name or a motivation typed by someone
 * else must never run in the secretariat's spreadsheet. Such a text gets a leading apostrophe, which shows the text
 * as it is. https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Texts are neutralised; numbers, booleans and empty cells are values, never formulas, and stay as they are. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}
