import type { Migration } from './migration.ts';

/**
 * Import messages as codes (issue 8): each dossier's warnings become `{column, code, params}` objects instead of
 * French sentences (`"<column> : <reason>"`), and the imports log accepts ODS sources. A sentence written by an
 * earlier version is kept whole as `import.legacy` (`params.text`), its column split off; the "changed after
 * scoring" sentence becomes its own code with its date and fields. The mark itself was always the
 * `changed_after_scoring_at` column. `imports` is rebuilt because SQLite cannot alter a CHECK in place (the
 * migration runs with foreign keys off, checked before commit: main/db/connection.ts).
 */
const CHANGED = /^Modifié après le début de la notation \(import du (\d{2}\/\d{2}\/\d{4})\) : (.*?)\.?$/s;

interface StoredWarning {
  column: string | null;
  code: string;
  params?: Record<string, string>;
}

export function warningFromSentence(text: string): StoredWarning {
  const changed = CHANGED.exec(text);
  if (changed) return { column: null, code: 'import.changed_after_scoring', params: { date: changed[1]!, fields: changed[2]! } };
  const cut = text.indexOf(' : ');
  if (cut > 0) return { column: text.slice(0, cut), code: 'import.legacy', params: { text: text.slice(cut + 3) } };
  return { column: null, code: 'import.legacy', params: { text } };
}

export const importCodes: Migration = {
  version: 4,
  name: 'import-codes',
  up(db) {
    const rows = db.prepare(`SELECT id, warnings FROM dossiers WHERE warnings <> '[]'`).all() as { id: string; warnings: string }[];
    const update = db.prepare('UPDATE dossiers SET warnings = ? WHERE id = ?');
    for (const row of rows) {
      const list = JSON.parse(row.warnings) as unknown[];
      const converted = list.map((w) => (typeof w === 'string' ? warningFromSentence(w) : w));
      update.run(JSON.stringify(converted), row.id);
    }
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('imports')`).pluck().all() as string[]).join(', ');
    db.exec(`
      CREATE TABLE imports_new (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_size INTEGER NOT NULL CHECK (file_size >= 0),
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        format TEXT NOT NULL CHECK (format IN ('xlsx', 'ods', 'csv')),
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
        -- The full report (rows rejected and warned, with their message codes) as the user saw it.
        report TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(report))
      ) STRICT;
      INSERT INTO imports_new (${columns}) SELECT ${columns} FROM imports;
      DROP TABLE imports;
      ALTER TABLE imports_new RENAME TO imports;
    `);
  },
};
