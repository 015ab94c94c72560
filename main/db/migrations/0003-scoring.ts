import type { Migration } from './migration.ts';

/**
 * Scoring: the conflicts-of-interest register, the members' scores, eligibility results, the marks members set on
 * their sheet when they finish it (blind scoring), and the session's scoring settings.
 * Foreign keys without cascades: removing a member, dossier or criterion that scores rest on must be a decision taken
 * (and audited) by the application, never a silent side effect.
 */
export const scoring: Migration = {
  version: 3,
  name: 'scoring',
  up(db) {
    db.exec(`
      CREATE TABLE conflicts (
        member_id TEXT NOT NULL REFERENCES members (id),
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        reason TEXT NOT NULL,
        declared_at TEXT NOT NULL,
        PRIMARY KEY (member_id, dossier_id)
      ) STRICT;
      CREATE INDEX conflicts_dossier ON conflicts (dossier_id);

      CREATE TABLE scores (
        member_id TEXT NOT NULL REFERENCES members (id),
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        criterion_id TEXT NOT NULL REFERENCES criteria (id),
        value REAL NOT NULL,
        comment TEXT,
        -- Who typed the score: the member, or the secretariat on the member's behalf (dictation, paper sheet).
        entered_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (member_id, dossier_id, criterion_id)
      ) STRICT;
      -- The parent side of each foreign key needs an index on the child column, or every delete scans the table.
      CREATE INDEX scores_dossier ON scores (dossier_id);
      CREATE INDEX scores_criterion ON scores (criterion_id);

      CREATE TABLE eligibility_results (
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        check_id TEXT NOT NULL REFERENCES eligibility_checks (id),
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        note TEXT,
        decided_by TEXT,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (dossier_id, check_id)
      ) STRICT;
      CREATE INDEX eligibility_results_check ON eligibility_results (check_id);

      CREATE TABLE sheet_marks (
        member_id TEXT PRIMARY KEY REFERENCES members (id),
        marked_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE scoring_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        rank_by TEXT NOT NULL DEFAULT 'normalized' CHECK (rank_by IN ('normalized', 'raw')),
        blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
        divergence_threshold REAL NOT NULL DEFAULT 1 CHECK (divergence_threshold >= 0)
      ) STRICT;
      INSERT INTO scoring_settings (id) VALUES (1);
    `);
  },
};
