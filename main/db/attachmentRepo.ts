/**
 * Attachments: metadata rows linked to dossiers, bytes stored once per SHA-256 in `blobs`. Bytes never travel
 * through the JSON API: readAttachmentBytes serves the shells' byte routes (HTTP for the web shell, a custom
 * protocol or a safe temporary copy for the desktop).
 */
import type { Db } from './connection.ts';
import { cachedStatement } from './statementCache.ts';
import type { AttachmentCategory, AttachmentFile, AttachmentInfo } from '../../common/import/types.ts';

interface AttachmentRow {
  id: number;
  dossier_id: string;
  path: string;
  file_name: string;
  category: AttachmentCategory;
  media_type: string;
  size: number;
  sha256: string;
  added_at: string;
}

const fromRow = (r: AttachmentRow): AttachmentInfo => ({
  id: r.id,
  dossierId: r.dossier_id,
  path: r.path,
  fileName: r.file_name,
  category: r.category,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  addedAt: r.added_at,
});

export function hasBlob(db: Db, sha256: string): boolean {
  return cachedStatement(db, 'SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256) !== undefined;
}

export function insertBlob(db: Db, sha256: string, data: Buffer): void {
  cachedStatement(db, 'INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(sha256, data.length, data);
}

export interface NewAttachment extends AttachmentFile {
  importId: number;
  addedAt: string;
}

/** The attachment at this path of this dossier, if any (to tell new, replaced and unchanged files apart). */
export function findAttachment(db: Db, dossierId: string, path: string): AttachmentInfo | null {
  const row = cachedStatement(db, 'SELECT * FROM attachments WHERE dossier_id = ? AND path = ?').get(dossierId, path) as
    | AttachmentRow
    | undefined;
  return row ? fromRow(row) : null;
}

export function upsertAttachment(db: Db, a: NewAttachment): void {
  cachedStatement(
    db,
    `INSERT INTO attachments (dossier_id, path, file_name, category, media_type, size, sha256, import_id, added_at)
     VALUES (@dossierId, @path, @fileName, @category, @mediaType, @size, @sha256, @importId, @addedAt)
     ON CONFLICT (dossier_id, path) DO UPDATE SET file_name = excluded.file_name, category = excluded.category,
       media_type = excluded.media_type, size = excluded.size, sha256 = excluded.sha256,
       import_id = excluded.import_id, added_at = excluded.added_at`,
  ).run(a);
}

/** Removes stored bytes no attachment points to any more (a file replaced by a newer export). */
export function deleteOrphanBlobs(db: Db): number {
  return cachedStatement(db, 'DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)').run().changes;
}

export function listAttachments(db: Db, dossierId: string): AttachmentInfo[] {
  const rows = db
    .prepare(`SELECT * FROM attachments WHERE dossier_id = ? ORDER BY category = 'dossier_pdf' DESC, path`)
    .all(dossierId) as AttachmentRow[];
  return rows.map(fromRow);
}

export function getAttachment(db: Db, id: number): AttachmentInfo | null {
  const row = cachedStatement(db, 'SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  return row ? fromRow(row) : null;
}

/** The bytes of an attachment with its metadata, or null. For the shells' byte routes, never for the JSON API. */
export function readAttachmentBytes(db: Db, id: number): { info: AttachmentInfo; data: Buffer } | null {
  const info = getAttachment(db, id);
  if (!info) return null;
  const data = cachedStatement(db, 'SELECT data FROM blobs WHERE sha256 = ?').pluck().get(info.sha256) as Buffer | undefined;
  return data ? { info, data } : null;
}
