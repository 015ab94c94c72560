/** The imports log and the saved column mappings (migration 0002). */
import type { Db } from './connection.ts';
import type { ColumnMapping } from '../../common/import/fields.ts';
import type { SourceLayout } from '../../common/import/dsLayout.ts';
import type { ImportLogEntry, ImportReport, SavedMapping, SourceFormat } from '../../common/import/types.ts';

export interface NewImport {
  fileName: string;
  fileSize: number;
  sha256: string;
  format: SourceFormat;
  layout: SourceLayout;
  attachments: { fileName: string; size: number; sha256: string } | null;
  mapping: ColumnMapping;
  importedAt: string;
}

export function insertImport(db: Db, i: NewImport): number {
  const result = db
    .prepare(
      `INSERT INTO imports (file_name, file_size, file_sha256, format, layout, attachments_file_name, attachments_size,
         attachments_sha256, mapping, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      i.fileName, i.fileSize, i.sha256, i.format, i.layout, i.attachments?.fileName ?? null, i.attachments?.size ?? null,
      i.attachments?.sha256 ?? null, JSON.stringify(i.mapping), i.importedAt,
    );
  return Number(result.lastInsertRowid);
}

export function finishImport(db: Db, id: number, report: ImportReport): void {
  db.prepare(
    `UPDATE imports SET imported = ?, updated = ?, unchanged = ?, skipped = ?, rejected = ?, warnings = ?, report = ?
     WHERE id = ?`,
  ).run(
    report.imported, report.updated, report.unchanged, report.skipped, report.rejected.length, report.warnings.length,
    JSON.stringify(report), id,
  );
}

interface ImportRow {
  id: number;
  file_name: string;
  file_size: number;
  file_sha256: string;
  format: SourceFormat;
  layout: SourceLayout;
  attachments_file_name: string | null;
  imported_at: string;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  warnings: number;
}

export function listImports(db: Db): ImportLogEntry[] {
  const rows = db.prepare('SELECT * FROM imports ORDER BY id DESC').all() as ImportRow[];
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    fileSize: r.file_size,
    sha256: r.file_sha256,
    format: r.format,
    layout: r.layout,
    attachmentsFileName: r.attachments_file_name,
    importedAt: r.imported_at,
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    skipped: r.skipped,
    rejected: r.rejected,
    warnings: r.warnings,
  }));
}

interface MappingRow {
  name: string;
  mapping: string;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
}

const fromMappingRow = (r: MappingRow): SavedMapping => ({
  name: r.name,
  mapping: JSON.parse(r.mapping) as ColumnMapping,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastUsedAt: r.last_used_at,
});

/** Most recently used first: the order in which they are proposed. */
export function listMappings(db: Db): SavedMapping[] {
  const rows = db
    .prepare('SELECT * FROM import_mappings ORDER BY coalesce(last_used_at, updated_at) DESC, name')
    .all() as MappingRow[];
  return rows.map(fromMappingRow);
}

export function getMapping(db: Db, name: string): SavedMapping | null {
  const row = db.prepare('SELECT * FROM import_mappings WHERE name = ?').get(name) as MappingRow | undefined;
  return row ? fromMappingRow(row) : null;
}

export function saveMapping(db: Db, name: string, mapping: ColumnMapping, now = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO import_mappings (name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(name, JSON.stringify(mapping), now, now);
}

export function touchMapping(db: Db, name: string, now = new Date().toISOString()): void {
  db.prepare('UPDATE import_mappings SET last_used_at = ? WHERE name = ?').run(now, name);
}
