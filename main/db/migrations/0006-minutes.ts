import type { Migration } from './migration.ts';

/**
 * The signed minutes (issue 10), versioned inside the session file: each generation is a new `minutes` row (version
 * n, never overwritten: earlier versions are kept), with the annexes chosen, whether the session was locked, the
 * fingerprint and audit head it printed, and the PDF itself. Each signature makes a new `minutes_signatures` row
 * holding the whole signed file at that step (step 1 the chair's, step 2 the secretary's, each an incremental update
 * of the previous state), with the signer's subject, role and signing time. Passwords are never stored.
 *
 * Version 6: 0005 is the deliberation's (issue 9, another branch); a gap in the numbers is allowed.
 */
export const minutesSchema: Migration = {
  version: 6,
  name: 'minutes',
  up(db) {
    db.exec(`
      CREATE TABLE minutes (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        created_at TEXT NOT NULL,
        created_by TEXT,
        -- JSON {attendanceSheet, individualGrids, anonymised, agreement, auditHead}.
        annexes TEXT NOT NULL,
        locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
        fingerprint TEXT NOT NULL,
        audit_seq INTEGER,
        audit_head TEXT,
        pages INTEGER NOT NULL,
        pdf BLOB NOT NULL
      ) STRICT;
      CREATE TABLE minutes_signatures (
        version INTEGER NOT NULL REFERENCES minutes (version),
        step INTEGER NOT NULL CHECK (step >= 1),
        role TEXT NOT NULL CHECK (role IN ('chair', 'secretary')),
        signer TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        self_issued INTEGER NOT NULL CHECK (self_issued IN (0, 1)),
        pdf BLOB NOT NULL,
        PRIMARY KEY (version, step)
      ) STRICT;
    `);
  },
};
