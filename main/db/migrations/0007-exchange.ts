import type { Migration } from './migration.ts';

/**
 * Offline review (issue 11). On the secretariat's side: the session's exchange identity (a random id that packages
 * and returns name), the packages issued (member, public key of the pair made for them, date, sequence), the returns
 * imported, the cells where a return and a later session-side entry disagree (kept until the secretariat chooses),
 * and the scores of pairs recused by a declaration arriving in a return (kept apart, never counted). On the
 * member's side: the `member_mode` row that makes a file a member's own scoring file.
 * The ids of members, dossiers and criteria in the conflict and withheld tables carry no foreign keys: they are a
 * record of what arrived, and must not stop the secretariat from removing a criterion or a dossier.
 */
export const exchange: Migration = {
  version: 7,
  name: 'exchange',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        session_uuid TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE issued_packages (
        package_id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members (id),
        public_key TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        sequence INTEGER NOT NULL UNIQUE CHECK (sequence > 0),
        dossiers INTEGER NOT NULL CHECK (dossiers >= 0)
      ) STRICT;
      CREATE INDEX issued_packages_member ON issued_packages (member_id);

      CREATE TABLE imported_returns (
        return_id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL REFERENCES issued_packages (package_id),
        sequence INTEGER NOT NULL CHECK (sequence > 0),
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        report TEXT NOT NULL CHECK (json_valid(report))
      ) STRICT;
      CREATE INDEX imported_returns_package ON imported_returns (package_id, sequence);

      CREATE TABLE return_conflicts (
        member_id TEXT NOT NULL,
        dossier_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        return_id TEXT NOT NULL REFERENCES imported_returns (return_id),
        session_value REAL NOT NULL,
        session_comment TEXT,
        session_at TEXT NOT NULL,
        return_value REAL NOT NULL,
        return_comment TEXT,
        return_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'member', 'session')),
        resolved_at TEXT,
        resolved_by TEXT,
        PRIMARY KEY (member_id, dossier_id, criterion_id)
      ) STRICT;
      CREATE INDEX return_conflicts_return ON return_conflicts (return_id);

      CREATE TABLE withheld_scores (
        member_id TEXT NOT NULL,
        dossier_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        value REAL NOT NULL,
        comment TEXT,
        at TEXT NOT NULL,
        return_id TEXT NOT NULL REFERENCES imported_returns (return_id),
        PRIMARY KEY (member_id, dossier_id, criterion_id)
      ) STRICT;
      CREATE INDEX withheld_scores_return ON withheld_scores (return_id);

      CREATE TABLE member_mode (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        member_id TEXT NOT NULL REFERENCES members (id),
        package_id TEXT NOT NULL,
        session_uuid TEXT NOT NULL,
        private_key TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        return_sequence INTEGER NOT NULL DEFAULT 0 CHECK (return_sequence >= 0)
      ) STRICT;
    `);
  },
};
