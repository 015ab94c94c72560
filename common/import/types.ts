/** What an import tells the interface and the CLI: previews, reports, and what it attached to dossiers. */
import type { SourceLayout } from './dsLayout.ts';
import type { ColumnMapping } from './fields.ts';

export type SourceFormat = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'windows-1252';
/** `auto` detects (BOM, then strict UTF-8, else Windows-1252); the others force a reading. */
export type EncodingChoice = 'auto' | TextEncoding;
/** CSV separators Comitia reads; `auto` picks the one that splits the first records most regularly. */
export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export type DelimiterChoice = 'auto' | CsvDelimiter;

/**
 * The warning an import puts on a dossier already scored whose content it changed starts with these words; it stays
 * until the committee acknowledges the change (`dossierAcknowledgeChanges`). The interface finds the mark by them.
 */
export const CHANGED_AFTER_SCORING_WARNING = 'Modifié après le début de la notation';

/** A problem found on one row: its number as the user sees it in the sheet, the column's header, and why (French). */
export interface RowIssue {
  row: number;
  column: string;
  reason: string;
  /** The dossier's source ID when the row has one. */
  dossierId?: string;
}

export interface SkippedRow {
  row: number;
  dossierId: string;
  reason: string;
}

export interface AttachmentsReport {
  fileName: string;
  /** Files attached (new or replaced) in this import. */
  added: number;
  /** Files already present with the same content. */
  unchanged: number;
  /** Applicants' full PDFs recognised among the files. */
  dossierPdfs: number;
  /** Entries that belong to no dossier of the session, with why. */
  ignored: { path: string; reason: string }[];
  /** Lines of démarches-simplifiées' `-LISTE-DES-FICHIERS-EN-ERREURS.txt` (files it could not put in the ZIP). */
  platformErrors: string[];
}

/** The source file as read: its identity (recorded in the session) and how it was decoded. */
export interface SourceDescription {
  fileName: string;
  fileSize: number;
  sha256: string;
  format: SourceFormat;
  layout: SourceLayout;
  encoding: TextEncoding | null;
  delimiter: string | null;
}

export interface ImportReport extends SourceDescription {
  /** Row of the imports log; null for a dry run (nothing was written). */
  importId: number | null;
  dryRun: boolean;
  /** Sheet and row of the header as found (1-based). */
  sheet: string | null;
  headerRow: number;
  mapping: ColumnMapping;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  skippedRows: SkippedRow[];
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** Dossiers in the session after the import. */
  dossiers: number;
  /** Source IDs of dossiers already scored whose content this import changed. */
  changedAfterScoring: string[];
  avis: number;
  attachments: AttachmentsReport | null;
  /** Remarks that concern the file rather than a row (a mapped column absent, a sheet ignored…). */
  notes: string[];
}

export interface ImportPreview {
  fileName: string;
  fileSize: number;
  format: SourceFormat;
  layout: SourceLayout;
  encoding: TextEncoding | null;
  delimiter: string | null;
  sheet: string | null;
  headerRow: number;
  headers: string[];
  /** The first rows under the header, as text, in header order. */
  rows: { row: number; cells: string[] }[];
  totalRows: number;
  /** Saved mapping proposed again (best match with these headers), or null. */
  savedMappingName: string | null;
  mapping: ColumnMapping;
  /** Where each header's proposal comes from. */
  mappingSource: Record<string, 'user' | 'saved' | 'auto' | 'none'>;
  /** Other sheets found: Avis, repeated blocks, Etablissements. */
  sheets: { name: string; kind: 'avis' | 'bloc' | 'etablissements' | 'autre'; rows: number }[];
  notes: string[];
}

export interface SavedMapping {
  name: string;
  mapping: ColumnMapping;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
}

export interface ImportLogEntry {
  id: number;
  fileName: string;
  fileSize: number;
  sha256: string;
  format: SourceFormat;
  layout: SourceLayout;
  attachmentsFileName: string | null;
  importedAt: string;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  warnings: number;
}

export interface FieldChange {
  /** A dossier field name, `extraFields.<header>`, or `attachments`. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface DossierHistoryEntry {
  id: number;
  importId: number;
  at: string;
  kind: 'created' | 'updated';
  fileName: string;
  changes: FieldChange[];
}

/** An expert opinion from the `Avis` sheet. */
export interface Avis {
  id: number;
  dossierId: string;
  introduction: string | null;
  answer: string | null;
  question: string | null;
  answerYesNo: boolean | null;
  createdAt: string | null;
  answeredAt: string | null;
  instructeur: string | null;
  expert: string | null;
}

export type AttachmentCategory =
  | 'dossier_pdf'
  | 'pieces_justificatives'
  | 'messagerie'
  | 'avis'
  | 'dossier'
  | 'horodatage'
  | 'autre';

/** What an attachment file is, from the ZIP to the session: where it belongs, what it is, its fingerprint. */
export interface AttachmentFile {
  dossierId: string;
  /** Path inside the dossier's folder of the ZIP, e.g. `pieces_justificatives/deliberation.pdf`. */
  path: string;
  fileName: string;
  category: AttachmentCategory;
  mediaType: string;
  size: number;
  sha256: string;
}

/** An attachment's metadata; its bytes are served apart (see attachmentRepo.readAttachmentBytes). */
export interface AttachmentInfo extends AttachmentFile {
  id: number;
  addedAt: string;
}
