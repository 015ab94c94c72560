/**
 * The session file the application is working on. One at a time per process: opening another closes the first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../common/result.ts';
import type { SessionInfo } from '../../common/domain/types.ts';
import { openSessionDb, schemaVersion, type Db } from '../db/connection.ts';
import { latestSchemaVersion } from '../db/migrations/index.ts';
import { countRows, readSessionIdentity, writeSessionIdentity } from '../db/sessionRepo.ts';
import { projectVersion } from '../paths.ts';
import type { AuditAnchors, AuditWarning } from '../audit/auditAnchors.ts';
import { backupSession, checkedBackupPath, putBackupInPlace, type BackupEntry, type BackupReason } from '../backup/sessionBackups.ts';

export interface CurrentSessionOptions {
  /** Where this computer keeps the audit chain's anchors (the desktop's and web shell's user data). */
  anchors?: AuditAnchors;
}

export class CurrentSession {
  #db: Db | null = null;
  #path: string | null = null;
  #auditWarning: AuditWarning | null = null;
  #readOnlyAsked = false;
  readonly #anchors: AuditAnchors | null;

  constructor(options: CurrentSessionOptions = {}) {
    this.#anchors = options.anchors ?? null;
  }

  /** Records the audit chain's head outside the file (at a lock, an export, a close). */
  anchorAudit(reason: 'lock' | 'export' | 'close'): void {
    if (this.#db && !this.#db.readonly) this.#anchors?.record(this.#db, reason);
  }

  get isOpen(): boolean {
    return this.#db !== null;
  }

  /** The open session's database, or an error the user understands. */
  db(): Db {
    if (!this.#db) throw new AppError('session.no_session');
    return this.#db;
  }

  /** `readOnly`: never write the file (no migration, no backup; writes refused). Implied for a file not writable. */
  async open(path: string, options: { readOnly?: boolean } = {}): Promise<SessionInfo> {
    const db = await openSessionDb(resolve(path), { readOnly: options.readOnly });
    await this.#leave();
    this.#replace(db, resolve(path));
    this.#readOnlyAsked = options.readOnly === true;
    return this.info()!;
  }

  /** Creates a new, empty session file (refuses to overwrite an existing file). */
  async create(path: string, identity?: { title: string; programme: string; callName: string }): Promise<SessionInfo> {
    const full = resolve(path);
    if (existsSync(full)) {
      throw new AppError('session.exists', { path: full });
    }
    const db = await openSessionDb(full, { create: true });
    await this.#leave();
    writeSessionIdentity(
      db,
      { title: 'Nouvelle session', programme: '', callName: '', ...identity, createdAt: new Date().toISOString() },
      projectVersion(),
    );
    this.#replace(db, full);
    return this.info()!;
  }

  info(): SessionInfo | null {
    if (!this.#db || !this.#path) return null;
    const db = this.#db;
    const identity = readSessionIdentity(db);
    return {
      path: this.#path,
      title: identity?.title ?? '',
      programme: identity?.programme ?? '',
      callName: identity?.callName ?? '',
      schemaVersion: schemaVersion(db),
      dossiers: countRows(db, 'dossiers'),
      members: countRows(db, 'members'),
      criteria: countRows(db, 'criteria'),
      auditWarning: this.#auditWarning,
      readOnly: db.readonly,
      readOnlyReason: db.readonly ? (this.#readOnlyAsked ? 'asked' : 'not_writable') : null,
      latestSchemaVersion,
    };
  }

  /** The open session file's path, or an error the user understands. */
  path(): string {
    if (!this.#path) throw new AppError('session.no_session');
    return this.#path;
  }

  /** A checked copy of the open session, kept beside it (main/backup). A session opened read-only is never copied. */
  async backup(reason: BackupReason): Promise<BackupEntry> {
    const db = this.db();
    if (db.readonly) throw new AppError('session.read_only');
    return backupSession(db, this.path(), reason);
  }

  /**
   * Replaces the open session with one of its copies: the current state is copied aside first (so the restore can
   * be undone), the file closed, the copy put in place, and the session opened again.
   */
  async restore(fileName: string): Promise<SessionInfo> {
    const path = this.path();
    // A restore rewrites the file: refused before anything is checked or copied when the session is read-only.
    if (this.db().readonly) throw new AppError('session.read_only');
    const source = checkedBackupPath(path, fileName);
    await this.backup('restore');
    this.close();
    putBackupInPlace(path, source);
    return this.open(path);
  }

  /** Closes after taking a last copy (the desktop's quit, a switch to another session). */
  async closeWithBackup(): Promise<void> {
    if (this.#db && this.#path && !this.#db.readonly) {
      await this.backup('close');
      this.anchorAudit('close');
    }
    this.close();
  }

  close(): void {
    this.#db?.close();
    this.#db = null;
    this.#path = null;
    this.#readOnlyAsked = false;
  }

  /** Leaving the open session for another: a last copy and anchor of the one left, when this process keeps anchors. */
  async #leave(): Promise<void> {
    if (this.#anchors) await this.closeWithBackup();
  }

  #replace(db: Db, path: string): void {
    this.close();
    this.#db = db;
    this.#path = path;
    this.#auditWarning = this.#anchors?.check(db) ?? null;
    if (!this.#auditWarning && !db.readonly) this.#anchors?.anchorLock(db);
  }
}
