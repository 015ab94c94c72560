/**
 * XLSX through exceljs. Before exceljs (whose unzipping trusts the archive) sees the bytes, the archive is checked
 * with the same guard as the attachments ZIP (workbookZip.ts): a truncated download, a zip bomb or a ZIP that is not
 * a workbook gets a clear message. Cells are read as stored values only: a formula cell gives its cached result, or its formula
 * as text when the file has none; nothing is ever computed.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../common/result.ts';
import type { CellValue } from '../../common/import/frenchValues.ts';
import type { RawSheet, SourceRow } from './sourceTable.ts';
import { checkWorkbookZip } from './workbookZip.ts';

/** exceljs's value of a cell → a plain value. Formulas are never evaluated: cached result, else the formula as text. */
export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };
    if (f.result !== undefined && f.result !== null) return plainCellValue(f.result as ExcelJS.CellValue);
    return `=${f.formula ?? f.sharedFormula ?? ''}`;
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : plainCellValue(text as ExcelJS.CellValue);
  }
  if ('error' in value) return String((value as { error: unknown }).error);
  return null;
}

function sheetRows(ws: ExcelJS.Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: CellValue[] = new Array(Math.max(0, values.length - 1)).fill(null);
    for (let c = 1; c < values.length; c += 1) cells[c - 1] = plainCellValue(values[c]);
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function mergeMasterOf(ws: ExcelJS.Worksheet): RawSheet['mergeMaster'] {
  return (row, col) => {
    const cell = ws.findCell(row, col + 1);
    if (!cell || !cell.isMerged) return null;
    const master = cell.master;
    return { row: Number(master.row), col: Number(master.col) - 1 };
  };
}

/** Reads every worksheet of the workbook in `bytes`. `fileName` is for messages only. */
export async function readXlsx(bytes: Buffer, fileName: string): Promise<RawSheet[]> {
  await checkWorkbookZip(bytes, fileName, 'xl/workbook.xml', 'import.not_xlsx');
  const workbook = new ExcelJS.Workbook();
  try {
    // Drawings, validations and conditional formats carry no data; skipping them saves time on large exports.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'drawing', 'legacyDrawing', 'picture', 'extLst', 'headerFooter', 'pageSetup', 'printOptions', 'pageMargins', 'rowBreaks', 'colBreaks', 'tableParts'],
    } as unknown as Parameters<typeof workbook.xlsx.load>[1]);
  } catch (error) {
    throw new AppError('import.bad_xlsx', { file: fileName, detail: (error as Error).message });
  }
  return workbook.worksheets.map((ws) => ({ name: ws.name, rows: sheetRows(ws), mergeMaster: mergeMasterOf(ws) }));
}
