/**
 * Opening a session file: pragmas, version checks, backup, migrations.
 * https://sqlite.org/pragma.html, https://sqlite.org/wal.html, https://sqlite.org/stricttables.html
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupFolder, backupSession } from '../backup/sessionBackups.ts';
import { AppError } from '../../common/result.ts';
import { migrations as allMigrations, type Migration } from './migrations/index.ts';
import { schemaDifference } from './schemaCheck.ts';
import { cachedStatement } from './statementCache.ts';

export type Db = Database.Database;

export const COMITIA_APPLICATION_ID = 0x436f6d69;

export interface OpenOptions {
  /** Create the file when it does not exist (otherwise a missing file is an error). */
  create?: boolean;
  /** Called before migrating an existing file, with the path of the backup made. */
  onBackup?: (backupPath: string) => void;
  /** The schema steps to apply; the application's own by default (tests pass their own). */
  migrations?: readonly Migration[];
  /**
   * Open without ever writing: no migration (an older schema stays as it is), no backup, every write refused by
   * SQLite (SQLITE_READONLY, `session.read_only`: main/db/sqliteFailure.ts). Implied when the file is not writable.
   */
  readOnly?: boolean;
}

/** False when this process may not write the file (a read-only medium, a file without write permission). */
export function isWritableFile(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A read-only connection to a file in WAL mode creates its `-wal` and `-shm` when it can (https://sqlite.org/wal.html,
 * "Read-Only Databases") and, unable to checkpoint, leaves them behind. When they were not there before, a read-write
 * connection opened and closed once removes them the way SQLite always does (the last connection to close deletes
 * them under its own locks), without writing a byte of the file itself: describing a file leaves nothing behind.
 */
function tidyAfterReadOnly(path: string, hadWal: boolean): void {
  if (hadWal || !existsSync(`${path}-wal`) || !isWritableFile(path)) return;
  try {
    const tidy = new Database(path, { fileMustExist: true });
    tidy.pragma('user_version', { simple: true });
    tidy.close();
  } catch {
    // Best effort: the files are SQLite's own and harmless.
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed decision survives a power cut, at the price of an fsync per transaction.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Opens (or creates) a session file and brings its schema to the latest version. */
export async function openSessionDb(path: string, options: OpenOptions = {}): Promise<Db> {
  if (!options.create && !existsSync(path)) {
    throw new AppError('session.file_missing', { path });
  }
  const migrations = options.migrations ?? allMigrations;
  const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
  let db: Db;
  let version: number;
  let appId: number;
  const readOnly = options.readOnly === true || (!options.create && !isWritableFile(path));
  const hadWal = existsSync(`${path}-wal`);
  let opening: Db | null = null;
  try {
    if (readOnly) {
      db = opening = new Database(path, { readonly: true, fileMustExist: true });
      // Wrapped so that every close, the caller's or ours after a refusal, tidies up (tidyAfterReadOnly).
      const close = db.close.bind(db);
      db.close = () => {
        close();
        tidyAfterReadOnly(path, hadWal);
        return db;
      };
    } else {
      db = opening = new Database(path, { fileMustExist: !options.create });
    }
    // Functions and virtual tables called from the file's own schema (triggers, views) are refused before anything
    // else runs: the file is untrusted input. https://sqlite.org/pragma.html#pragma_trusted_schema
    db.pragma('trusted_schema = OFF');
    version = db.pragma('user_version', { simple: true }) as number;
    appId = db.pragma('application_id', { simple: true }) as number;
  } catch (cause) {
    // db may be half-open (a file that is not a database fails at its first read).
    try {
      opening?.close();
    } catch {
      // Nothing more to release.
    }
    throw new AppError('session.not_a_session', { path, detail: (cause as Error).message });
  }
  try {
    if (version > latestSchemaVersion) {
      throw new AppError('session.newer_version', { path, version, supported: latestSchemaVersion });
    }
    const isEmpty = version === 0 && db.prepare('SELECT count(*) AS n FROM sqlite_schema').pluck().get() === 0;
    if (!isEmpty && appId !== COMITIA_APPLICATION_ID) {
      throw new AppError('session.not_comitia', { path });
    }
    if (version < 0) throw new AppError('session.bad_version', { path, version });
    if (!isEmpty) {
      // Before any backup, migration or query of a table: the schema must be exactly ours at this version.
      const difference = schemaDifference(db, migrations, version);
      if (difference) {
        throw new AppError(
          'session.schema_tampered',
          { path, objects: [...difference.unexpected, ...difference.missing.map((m) => `−${m}`)].slice(0, 8).join(', ') },
          difference,
        );
      }
    }
    if (readOnly) {
      // No journal mode change (a write), no backup, no migration: the file is described at its own version.
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      return db;
    }
    applyPragmas(db);
    if (version < latestSchemaVersion) {
      if (!isEmpty) {
        const copy = await backupSession(db, path, 'migration');
        options.onBackup?.(join(backupFolder(path), copy.fileName));
      }
      migrate(db, migrations, version);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs the pending migrations in one transaction, which also sets user_version: a process killed while migrating
 * leaves the file at its old version, intact, or at the new one, never between two steps (a file at an
 * intermediate version would be one no release ever wrote). Foreign keys are off meanwhile and checked after each
 * step: that is SQLite's procedure for rebuilding a table that others reference (a CHECK cannot be altered in place;
 * https://www.sqlite.org/lang_altertable.html#otheralter), and the pragma has no effect inside a transaction.
 */
function migrate(db: Db, migrations: readonly Migration[], from: number): void {
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of migrations) {
        if (m.version <= from) continue;
        m.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new Error(`migration ${m.version} (${m.name}) breaks ${broken.length} foreign keys`);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * A value that changes whenever the file's content may have: rows written through this connection
 * (`total_changes()`, triggers included) or a commit by any other connection, another process included
 * (`PRAGMA data_version`). What is derived from the file can be kept while it stays the same
 * (main/scoring/scoringSnapshot.ts).
 */
export function changeStamp(db: Db): string {
  const changes = cachedStatement(db, 'SELECT total_changes()').pluck().get() as number;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}
