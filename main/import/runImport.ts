/**
 * An import, whole or not at all. Everything that can fail is done before the session is touched: reading and
 * checking the file, mapping and validating every row, refusing duplicate IDs, checking and unpacking the
 * attachments ZIP into a temporary folder. Then one synchronous transaction writes dossiers, history, expert
 * opinions, attachments, the imports log and the audit entry. A cancellation (AbortSignal) before that point, or
 * any error inside it, leaves the session file as it was.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../../common/result.ts';
import type { Dossier, ProgressEvent } from '../../common/domain/types.ts';
import { FIELD_LABELS_FR, type ColumnMapping } from '../../common/import/fields.ts';
import type { DelimiterChoice, EncodingChoice, FieldChange, ImportReport, RowIssue, SkippedRow } from '../../common/import/types.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { deleteOrphanBlobs, findAttachment, hasBlob, insertBlob, upsertAttachment } from '../db/attachmentRepo.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import {
  CHANGED_AFTER_SCORING,
  changedAfterScoringWarning,
  insertCreatedHistory,
  insertHistory,
  markChangedAfterScoring,
  replaceAvis,
  scoredDossierIds,
  type NewAvis,
} from '../db/dossierHistoryRepo.ts';
import { finishImport, insertImport, listMappings, saveMapping, touchMapping } from '../db/importRepo.ts';
import { buildDossier, type DossierDraft } from './buildDossier.ts';
import { fieldColumns, requireIdColumn, resolveMapping } from './columnMapping.ts';
import { changeLabel, diffDossier, isContentChange } from './dossierChanges.ts';
import { dossierWriter } from './dossierWriter.ts';
import { readAvis, satelliteFields } from './dossierSheets.ts';
import { referenceIndex } from './referenceIndex.ts';
import { readSource, type SourceBook } from './readSource.ts';
import { stageAttachments, type StagedZip } from './stageAttachments.ts';

export interface ImportOptions {
  /** Path of the XLSX or CSV file. */
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

const ROWS_PER_SLICE = 500;
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Thrown inside the transaction of a dry run so that better-sqlite3 rolls it back. */
class DryRunRollback extends Error {}

function cancelled(): AppError {
  return new AppError('cancelled', "Import annulé : la session n'a pas été modifiée.");
}

function duplicatesError(fileName: string, idHeader: string, rowsById: Map<string, number[]>): AppError | null {
  const dups = [...rowsById].filter(([, rows]) => rows.length > 1);
  if (!dups.length) return null;
  const shown = dups.slice(0, 10).map(([id, rows]) => `« ${id} » aux lignes ${rows.slice(0, -1).join(', ')} et ${rows.at(-1)}`);
  const more = dups.length > 10 ? ` (et ${dups.length - 10} autres)` : '';
  return new AppError(
    'duplicate_ids',
    `« ${fileName} » : identifiants en double dans la colonne « ${idHeader} », rien n'a été importé : ${shown.join(' ; ')}${more}.`,
    { duplicates: Object.fromEntries(dups) },
  );
}

export async function runImport(db: Db, options: ImportOptions): Promise<ImportReport> {
  const { signal } = options;
  const progress = (done: number, total: number, label: string): void =>
    options.onProgress?.({ task: 'import', done, total, label });
  const check = (): void => {
    if (signal?.aborted) throw cancelled();
  };

  progress(0, 1, 'Lecture du fichier');
  let book: SourceBook;
  try {
    book = await readSource(options.source, { encoding: options.encoding ?? 'auto', delimiter: options.delimiter ?? 'auto', signal });
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    throw error;
  }
  check();

  const resolved = resolveMapping(book.dossiers.headers, { explicit: options.mapping ?? null, saved: listMappings(db) });
  const columns = fieldColumns(book.dossiers.headers, resolved.mapping);
  requireIdColumn(columns, book.fileName);
  const extraColumns = book.dossiers.headers.flatMap((h, i) => (resolved.mapping[h] ? [] : [i]));
  const ref = referenceIndex();
  const ctx = { headers: book.dossiers.headers, columns, extraColumns, ref };

  const drafts: { row: number; dossier: DossierDraft }[] = [];
  const rejected: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const skippedRows: SkippedRow[] = [];
  const rowsById = new Map<string, number[]>();
  const total = book.dossiers.rows.length;
  for (let i = 0; i < total; i += 1) {
    if (i % ROWS_PER_SLICE === 0) {
      progress(i, total, 'Vérification des lignes');
      await yieldToLoop();
      check();
    }
    const outcome = buildDossier(book.dossiers.rows[i]!, ctx);
    const id = outcome.kind === 'dossier' ? outcome.dossier.id : outcome.kind === 'empty' ? null : outcome.id;
    if (id) {
      const rows = rowsById.get(id);
      if (rows) rows.push(outcome.row);
      else rowsById.set(id, [outcome.row]);
    }
    if (outcome.kind === 'dossier') {
      drafts.push({ row: outcome.row, dossier: outcome.dossier });
      warnings.push(...outcome.warnings);
    } else if (outcome.kind === 'skipped') skippedRows.push({ row: outcome.row, dossierId: outcome.id, reason: outcome.reason });
    else if (outcome.kind === 'rejected') {
      const [first, ...others] = outcome.issues;
      const reason = [first!.reason, ...others.map((o) => `colonne « ${o.column} » : ${o.reason}`)].join(' ; ');
      rejected.push({ row: outcome.row, column: first!.column, reason, ...(outcome.id ? { dossierId: outcome.id } : {}) });
    }
  }
  progress(total, total, 'Vérification des lignes');
  const idHeader = book.dossiers.headers[columns.id![0]!]!;
  const dup = duplicatesError(book.fileName, idHeader, rowsById);
  if (dup) throw dup;

  const sheetIssues: RowIssue[] = [];
  const extraBySheet = satelliteFields(book.satellites, sheetIssues);
  for (const { dossier } of drafts) {
    const extra = extraBySheet.get(dossier.id);
    if (extra) Object.assign(dossier.extraFields, extra);
  }
  const avisByDossier: Map<string, NewAvis[]> = book.avis ? readAvis(book.avis, sheetIssues) : new Map();
  const notes = [...book.notes, ...resolved.notes, ...sheetIssues.map((i) => `Ligne ${i.row}, colonne « ${i.column} » : ${i.reason}.`)];

  let staged: StagedZip | null = null;
  try {
    if (options.attachments) {
      const inSession = new Set(db.prepare('SELECT id FROM dossiers').pluck().all() as string[]);
      const inImport = new Set(drafts.map((d) => d.dossier.id));
      staged = await stageAttachments(options.attachments, {
        wanted: (id) => inSession.has(id) || inImport.has(id),
        tempRoot: options.tempRoot,
        signal,
        onProgress: (done, n) => progress(done, n, 'Lecture des pièces jointes'),
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
      skipped: skippedRows.length,
      skippedRows,
      rejected,
      warnings,
      dossiers: 0,
      changedAfterScoring: [],
      avis: 0,
      attachments: null,
      notes,
    };
    try {
      db.transaction(() => writeImport(db, book, report, drafts, avisByDossier, staged, options, progress))();
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
      report.importId = null;
    }
    return report;
  } finally {
    await staged?.cleanup();
  }
}

function writeImport(
  db: Db,
  book: SourceBook,
  report: ImportReport,
  drafts: { row: number; dossier: DossierDraft }[],
  avisByDossier: Map<string, NewAvis[]>,
  staged: StagedZip | null,
  options: ImportOptions,
  progress: (done: number, total: number, label: string) => void,
): void {
  const now = new Date().toISOString();
  const importId = insertImport(db, {
    fileName: book.fileName,
    fileSize: book.fileSize,
    sha256: book.sha256,
    format: book.format,
    layout: book.layout,
    attachments: staged ? { fileName: staged.fileName, size: staged.size, sha256: staged.sha256 } : null,
    mapping: report.mapping,
    importedAt: now,
  });
  report.importId = importId;
  const existing = new Map<string, Dossier>(listDossiers(db).map((d) => [d.id, d]));
  const scored = scoredDossierIds(db);
  const writer = dossierWriter(db);
  const changes = new Map<string, FieldChange[]>();
  const created = new Set<string>();
  const drafted = new Map<string, DossierDraft>();

  drafts.forEach(({ dossier }, i) => {
    if (i % ROWS_PER_SLICE === 0) progress(i, drafts.length, 'Enregistrement des dossiers');
    drafted.set(dossier.id, dossier);
    const before = existing.get(dossier.id);
    if (!before) {
      writer.insert(dossier, importId, now);
      created.add(dossier.id);
      return;
    }
    // A mark set by an earlier import stays until the committee acknowledges it.
    dossier.warnings.push(...before.warnings.filter((w) => w.startsWith(CHANGED_AFTER_SCORING)));
    const diff = diffDossier(before, dossier);
    if (diff.length) {
      writer.update(dossier, importId, now);
      changes.set(dossier.id, diff);
    } else if (JSON.stringify(before.warnings) !== JSON.stringify(dossier.warnings)) {
      writer.touch(dossier.id, dossier.warnings, importId);
    }
  });

  let avisCount = 0;
  for (const [dossierId, avis] of avisByDossier) {
    if (!drafted.has(dossierId)) {
      report.notes.push(`Avis du dossier ${dossierId} non importés : ce dossier n'est pas importé.`);
      continue;
    }
    replaceAvis(db, dossierId, avis, importId);
    avisCount += avis.length;
  }
  report.avis = avisCount;

  if (staged) {
    const known = new Set(db.prepare('SELECT id FROM dossiers').pluck().all() as string[]);
    const attachments = {
      fileName: staged.fileName,
      added: 0,
      unchanged: 0,
      dossierPdfs: 0,
      ignored: [...staged.ignored],
      platformErrors: staged.platformErrors,
    };
    staged.files.forEach((file, i) => {
      if (i % 200 === 0) progress(i, staged.files.length, 'Enregistrement des pièces jointes');
      if (!known.has(file.dossierId)) {
        attachments.ignored.push({ path: file.path, reason: `dossier ${file.dossierId} absent de la session` });
        return;
      }
      if (file.category === 'dossier_pdf') attachments.dossierPdfs += 1;
      const previous = findAttachment(db, file.dossierId, file.path);
      if (previous?.sha256 === file.sha256) {
        attachments.unchanged += 1;
        return;
      }
      if (!hasBlob(db, file.sha256)) insertBlob(db, file.sha256, readFileSync(file.stagedPath));
      upsertAttachment(db, { ...file, importId, addedAt: now });
      attachments.added += 1;
      if (!created.has(file.dossierId)) {
        const list = changes.get(file.dossierId) ?? [];
        list.push({ field: 'attachments', before: previous ? previous.path : null, after: file.path });
        changes.set(file.dossierId, list);
      }
    });
    deleteOrphanBlobs(db);
    report.attachments = attachments;
  }

  insertCreatedHistory(db, importId, now);
  for (const [id, list] of changes) {
    insertHistory(db, { dossierId: id, importId, at: now, kind: 'updated', changes: list });
    const content = list.filter(isContentChange);
    if (content.length && scored.has(id)) {
      const labels = [...new Set(content.map((c) => changeLabel(c, FIELD_LABELS_FR)))];
      const warning = changedAfterScoringWarning(now, labels);
      markChangedAfterScoring(db, id, now);
      const current = drafted.get(id)?.warnings ?? existing.get(id)?.warnings ?? [];
      writer.touch(id, [...current, warning], importId);
      report.changedAfterScoring.push(id);
    }
  }

  report.imported = created.size;
  report.updated = changes.size;
  report.unchanged = drafts.length - created.size - [...changes.keys()].filter((id) => drafted.has(id)).length;
  report.dossiers = db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;

  const mappingName = options.saveMappingAs?.trim();
  if (mappingName) saveMapping(db, mappingName, report.mapping, now);
  const used = mappingName || options.mappingName;
  if (used) touchMapping(db, used, now);

  finishImport(db, importId, report);
  appendAudit(
    db,
    'import',
    {
      importId,
      fileName: book.fileName,
      sha256: book.sha256,
      attachments: staged ? { fileName: staged.fileName, sha256: staged.sha256, added: report.attachments?.added ?? 0 } : null,
      imported: report.imported,
      updated: report.updated,
      unchanged: report.unchanged,
      skipped: report.skipped,
      rejected: report.rejected.length,
      changedAfterScoring: report.changedAfterScoring,
    },
    options.actor ?? null,
  );
  progress(1, 1, 'Import terminé');
  if (options.dryRun) throw new DryRunRollback();
}
