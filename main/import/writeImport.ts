/**
 * The write half of an import, run inside the one transaction runImport opens: the imports log, the dossiers
 * (inserted, updated or untouched), the expert opinions, the attachments, the history, the "changed after scoring"
 * mark, the saved mapping and the audit entry. It fills in the report as it goes. A dry run throws DryRunRollback at
 * the end so that better-sqlite3 rolls everything back.
 */
import { readFileSync } from 'node:fs';
import type { Dossier, DossierWarning } from '../../common/domain/types.ts';
import { FIELD_LABELS_FR } from '../../common/import/fields.ts';
import { CHANGED_AFTER_SCORING_CODE, type AttachmentsReport, type FieldChange, type ImportReport } from '../../common/import/types.ts';
import { message } from '../../common/i18n/messageCode.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { deleteOrphanBlobs, findAttachment, hasBlob, insertBlob, upsertAttachment } from '../db/attachmentRepo.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import {
  changedAfterScoringWarning,
  insertCreatedHistory,
  insertHistory,
  markChangedAfterScoring,
  replaceAvis,
  scoredDossierIds,
  type NewAvis,
} from '../db/dossierHistoryRepo.ts';
import { finishImport, insertImport, saveMapping, touchMapping } from '../db/importRepo.ts';
import type { DossierDraft } from './buildDossier.ts';
import { ROWS_PER_SLICE } from './checkRows.ts';
import { changeLabel, diffDossier, isContentChange } from './dossierChanges.ts';
import { dossierWriter, type DossierWriter } from './dossierWriter.ts';
import type { SourceBook } from './readSource.ts';
import type { StagedZip } from './stageAttachments.ts';

/** Thrown inside the transaction of a dry run so that better-sqlite3 rolls it back. */
export class DryRunRollback extends Error {}

export type Progress = (done: number, total: number, label: string) => void;

export interface WriteImportOptions {
  db: Db;
  book: SourceBook;
  /** Filled in: counts, importId, avis, attachments, changedAfterScoring, notes. */
  report: ImportReport;
  drafts: { row: number; dossier: DossierDraft }[];
  avisByDossier: Map<string, NewAvis[]>;
  staged: StagedZip | null;
  saveMappingAs?: string | null;
  mappingName?: string | null;
  actor?: string | null;
  dryRun?: boolean;
  progress: Progress;
}

/** What the dossier writes leave for the later steps: who was created, what changed in whom. */
interface Written {
  importId: number;
  now: string;
  existing: Map<string, Dossier>;
  drafted: Map<string, DossierDraft>;
  created: Set<string>;
  changes: Map<string, FieldChange[]>;
  writer: DossierWriter;
}

function writeDossiers(o: WriteImportOptions, importId: number, now: string): Written {
  const { db, drafts } = o;
  const existing = new Map<string, Dossier>(listDossiers(db).map((d) => [d.id, d]));
  const w: Written = { importId, now, existing, drafted: new Map(), created: new Set(), changes: new Map(), writer: dossierWriter(db) };
  drafts.forEach(({ dossier }, i) => {
    if (i % ROWS_PER_SLICE === 0) o.progress(i, drafts.length, 'import.progress_saving');
    w.drafted.set(dossier.id, dossier);
    const before = existing.get(dossier.id);
    if (!before) {
      w.writer.insert(dossier, importId, now);
      w.created.add(dossier.id);
      return;
    }
    // A mark set by an earlier import stays until the committee acknowledges it.
    dossier.warnings.push(...before.warnings.filter((x) => x.code === CHANGED_AFTER_SCORING_CODE));
    const diff = diffDossier(before, dossier);
    if (diff.length) {
      w.writer.update(dossier, importId, now);
      w.changes.set(dossier.id, diff);
    } else if (JSON.stringify(before.warnings) !== JSON.stringify(dossier.warnings)) {
      w.writer.touch(dossier.id, dossier.warnings, importId);
    }
  });
  return w;
}

function writeAvis(o: WriteImportOptions, w: Written): void {
  let count = 0;
  for (const [dossierId, avis] of o.avisByDossier) {
    if (!w.drafted.has(dossierId)) {
      o.report.notes.push(message('import.avis_not_imported', { id: dossierId }));
      continue;
    }
    replaceAvis(o.db, dossierId, avis, w.importId);
    count += avis.length;
  }
  o.report.avis = count;
}

function writeAttachments(o: WriteImportOptions, w: Written, staged: StagedZip): AttachmentsReport {
  const { db } = o;
  const known = new Set(db.prepare('SELECT id FROM dossiers').pluck().all() as string[]);
  const report: AttachmentsReport = {
    fileName: staged.fileName,
    added: 0,
    unchanged: 0,
    dossierPdfs: 0,
    ignored: [...staged.ignored],
    platformErrors: staged.platformErrors,
  };
  staged.files.forEach((file, i) => {
    if (i % 200 === 0) o.progress(i, staged.files.length, 'import.progress_attachments_saving');
    if (!known.has(file.dossierId)) {
      report.ignored.push({ path: file.path, code: 'import.ignored_not_in_session', params: { id: file.dossierId } });
      return;
    }
    if (file.category === 'dossier_pdf') report.dossierPdfs += 1;
    const previous = findAttachment(db, file.dossierId, file.path);
    if (previous?.sha256 === file.sha256) {
      report.unchanged += 1;
      return;
    }
    if (!hasBlob(db, file.sha256)) insertBlob(db, file.sha256, readFileSync(file.stagedPath));
    upsertAttachment(db, { ...file, importId: w.importId, addedAt: w.now });
    report.added += 1;
    if (!w.created.has(file.dossierId)) {
      const list = w.changes.get(file.dossierId) ?? [];
      list.push({ field: 'attachments', before: previous ? previous.path : null, after: file.path });
      w.changes.set(file.dossierId, list);
    }
  });
  deleteOrphanBlobs(db);
  return report;
}

/** History of every change, and the mark on dossiers already scored whose content (not bookkeeping) changed. */
function writeHistory(o: WriteImportOptions, w: Written): void {
  const scored = scoredDossierIds(o.db);
  insertCreatedHistory(o.db, w.importId, w.now);
  for (const [id, list] of w.changes) {
    insertHistory(o.db, { dossierId: id, importId: w.importId, at: w.now, kind: 'updated', changes: list });
    const content = list.filter(isContentChange);
    if (!content.length || !scored.has(id)) continue;
    const labels = [...new Set(content.map((c) => changeLabel(c, FIELD_LABELS_FR)))];
    markChangedAfterScoring(o.db, id, w.now);
    const current: DossierWarning[] = w.drafted.get(id)?.warnings ?? w.existing.get(id)?.warnings ?? [];
    w.writer.touch(id, [...current, changedAfterScoringWarning(w.now, labels)], w.importId);
    o.report.changedAfterScoring.push(id);
  }
}

export function writeImport(o: WriteImportOptions): void {
  const { db, book, report, staged } = o;
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
  const w = writeDossiers(o, importId, now);
  writeAvis(o, w);
  if (staged) report.attachments = writeAttachments(o, w, staged);
  writeHistory(o, w);

  report.imported = w.created.size;
  report.updated = w.changes.size;
  report.unchanged = o.drafts.length - w.created.size - [...w.changes.keys()].filter((id) => w.drafted.has(id)).length;
  report.dossiers = db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;

  const mappingName = o.saveMappingAs?.trim();
  if (mappingName) saveMapping(db, mappingName, report.mapping, now);
  const used = mappingName || o.mappingName;
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
    o.actor ?? null,
  );
  o.progress(1, 1, 'import.progress_done');
  if (o.dryRun) throw new DryRunRollback();
}
