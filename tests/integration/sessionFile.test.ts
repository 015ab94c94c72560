import { messageText } from '../../common/i18n/translateMessage.ts';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../common/result.ts';
import { openSessionDb, type Db } from '../../main/db/connection.ts';
import { latestSchemaVersion, migrations, type Migration } from '../../main/db/migrations/index.ts';
import { appendAudit, verifyAuditChain } from '../../main/audit/auditLog.ts';

let dir: string;
const opened: Db[] = [];
const open = async (...args: Parameters<typeof openSessionDb>) => {
  const db = await openSessionDb(...args);
  opened.push(db);
  return db;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-db-'));
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a rejection');
}

describe('a new session file', () => {
  it('is migrated from empty to the latest schema, with STRICT tables', async () => {
    const db = await open(join(dir, 's.comitia'), { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const tables = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`).all() as {
      name: string;
      strict: number;
    }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['session', 'dossiers', 'members', 'criteria', 'audit_log']));
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
  });

  it('runs with WAL, synchronous FULL, foreign keys and a busy timeout', async () => {
    const db = await open(join(dir, 's.comitia'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('is refused when missing and creation was not asked', async () => {
    const error = await rejection(openSessionDb(join(dir, 'absent.comitia')));
    expect(error.code).toBe('session.file_missing');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('opening an existing file', () => {
  it('refuses a file written by a newer version, leaving it untouched', async () => {
    const path = join(dir, 'newer.comitia');
    const db = await open(path, { create: true });
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const before = readFileSync(path);
    const error = await rejection(openSessionDb(path));
    expect(error.code).toBe('session.newer_version');
    expect(messageText(error)).toContain('version plus récente');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an SQLite file that is not a Comitia session, and a file that is not SQLite', async () => {
    const other = join(dir, 'other.comitia');
    const raw = new Database(other);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect((await rejection(openSessionDb(other))).code).toBe('session.not_comitia');
    const text = join(dir, 'text.comitia');
    writeFileSync(text, 'ceci n’est pas une base de données, mais un texte assez long pour en avoir l’air.'.repeat(20));
    expect((await rejection(openSessionDb(text))).code).toBe('session.not_a_session');
  });

  it('backs the file up before migrating it, and the backup holds the old version', async () => {
    const path = join(dir, 'old.comitia');
    const v1 = migrations.filter((m) => m.version === 1);
    const db = await open(path, { create: true, migrations: v1 });
    db.prepare(`INSERT INTO members (id, name, institution, role, position) VALUES ('m1', 'Hélène Dupré', 'DAECT', 'chair', 0)`).run();
    db.close();
    const extra: Migration = {
      version: latestSchemaVersion + 1,
      name: 'test-step',
      up: (d) => d.exec('CREATE TABLE test_step (x INTEGER) STRICT'),
    };
    const backups: string[] = [];
    const migrated = await open(path, { migrations: [...migrations, extra], onBackup: (p) => backups.push(p) });
    expect(migrated.pragma('user_version', { simple: true })).toBe(extra.version);
    expect(backups).toHaveLength(1);
    const backup = new Database(backups[0]!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM members').pluck().get()).toBe('Hélène Dupré');
    backup.close();
  });

  it('rolls a failing migration back whole, keeping the previous version', async () => {
    const path = join(dir, 'fail.comitia');
    (await open(path, { create: true })).close();
    const broken: Migration = {
      version: latestSchemaVersion + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    await expect(openSessionDb(path, { migrations: [...migrations, broken] })).rejects.toThrow('boom');
    const db = await open(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'`).pluck().get()).toBe(0);
  });
});

describe('migrating in one step', () => {
  it('rolls every pending step back when a later one fails: the file stays at its old version, never between two', async () => {
    const path = join(dir, 'between.comitia');
    (await open(path, { create: true, migrations: migrations.slice(0, 4) })).close();
    const broken: Migration = { version: latestSchemaVersion + 1, name: 'broken', up: () => { throw new Error('boom'); } };
    await expect(openSessionDb(path, { migrations: [...migrations, broken] })).rejects.toThrow('boom');
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(4);
    // A table the later steps create (migration 5, the deliberation) is not there either.
    expect(raw.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'session_lock'`).pluck().get()).toBe(0);
    raw.close();
  });
});

describe('the audit chain', () => {
  it('verifies an intact chain and finds the first row that was tampered with', async () => {
    const db = await open(join(dir, 'audit.comitia'), { create: true });
    appendAudit(db, 'score.set', { member: 'm1', dossier: '1', value: 2 }, 'm1');
    appendAudit(db, 'score.set', { member: 'm2', dossier: '1', value: 3 }, 'm2');
    appendAudit(db, 'conflict.declared', { member: 'm3', dossier: '1' }, 'secretariat');
    expect(verifyAuditChain(db)).toBeNull();
    db.prepare(`UPDATE audit_log SET payload = '{"member":"m2","dossier":"1","value":1}' WHERE seq = 2`).run();
    expect(verifyAuditChain(db)).toBe(2);
  });

  it('notices a deleted row', async () => {
    const db = await open(join(dir, 'audit2.comitia'), { create: true });
    for (let i = 0; i < 3; i += 1) appendAudit(db, 'note', { i });
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(db)).toBe(3);
  });
});
