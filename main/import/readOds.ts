/**
 * ODS (OpenDocument spreadsheets: démarches-simplifiées exports them, LibreOffice saves them) through SheetJS
 * (`@e965/xlsx`, the npm build of SheetJS 0.20). The archive goes through the same guard as an XLSX first
 * (workbookZip.ts); SheetJS then parses `content.xml`. Cells are stored values only: a formula gives the result
 * the file cached, nothing is computed. Merged ranges are kept so that a header split over merged cells is read
 * as the XLSX one is (headerRow.ts).
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue } from '../../common/import/frenchValues.ts';
import { AppError } from '../../common/result.ts';
import type { RawSheet, SourceRow } from './sourceTable.ts';
import { checkWorkbookZip } from './workbookZip.ts';

/** SheetJS's cell → a plain value: text, number, boolean or date; an error cell gives its text (`#DIV/0!`). */
function plainValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'e') return cell.w ?? '#ERREUR';
  const v = cell.v;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return String(v);
}

/**
 * The rows that hold something, numbered as the sheet shows them. A cell covered by a merged range gives the value
 * of the range's first cell, as exceljs does for XLSX, so that the header finder sees both formats alike.
 */
function sheetRows(ws: XLSX.WorkSheet): SourceRow[] {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const grid = data.map((cells) => (cells ? Array.from({ length: cells.length }, (_, c) => plainValue(cells[c])) : []));
  for (const m of ws['!merges'] ?? []) {
    const value = grid[m.s.r]?.[m.s.c] ?? null;
    if (value === null) continue;
    for (let r = m.s.r; r <= m.e.r; r += 1) {
      const row = (grid[r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c += 1) if (r !== m.s.r || c !== m.s.c) row[c] = value;
    }
  }
  const rows: SourceRow[] = [];
  grid.forEach((cells, r) => {
    const values = Array.from({ length: cells.length }, (_, c) => cells[c] ?? null);
    while (values.length && values.at(-1) === null) values.pop();
    if (values.length) rows.push({ row: r + 1, cells: values });
  });
  return rows;
}

function mergeMasterOf(ws: XLSX.WorkSheet): RawSheet['mergeMaster'] {
  const merges = ws['!merges'] ?? [];
  return (row, col) => {
    const r = row - 1;
    const m = merges.find((g) => r >= g.s.r && r <= g.e.r && col >= g.s.c && col <= g.e.c);
    return m ? { row: m.s.r + 1, col: m.s.c } : null;
  };
}

/** Reads every sheet of the ODS workbook in `bytes`. `fileName` is for messages only. */
export async function readOds(bytes: Buffer, fileName: string): Promise<RawSheet[]> {
  await checkWorkbookZip(bytes, fileName, 'content.xml', 'import.not_ods');
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'buffer', dense: true, cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    throw new AppError('import.bad_ods', { file: fileName, detail: (error as Error).message });
  }
  return book.SheetNames.map((name) => {
    const ws = book.Sheets[name]!;
    return { name, rows: sheetRows(ws), mergeMaster: mergeMasterOf(ws) };
  });
}
