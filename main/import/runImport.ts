/**
 * An import, whole or not at all. Everything that can fail is done before the session is touched: reading and
 * checking the file, mapping and validating every row (checkRows.ts), refusing duplicate IDs, checking and unpacking
 * the attachments ZIP into a temporary folder. Then one synchronous transaction writes dossiers, history, expert
 * opinions, attachments, the imports log and the audit entry (writeImport.ts). A cancellation (AbortSignal) before
 * that point, or any error inside it, leaves the session file as it was. Rows rejected are left out of that
 * transaction; the rest commits as one.
 */
import type { ProgressEvent } from '../../common/domain/types.ts';
import type { ColumnMapping } from '../../common/import/fields.ts';
import type { DelimiterChoice, EncodingChoice, ImportReport, RowIssue } from '../../common/import/types.ts';
import { message, type Message } from '../../common/i18n/messageCode.ts';
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';
import type { NewAvis } from '../db/dossierHistoryRepo.ts';
import { listMappings } from '../db/importRepo.ts';
import { checkRows } from './checkRows.ts';
import { fieldColumns, requireIdColumn, resolveMapping } from './columnMapping.ts';
import { findCompanionColumns } from './companionColumns.ts';
import { readAvis, satelliteFields } from './dossierSheets.ts';
import { referenceIndex } from './referenceIndex.ts';
import { readSource, type SourceBook } from './readSource.ts';
import { stageAttachments, type StagedZip } from './stageAttachments.ts';
import { DryRunRollback, writeImport } from './writeImport.ts';

export interface ImportOptions {
  /** Path of the XLSX, ODS or CSV file. */
  source: string;
  /** Path of démarches-simplifiées' attachments ZIP. */
  attachments?: string | null;
  /** The user's mapping; without it, the best saved mapping completed by the automatic proposal. */
  mapping?: ColumnMapping | null;
  /** Name of the saved mapping `mapping` comes from (marked as used). */
  mappingName?: string | null;
  /** Saves the mapping applied under this name, to be proposed again next time. */
  saveMappingAs?: string | null;
  encoding?: EncodingChoice;
  /** CSV separator; `auto` detects it. */
  delimiter?: DelimiterChoice;
  /** Validate and report without committing anything. */
  dryRun?: boolean;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Who ran it, for the audit log. */
  actor?: string | null;
  /** Where attachments are unpacked before the transaction (the system's temporary folder by default). */
  tempRoot?: string;
}


const cancelled = (): AppError => new AppError('import.cancelled');

/** A problem of a satellite sheet (Avis, blocks) as a note on the file: its row and column, then what is wrong. */
const sheetNote = (i: RowIssue): Message =>
  message('import.sheet_issue', { row: i.row, column: i.column, issue: i.code.slice('import.'.length), ...(i.params ?? {}) } as never);

export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const { signal } = options;
  const progress = (done: number, total: number, label: string): void =>
    options.onProgress?.({ task: 'import', done, total, label });
  const check = (): void => {
    if (signal?.aborted) throw cancelled();
  };

  progress(0, 1, 'import.progress_reading');
  let book: SourceBook;
  try {
    book = await readSource(options.source, { encoding: options.encoding ?? 'auto', delimiter: options.delimiter ?? 'auto', signal });
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    throw error;
  }
  check();

  const { headers } = book.dossiers;
  const resolved = resolveMapping(headers, { explicit: options.mapping ?? null, saved: listMappings(db) });
  const columns = fieldColumns(headers, resolved.mapping);
  requireIdColumn(columns, book.fileName);
  const extraColumns = headers.flatMap((h, i) => (resolved.mapping[h] ? [] : [i]));
  const companions = findCompanionColumns(headers, columns.insee?.[0], columns.siren?.[0]);
  const ctx = { headers, columns, extraColumns, ref: referenceIndex(), companions };
  const rows = await checkRows(book.dossiers, ctx, book.fileName, {
    progress: (done, total) => progress(done, total, 'import.progress_checking'),
    check,
  });

  const sheetIssues: RowIssue[] = [];
  const extraBySheet = satelliteFields(book.satellites, sheetIssues);
  for (const { dossier } of rows.drafts) {
    const extra = extraBySheet.get(dossier.id);
    if (extra) Object.assign(dossier.extraFields, extra);
  }
  const avisByDossier: Map<string, NewAvis[]> = book.avis ? readAvis(book.avis, sheetIssues) : new Map();
  const notes = [...book.notes, ...resolved.notes, ...sheetIssues.map(sheetNote)];

  let staged: StagedZip | null = null;
  try {
    if (options.attachments) {
      const inSession = new Set(db.prepare('SELECT id FROM dossiers').pluck().all() as string[]);
      const inImport = new Set(rows.drafts.map((d) => d.dossier.id));
      staged = await stageAttachments(options.attachments, {
        wanted: (id) => inSession.has(id) || inImport.has(id),
        tempRoot: options.tempRoot,
        signal,
        onProgress: (done, n) => progress(done, n, 'import.progress_attachments_reading'),
      }).catch((error: unknown) => {
        if (signal?.aborted) throw cancelled();
        throw error;
      });
    }
    check();

    const report: ImportReport = {
      importId: null,
      dryRun: options.dryRun === true,
      fileName: book.fileName,
      fileSize: book.fileSize,
      sha256: book.sha256,
      format: book.format,
      layout: book.layout,
      encoding: book.encoding,
      delimiter: book.delimiter,
      sheet: book.dossiers.sheet,
      headerRow: book.dossiers.headerRow,
      mapping: resolved.mapping,
      imported: 0,
      updated: 0,
      unchanged: 0,
      skipped: rows.skippedRows.length,
      skippedRows: rows.skippedRows,
      rejected: rows.rejected,
      warnings: rows.warnings,
      dossiers: 0,
      changedAfterScoring: [],
      avis: 0,
      attachments: null,
      notes,
    };
    try {
      db.transaction(() =>
        writeImport({
          db,
          book,
          report,
          drafts: rows.drafts,
          avisByDossier,
          staged,
          saveMappingAs: options.saveMappingAs,
          mappingName: options.mappingName,
          actor: options.actor,
          dryRun: options.dryRun,
          progress,
        }),
      )();
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
      report.importId = null;
    }
    return report;
  } finally {
    await staged?.cleanup();
  }
}
