/**
 * One source row seen through the mapping: the cell of a field, the header of its column (for messages), and the
 * warnings found on the way, each with its row and column kept as data beside its code.
 */
import type { DossierWarning } from '../../common/domain/types.ts';
import type { MappableField } from '../../common/import/fields.ts';
import type { CellValue } from '../../common/import/frenchValues.ts';
import type { RowIssue } from '../../common/import/types.ts';
import type { MessageCode, ParamValue } from '../../common/i18n/messageCode.ts';
import type { FieldColumns } from './columnMapping.ts';
import type { SourceRow } from './sourceTable.ts';

export type Warn = (field: MappableField, code: MessageCode, params?: Record<string, ParamValue>) => void;

export interface RowCells {
  row: number;
  cells: readonly CellValue[];
  headers: readonly string[];
  /** Column index of a field (its first column), or undefined when unmapped. */
  col(field: MappableField): number | undefined;
  has(field: MappableField): boolean;
  cell(field: MappableField): CellValue;
  /** The field's header in the file, or the field's name when it has no column. */
  header(field: MappableField): string;
  warn: Warn;
  issue(field: MappableField, code: MessageCode, params?: Record<string, ParamValue>): RowIssue;
  warnings: RowIssue[];
}

export const isEmpty = (v: CellValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function rowCells(source: SourceRow, headers: readonly string[], columns: FieldColumns): RowCells {
  const warnings: RowIssue[] = [];
  const col = (field: MappableField): number | undefined => columns[field]?.[0];
  const header = (field: MappableField): string => {
    const i = col(field);
    return i === undefined ? field : headers[i]!;
  };
  const issue = (field: MappableField, code: MessageCode, params?: Record<string, ParamValue>): RowIssue => ({
    row: source.row,
    column: header(field),
    code,
    ...(params && Object.keys(params).length ? { params } : {}),
  });
  return {
    row: source.row,
    cells: source.cells,
    headers,
    col,
    has: (field) => col(field) !== undefined,
    cell: (field) => {
      const i = col(field);
      return i === undefined ? null : (source.cells[i] ?? null);
    },
    header,
    warn: (field, code, params) => warnings.push(issue(field, code, params)),
    issue,
    warnings,
  };
}

/** The warning as the dossier keeps it: the column and the message, without the row (rows change between exports). */
export const storedWarning = (w: RowIssue): DossierWarning => ({ column: w.column, code: w.code, ...(w.params ? { params: w.params } : {}) });
