/**
 * Every row of the `Dossiers` table through buildDossier, in slices that let the event loop breathe (progress,
 * cancellation), then the refusal of IDs that appear twice: an import never guesses which row is the right one.
 */
import { AppError } from '../../common/result.ts';
import type { RowIssue, SkippedRow } from '../../common/import/types.ts';
import { buildDossier, type DossierDraft, type RowContext } from './buildDossier.ts';
import type { SourceTable } from './sourceTable.ts';

export const ROWS_PER_SLICE = 500;
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface CheckedRows {
  drafts: { row: number; dossier: DossierDraft }[];
  rejected: RowIssue[];
  warnings: RowIssue[];
  skippedRows: SkippedRow[];
}

function duplicatesError(fileName: string, idHeader: string, rowsById: Map<string, number[]>): AppError | null {
  const dups = [...rowsById].filter(([, rows]) => rows.length > 1);
  if (!dups.length) return null;
  const list = dups.slice(0, 10).map(([id, rows]) => `${id} : ${rows.join(', ')}`).join(' ; ');
  const details = { duplicates: Object.fromEntries(dups) };
  return dups.length > 10
    ? new AppError('import.duplicate_ids_more', { file: fileName, column: idHeader, list, more: dups.length - 10 }, details)
    : new AppError('import.duplicate_ids', { file: fileName, column: idHeader, list }, details);
}

export async function checkRows(
  table: SourceTable,
  ctx: RowContext,
  fileName: string,
  step: { progress: (done: number, total: number) => void; check: () => void },
): Promise<CheckedRows> {
  const out: CheckedRows = { drafts: [], rejected: [], warnings: [], skippedRows: [] };
  const rowsById = new Map<string, number[]>();
  const total = table.rows.length;
  for (let i = 0; i < total; i += 1) {
    if (i % ROWS_PER_SLICE === 0) {
      step.progress(i, total);
      await yieldToLoop();
      step.check();
    }
    const outcome = buildDossier(table.rows[i]!, ctx);
    const id = outcome.kind === 'dossier' ? outcome.dossier.id : outcome.kind === 'empty' ? null : outcome.id;
    if (id) {
      const rows = rowsById.get(id);
      if (rows) rows.push(outcome.row);
      else rowsById.set(id, [outcome.row]);
    }
    if (outcome.kind === 'dossier') {
      out.drafts.push({ row: outcome.row, dossier: outcome.dossier });
      out.warnings.push(...outcome.warnings);
    } else if (outcome.kind === 'skipped') {
      out.skippedRows.push({ row: outcome.row, dossierId: outcome.id, code: outcome.code, ...(outcome.params ? { params: outcome.params } : {}) });
    } else if (outcome.kind === 'rejected') {
      // A row is rejected for one reason (no ID, or no name anywhere): the first issue is the reason.
      out.rejected.push({ ...outcome.issues[0]!, ...(outcome.id ? { dossierId: outcome.id } : {}) });
    }
  }
  step.progress(total, total);
  const dup = duplicatesError(fileName, table.headers[ctx.columns.id![0]!]!, rowsById);
  if (dup) throw dup;
  return out;
}
