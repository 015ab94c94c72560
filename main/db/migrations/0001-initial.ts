import type { Migration } from './migration.ts';

/** First schema: the session's identity, dossiers, the committee, the scoring grid, and the audit chain. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        programme TEXT NOT NULL,
        call_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by_version TEXT NOT NULL
      ) STRICT;

      CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        echelon TEXT NOT NULL CHECK (echelon IN ('region', 'departement', 'epci', 'commune', 'autre')),
        insee TEXT,
        siren TEXT,
        departement TEXT,
        region TEXT,
        outre_mer INTEGER NOT NULL DEFAULT 0 CHECK (outre_mer IN (0, 1)),
        population INTEGER,
        referent TEXT,
        email TEXT,
        profile INTEGER CHECK (profile IN (1, 2, 3)),
        first_time_international INTEGER CHECK (first_time_international IN (0, 1)),
        first_time_volunteering INTEGER CHECK (first_time_volunteering IN (0, 1)),
        countries TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(countries)),
        priority_country INTEGER NOT NULL DEFAULT 0 CHECK (priority_country IN (0, 1)),
        partner_authority TEXT,
        schemes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schemes)),
        missions_sending INTEGER,
        missions_hosting INTEGER,
        missions_sci INTEGER,
        missions_vsi INTEGER,
        narrative TEXT,
        state TEXT NOT NULL CHECK (state IN ('brouillon', 'en_construction', 'en_instruction', 'accepte', 'refuse', 'sans_suite')),
        deposited_at TEXT,
        extra_fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra_fields)),
        warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossiers_name ON dossiers (name);

      CREATE TABLE members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        institution TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary', 'observer')),
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE grid (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        scale_min REAL NOT NULL,
        scale_max REAL NOT NULL,
        scale_step REAL NOT NULL CHECK (scale_step > 0),
        tie_break TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tie_break)),
        CHECK (scale_max > scale_min)
      ) STRICT;

      CREATE TABLE criteria (
        id TEXT PRIMARY KEY,
        section TEXT,
        label TEXT NOT NULL,
        description TEXT,
        weight REAL NOT NULL CHECK (weight >= 0),
        scale_min REAL,
        scale_max REAL,
        scale_step REAL CHECK (scale_step IS NULL OR scale_step > 0),
        levels TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(levels)),
        position INTEGER NOT NULL,
        CHECK ((scale_min IS NULL) = (scale_max IS NULL) AND (scale_min IS NULL) = (scale_step IS NULL))
      ) STRICT;

      CREATE TABLE eligibility_checks (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        description TEXT,
        position INTEGER NOT NULL
      ) STRICT;

      -- Hash-chained: each row stores SHA-256 over its own content and the previous row's hash.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT,
        action TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
    `);
    // Marks the file as a Comitia session so that other SQLite files are refused ("Comi" in ASCII).
    db.pragma('application_id = 0x436f6d69');
  },
};
