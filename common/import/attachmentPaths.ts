/**
 * Where a file of démarches-simplifiées' attachments ZIP belongs. The export puts everything under `export/`
 * (archives under `procedure-<n>-<m>/`): `dossier-<id>/export-<id>-<timestamp>-<n>.pdf` is the applicant's full
 * dossier, other files sit in `dossier-<id>/{pieces_justificatives,messagerie,avis,dossier,horodatage}/`, and
 * `-LISTE-DES-FICHIERS-EN-ERREURS.txt` lists the files the platform could not fetch.
 */
import type { AttachmentCategory } from './types.ts';

export const ERROR_LIST_FILE = '-LISTE-DES-FICHIERS-EN-ERREURS.txt';

const FOLDERS: ReadonlySet<string> = new Set(['pieces_justificatives', 'messagerie', 'avis', 'dossier', 'horodatage']);

export type EntryPlace =
  | { kind: 'directory' }
  | { kind: 'errorList' }
  | { kind: 'attachment'; dossierId: string; path: string; fileName: string; category: AttachmentCategory }
  | { kind: 'outside'; reason: 'ignored_outside' };

export function placeOfEntry(name: string): EntryPlace {
  if (name.endsWith('/')) return { kind: 'directory' };
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  const last = parts.at(-1) ?? '';
  if (last === ERROR_LIST_FILE && parts.length <= 2) return { kind: 'errorList' };
  const k = parts.findIndex((p, i) => i <= 1 && /^dossier-[^/]+$/.test(p));
  if (k < 0 || parts.length <= k + 1) {
    return { kind: 'outside', reason: 'ignored_outside' };
  }
  const dossierId = parts[k]!.slice('dossier-'.length);
  const rel = parts.slice(k + 1);
  const path = rel.join('/');
  let category: AttachmentCategory = 'autre';
  if (rel.length === 1 && new RegExp(`^export-${escape(dossierId)}-.*\\.pdf$`, 'i').test(last)) category = 'dossier_pdf';
  else if (rel.length > 1 && FOLDERS.has(rel[0]!)) category = rel[0] as AttachmentCategory;
  return { kind: 'attachment', dossierId, path, fileName: last, category };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

/** By extension only: the bytes are never interpreted here, and the interface shows only PDFs itself. */
export function mediaTypeOf(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}
