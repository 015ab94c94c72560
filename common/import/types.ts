/** What an import tells the interface and the CLI: previews, reports, and what it attached to dossiers. */
import type { Message } from '../i18n/messageCode.ts';
import type { SourceLayout } from './dsLayout.ts';
import type { ColumnMapping } from './fields.ts';

export type SourceFormat = 'xlsx' | 'ods' | 'csv';
export type TextEncoding = 'utf-8' | 'windows-1252';
/** `auto` detects (BOM, then strict UTF-8, else Windows-1252); the others force a reading. */
export type EncodingChoice = 'auto' | TextEncoding;
/** CSV separators Comitia reads; `auto` picks the one that splits the first records most regularly. */
export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export type DelimiterChoice = 'auto' | CsvDelimiter;

/**
 * Code of the warning an import puts on a dossier already scored whose content it changed (what changed, when). The
 * mark itself is the dossier's `changedAfterScoringAt`; the warning goes with it when the committee acknowledges.
 */
export const CHANGED_AFTER_SCORING_CODE = 'import.changed_after_scoring';

/**
 * Warnings that report a correction the import made or proposes, shown apart as corrections to confirm: an échelon
 * taken from the INSEE code against the declared one, a code found from démarches-simplifiées' companion columns.
 */
export const CORRECTION_CODES: ReadonlySet<string> = new Set([
  'import.echelon_corrected',
  'import.insee_unknown_found',
  'import.siren_unknown_found',
]);

/**
 * A problem found on one row: its number as the user sees it in the sheet, the column's header, and what is wrong
 * as a message code with parameters (common/i18n/messages/import.ts).
 */
export interface RowIssue extends Message {
  row: number;
  column: string;
  /** The dossier's source ID when the row has one. */
  dossierId?: string;
}

export interface SkippedRow extends Message {
  row: number;
  dossierId: string;
}

/** An entry of the attachments ZIP left aside, and why. */
export interface IgnoredEntry extends Message {
  path: string;
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
  ignored: IgnoredEntry[];
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
  notes: Message[];
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
  notes: Message[];
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
