/**
 * Values as démarches-simplifiées and French spreadsheets write them: `Oui`/`Non`, `on`/`off`, "15 janvier 2022",
 * "1 234,5", multiple choices joined by ", ". Pure functions: nothing here evaluates a cell, ever.
 */

/** A cell as the readers deliver it: text, a number, a boolean, a date (exceljs), or nothing. */
export type CellValue = string | number | boolean | Date | null;

/**
 * Either a value, or why the text could not be read: a key of the import catalogue (`import.<problem>`, see
 * common/i18n/messages/import.ts) and its parameters, for the warning that quotes it.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; params: Record<string, string> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (problem: string, value?: string): Parsed<never> => ({ ok: false, problem, params: value === undefined ? {} : { value } });

/**
 * Short labels (states, échelons, countries, Oui/Non) repeat on every row of a large export: their folded forms are
 * remembered, within a bound, instead of normalising Unicode 50,000 times per import.
 */
const folded = new Map<string, string>();
const FOLD_CACHE_MAX_KEY = 80;
const FOLD_CACHE_SIZE = 20_000;

/** Lower case, accents removed, typographic apostrophes and spaces unified: for comparing labels, not for storing. */
export function foldText(text: string): string {
  if (text.length > FOLD_CACHE_MAX_KEY) return fold(text);
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
    f = fold(text);
    folded.set(text, f);
  }
  return f;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u00a0\u202f\u2007\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A header reduced to letters and digits separated by single spaces: "Nom de la collectivité :" → "nom de la collectivite". */
export function headerKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** A cell as text, the way the user sees it. Dates (which exceljs gives as UTC wall-clock) become ISO dates. */
export function cellToText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  return dateToIso(value);
}

/** exceljs turns a spreadsheet date into a Date whose UTC fields are the wall-clock time written in the sheet. */
export function dateToIso(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${date}T${pad2(h)}:${pad2(m)}:${pad2(s)}` : date;
}

const TRUE_WORDS = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', 'on', '1', 'x', 'coche', 'cochee']);
const FALSE_WORDS = new Set(['non', 'n', 'no', 'faux', 'false', 'off', '0', 'non coche', 'non cochee']);

/** `Oui`/`Non` (yes/no fields), `on`/`off` (checkboxes), and their usual spreadsheet spellings; empty is null. */
export function parseYesNo(value: CellValue): Parsed<boolean | null> {
  if (value === null) return ok(null);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
    return bad('value_not_yes_no', String(value));
  }
  if (value instanceof Date) return bad('value_date_not_yes_no');
  const key = foldText(value);
  if (key === '') return ok(null);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return bad('value_not_yes_no', value.trim());
}

/**
 * A French number: "1 234,5", "1 234,5" (no-break spaces), "1.234.567", "12,5 %" or a plain "1234.5".
 * With both separators the last one is the decimal mark; a lone comma is decimal; several dots are thousands.
 */
export function parseFrenchNumber(value: CellValue): Parsed<number | null> {
  if (value === null) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad('value_invalid_number');
  if (typeof value === 'boolean' || value instanceof Date) return bad('value_not_number', cellToText(value));
  const raw = value.trim();
  if (raw === '') return ok(null);
  let text = raw.replace(/[\s\u00a0\u202f\u2007']/g, '').replace(/%$/, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return bad('value_not_number', raw);
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    text = text.split(thousands).join('');
    if (text.split(decimal).length > 2) return bad('value_not_number', raw);
    text = text.replace(decimal, '.');
  } else if (lastComma >= 0) {
    const parts = text.split(',');
    if (parts.length > 2) return bad('value_not_number', raw);
    text = text.replace(',', '.');
  } else if (lastDot >= 0 && text.split('.').length > 2) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) return bad('value_not_number', raw);
    text = text.split('.').join('');
  }
  const n = Number(text);
  return Number.isFinite(n) ? ok(n) : bad('value_not_number', raw);
}

/** A whole number ≥ 0 (a count of missions, a population). */
export function parseCount(value: CellValue): Parsed<number | null> {
  const n = parseFrenchNumber(value);
  if (!n.ok || n.value === null) return n;
  if (!Number.isInteger(n.value)) return bad('value_not_integer', cellToText(value).trim());
  if (n.value < 0) return bad('value_negative', cellToText(value).trim());
  return n;
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
};

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

function isoFrom(y: number, m: number, d: number, h?: number, min?: number, s?: number): string | null {
  if (!validDate(y, m, d)) return null;
  const date = `${y}-${pad2(m)}-${pad2(d)}`;
  if (h === undefined) return date;
  if (h > 23 || (min ?? 0) > 59 || (s ?? 0) > 59) return null;
  return `${date}T${pad2(h)}:${pad2(min ?? 0)}:${pad2(s ?? 0)}`;
}

/**
 * A date as French exports write it: "15 janvier 2022", "1er mars 2022 à 14h32", "15/01/2022 14:32",
 * "2022-01-15 14:32:00 +0100", or a spreadsheet date. Returns `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when a time
 * is given (the wall-clock time written, without a zone: these dates are read by people in France).
 */
export function parseFrenchDate(value: CellValue): Parsed<string | null> {
  if (value === null) return ok(null);
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso ? ok(iso) : bad('value_invalid_date');
  }
  if (typeof value !== 'string') return bad('value_not_date', cellToText(value));
  const raw = value.trim();
  if (raw === '') return ok(null);
  const t = foldText(raw);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?: ?(?:z|[+-]\d{2}:?\d{2}|utc))?$/.exec(t);
  if (m) {
    const iso = isoFrom(+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6]);
    return iso ? ok(iso) : bad('value_not_valid_date', raw);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,? (?:a )?(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    const iso = isoFrom(+m[3]!, +m[2]!, +m[1]!, m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6]);
    return iso ? ok(iso) : bad('value_not_valid_date', raw);
  }
  m = /^(?:[a-z]+ )?(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})(?:,? (?:a )?(\d{1,2})(?:h|:)(\d{2})?(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    if (month === undefined) return bad('value_unknown_month', raw);
    const iso = isoFrom(+m[3]!, month, +m[1]!, m[4] === undefined ? undefined : +m[4], m[4] === undefined ? undefined : +(m[5] ?? 0), m[6] === undefined ? undefined : +m[6]);
    return iso ? ok(iso) : bad('value_not_valid_date', raw);
  }
  return bad('value_not_date', raw);
}

/** A multiple-choice answer: démarches-simplifiées joins choices with ", "; hand-made sheets also use ";" or lines. */
export function splitChoices(value: CellValue): string[] {
  const text = cellToText(value);
  return text
    .split(/\s*[;\n\r]\s*|,\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Text as stored: trimmed, never interpreted (a leading =, +, - or @ stays a character). Empty is null. */
export function parseText(value: CellValue): string | null {
  const raw = cellToText(value);
  const text = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).trim();
  return text === '' ? null : text;
}
