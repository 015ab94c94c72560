import type { Migration } from './migration.ts';

/**
 * Hardening (issue 12): an attachment's digest names its folder when the desktop opens a copy, so it must be what
 * it claims, 64 lower-case hexadecimal digits, in the file itself and not only in the code that writes it. SQLite
 * cannot add a CHECK to an existing table: `blobs` and `attachments` are rebuilt under the same names, rows copied
 * (https://www.sqlite.org/lang_altertable.html#otheralter; foreign keys are off meanwhile and checked before commit,
 * main/db/connection.ts). A row that breaks the rule makes the migration fail, and the file stays as it was.
 */
const HEX_DIGEST = (column: string) => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;

export const hardening: Migration = {
  version: 8,
  name: 'hardening',
  up(db) {
    const columns = (table: string) => (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ');
    const blobColumns = columns('blobs');
    const attachmentColumns = columns('attachments');
    db.exec(`
      CREATE TABLE blobs_new (
        sha256 TEXT PRIMARY KEY CHECK (${HEX_DIGEST('sha256')}),
        size INTEGER NOT NULL CHECK (size >= 0),
        data BLOB NOT NULL
      ) STRICT;
      INSERT INTO blobs_new (${blobColumns}) SELECT ${blobColumns} FROM blobs;
      DROP TABLE blobs;
      ALTER TABLE blobs_new RENAME TO blobs;

      CREATE TABLE attachments_new (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('dossier_pdf', 'pieces_justificatives', 'messagerie', 'avis', 'dossier', 'horodatage', 'autre')),
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL REFERENCES blobs (sha256) CHECK (${HEX_DIGEST('sha256')}),
        import_id INTEGER REFERENCES imports (id),
        added_at TEXT NOT NULL,
        UNIQUE (dossier_id, path)
      ) STRICT;
      INSERT INTO attachments_new (${attachmentColumns}) SELECT ${attachmentColumns} FROM attachments;
      DROP TABLE attachments;
      ALTER TABLE attachments_new RENAME TO attachments;
      CREATE INDEX attachments_sha256 ON attachments (sha256);
    `);
  },
};
