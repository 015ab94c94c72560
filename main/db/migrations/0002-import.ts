import type { Migration } from './migration.ts';

/**
 * Import (issue #3): the log of imported files, the saved column mappings, attachments stored once per content
 * (SHA-256) and linked to dossiers, each dossier's change history, the expert opinions of the `Avis` sheet, and the
 * mark on dossiers whose content changed after the committee started scoring them.
 */
export const importSchema: Migration = {
  version: 2,
  name: 'import',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_size INTEGER NOT NULL CHECK (file_size >= 0),
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        format TEXT NOT NULL CHECK (format IN ('xlsx', 'csv')),
        layout TEXT NOT NULL CHECK (layout IN ('ds-2022', 'ds-2024', 'ds', 'tableur')),
        attachments_file_name TEXT,
        attachments_size INTEGER,
        attachments_sha256 TEXT,
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        imported_at TEXT NOT NULL,
        imported INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        warnings INTEGER NOT NULL DEFAULT 0,
        -- The full report (rows rejected and warned, with their reasons) as the user saw it.
        report TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(report))
      ) STRICT;

      CREATE TABLE import_mappings (
        name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_used_at TEXT
      ) STRICT;

      -- Content-addressed: the same file attached twice (or re-imported) is stored once.
      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        data BLOB NOT NULL
      ) STRICT;

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        file_name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('dossier_pdf', 'pieces_justificatives', 'messagerie', 'avis', 'dossier', 'horodatage', 'autre')),
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL REFERENCES blobs (sha256),
        import_id INTEGER REFERENCES imports (id),
        added_at TEXT NOT NULL,
        UNIQUE (dossier_id, path)
      ) STRICT;
      CREATE INDEX attachments_sha256 ON attachments (sha256);

      CREATE TABLE dossier_history (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        import_id INTEGER NOT NULL REFERENCES imports (id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('created', 'updated')),
        -- [{"field": ..., "before": ..., "after": ...}]
        changes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
      ) STRICT;
      CREATE INDEX dossier_history_dossier ON dossier_history (dossier_id, id);

      CREATE TABLE avis (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        introduction TEXT,
        answer TEXT,
        question TEXT,
        answer_yes_no INTEGER CHECK (answer_yes_no IN (0, 1)),
        created_at TEXT,
        answered_at TEXT,
        instructeur TEXT,
        expert TEXT,
        import_id INTEGER NOT NULL REFERENCES imports (id)
      ) STRICT;
      CREATE INDEX avis_dossier ON avis (dossier_id, position);

      -- Set by an import that changes an already-scored dossier; cleared when the committee acknowledges it.
      ALTER TABLE dossiers ADD COLUMN changed_after_scoring_at TEXT;
      ALTER TABLE dossiers ADD COLUMN last_import_id INTEGER REFERENCES imports (id);
    `);
  },
};
