/**
 * A session file is untrusted input: crafted schema objects are refused on open, before any query or backup, and
 * the file is left as it came.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../common/i18n/translateMessage.ts';
import { AppError } from '../../common/result.ts';
import { backupFolder } from '../../main/backup/sessionBackups.ts';
import { openSessionDb } from '../../main/db/connection.ts';
import { populateDemoSession } from '../../main/demo/demoSession.ts';

let dir: string;
let pristine: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-hostile-'));
  pristine = join(dir, 'pristine.comitia');
  const db = await openSessionDb(pristine, { create: true });
  populateDemoSession(db, { seed: 3 });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});

let n = 0;
/** A copy of the demo file altered with raw SQL, as someone with a hex editor or sqlite3 would. */
function crafted(sql: string, pragmas: string[] = []): string {
  n += 1;
  const path = join(dir, `crafted-${n}.comitia`);
  copyFileSync(pristine, path);
  const raw = new Database(path);
  raw.exec(sql);
  for (const p of pragmas) raw.pragma(p);
  raw.pragma('journal_mode = DELETE');
  raw.close();
  return path;
}

async function refusal(path: string): Promise<AppError> {
  try {
    const db = await openSessionDb(path);
    db.close();
  } catch (error) {
    return error as AppError;
  }
  throw new Error(`${path} was opened`);
}

describe('opening a crafted session file', () => {
  it('opens the pristine file', async () => {
    const db = await openSessionDb(pristine);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
  });

  it.each([
    ['a trigger that rewrites a score behind the audit log', "CREATE TRIGGER t_rewrite AFTER INSERT ON scores BEGIN UPDATE scores SET value = 0 WHERE rowid = new.rowid; END;", 'trigger t_rewrite'],
    ['a trigger that deletes audit rows', 'CREATE TRIGGER t_erase AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE seq = new.seq - 1; END;', 'trigger t_erase'],
    ['a trigger calling load_extension', "CREATE TRIGGER t_ext BEFORE INSERT ON scores BEGIN SELECT load_extension('/tmp/evil.so'); END;", 'trigger t_ext'],
    ['an extra index', 'CREATE INDEX i_extra ON dossiers (name);', 'index i_extra'],
    ['an extra table', 'CREATE TABLE notes_evil (x TEXT);', 'table notes_evil'],
  ])('refuses %s, naming it, and leaves no backup', async (_what, sql, named) => {
    const path = crafted(sql);
    const before = readFileSync(path);
    const error = await refusal(path);
    expect(error.code).toBe('session.schema_tampered');
    expect(messageText(error)).toContain(named);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(backupFolder(path))).toBe(false);
  });

  it('refuses a view standing in for a table with an endless recursive query, without running it', async () => {
    const path = crafted(
      'DROP TABLE IF EXISTS imports_evil; ALTER TABLE dossiers RENAME TO dossiers_real; ' +
        'CREATE VIEW dossiers AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT * FROM r;',
    );
    const started = Date.now();
    const error = await refusal(path);
    expect(error.code).toBe('session.schema_tampered');
    expect(messageText(error)).toContain('view dossiers');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a negative or zeroed schema version on a file with tables', async () => {
    expect((await refusal(crafted('', ['user_version = -1']))).code).toBe('session.bad_version');
    expect((await refusal(crafted('', ['user_version = 0']))).code).toBe('session.schema_tampered');
  });
});
