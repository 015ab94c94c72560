/**
 * Finds the header of a sheet that may not start on row 1 (a title, a blank line, a note above it) and may span two
 * rows with merged group cells ("Missions" over "Envoi" and "Accueil"). démarches-simplifiées' own exports always
 * have it on row 1; hand-made spreadsheets do not.
 */
import { cellToText, type CellValue } from '../../common/import/frenchValues.ts';
import { columnLetter, type RawSheet, type SourceRow, type SourceTable } from './sourceTable.ts';

/** How far down a header is looked for. */
const SEARCH_ROWS = 30;

const headerText = (v: CellValue | undefined): string => (v === undefined ? '' : cellToText(v).replace(/\s+/g, ' ').trim());

const isBlank = (v: CellValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A header cell is text that is not a number or a date. */
const isLabel = (v: CellValue | undefined): boolean =>
  typeof v === 'string' && v.trim() !== '' && !/^[\d\s.,:/+-]+$/.test(v.trim());

function lastFilled(cells: readonly CellValue[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) if (!isBlank(cells[i])) return i;
  return -1;
}

/** The first row whose labels cover at least half of the widest row nearby: titles and notes above it have fewer. */
function findHeaderIndex(rows: readonly SourceRow[]): number {
  const head = rows.slice(0, SEARCH_ROWS);
  const widest = Math.max(0, ...head.map((r) => r.cells.filter((c) => !isBlank(c)).length));
  const needed = Math.max(1, Math.ceil(widest / 2));
  const index = head.findIndex((r) => r.cells.filter(isLabel).length >= needed);
  return index;
}

interface Span { from: number; to: number }

/** Horizontal merged ranges that start on `row`, as column spans. */
function horizontalSpans(sheet: RawSheet, row: number, width: number): Span[] {
  if (!sheet.mergeMaster) return [];
  const spans: Span[] = [];
  for (let c = 0; c < width; c += 1) {
    const master = sheet.mergeMaster(row, c);
    if (!master || master.col === c) continue;
    const last = spans.at(-1);
    if (last && last.from === master.col) last.to = c;
    else spans.push({ from: master.col, to: c });
  }
  return spans;
}

/** Whether the cell at (row, col) continues a range merged from the row above (a label spanning both header rows). */
function mergedFromAbove(sheet: RawSheet, row: number, col: number): boolean {
  const master = sheet.mergeMaster?.(row, col);
  return !!master && master.row < row;
}

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h === '' ? `Colonne ${columnLetter(i)}` : h;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Turns a raw sheet into a table; null when no row looks like a header. */
export function tableFromSheet(sheet: RawSheet): SourceTable | null {
  const rows = sheet.rows.filter((r) => lastFilled(r.cells) >= 0);
  const index = findHeaderIndex(rows);
  if (index < 0) return null;
  const top = rows[index]!;
  const width = Math.max(...rows.map((r) => lastFilled(r.cells) + 1));
  const spans = horizontalSpans(sheet, top.row, width);
  const next = rows[index + 1];
  // A second header row: under each merged group, distinct labels (not data) on the very next row; elsewhere that
  // row is blank or continues a label merged down from the first row. A data row has values everywhere.
  const inSpan = (c: number): boolean => spans.some((s) => c >= s.from && c <= s.to);
  const subHeader =
    spans.length > 0 &&
    next !== undefined &&
    next.row === top.row + 1 &&
    spans.every((s) => {
      const labels = next.cells.slice(s.from, s.to + 1).map(headerText);
      return next.cells.slice(s.from, s.to + 1).every(isLabel) && new Set(labels).size === labels.length;
    }) &&
    Array.from({ length: width }, (_, c) => c).every(
      (c) => inSpan(c) || isBlank(next.cells[c]) || mergedFromAbove(sheet, next.row, c),
    );
  const raw: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const upper = headerText(top.cells[c]);
    if (!subHeader) {
      raw.push(upper);
      continue;
    }
    const lower = mergedFromAbove(sheet, next.row, c) ? '' : headerText(next.cells[c]);
    raw.push(upper && lower ? `${upper} - ${lower}` : upper || lower);
  }
  const headerRow = subHeader ? next.row : top.row;
  const data = rows.slice(index + (subHeader ? 2 : 1));
  return { sheet: sheet.name, headerRow, headers: uniqueHeaders(raw), rows: data };
}
