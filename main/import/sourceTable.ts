/** The shape every reader delivers: a header and rows of cells, with the row numbers the user sees in the sheet. */
import type { CellValue } from '../../common/import/frenchValues.ts';

export interface SourceRow {
  /** 1-based row number in the sheet (XLSX) or record number in the file (CSV). */
  row: number;
  cells: CellValue[];
}

export interface SourceTable {
  /** Sheet name (XLSX), null for CSV. */
  sheet: string | null;
  /** Row of the header (the last one when the header spans two rows). */
  headerRow: number;
  headers: string[];
  rows: SourceRow[];
}

/** A sheet before its header is found. `mergeMaster` tells, for a cell inside a merged range, where the range starts. */
export interface RawSheet {
  name: string | null;
  rows: SourceRow[];
  mergeMaster?: (row: number, col: number) => { row: number; col: number } | null;
}

/** Column letters as spreadsheets show them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
