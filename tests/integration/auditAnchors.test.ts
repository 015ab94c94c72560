/**
 * The audit chain anchored outside the file: a chain rewritten with recomputed hashes, or cut, verifies on its own,
 * but no longer reaches the head this computer recorded at the last close, and the session says so when opened.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { messageText } from '../../common/i18n/translateMessage.ts';
import { createApi } from '../../main/api.ts';
import { AuditAnchors } from '../../main/audit/auditAnchors.ts';
import { verifyAuditChain } from '../../main/audit/auditLog.ts';
import { listBackups } from '../../main/backup/sessionBackups.ts';
import { CurrentSession } from '../../main/session/currentSession.ts';
import { SettingsStore } from '../../main/settings/userSettings.ts';
import { scorableCells } from '../fixtures/crash/cells.ts';

let dir: string;
let path: string;
let anchors: AuditAnchors;

/** An attacker's own computation of the chain (JSON array of the fields, SHA-256), to rewrite it consistently. */
function rehash(db: Database.Database, fromSeq: number): void {
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(fromSeq) as {
    seq: number; at: string; actor: string | null; action: string; payload: string; prev_hash: string;
  }[];
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(fromSeq - 1) as string | undefined) ?? '0'.repeat(64);
  for (const r of rows) {
    const hash = createHash('sha256').update(JSON.stringify([r.seq, r.at, r.actor, r.action, r.payload, prev])).digest('hex');
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
    prev = hash;
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-anchors-'));
  path = join(dir, 'session.comitia');
  anchors = new AuditAnchors(join(dir, 'user-data', 'audit-anchors.json'));
  const session = new CurrentSession({ anchors });
  const api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  expect((await api.invoke('sessionCreate', { path, demo: true })).ok).toBe(true);
  const cells = await scorableCells(api);
  for (const [i, cell] of cells.slice(0, 6).entries()) expect((await api.invoke('scoreSet', { ...cell, value: i % 4 })).ok).toBe(true);
  await session.closeWithBackup();
});

async function reopen(): Promise<CurrentSession> {
  const session = new CurrentSession({ anchors });
  await session.open(path);
  return session;
}

function tamper(edit: (db: Database.Database) => void): void {
  const raw = new Database(path);
  edit(raw);
  raw.close();
}

describe('audit anchors', () => {
  it('leaving a session for another takes a last copy of it and anchors its chain', async () => {
    const session = await reopen();
    const before = listBackups(path).length;
    const other = join(dir, 'other.comitia');
    await session.create(other);
    expect(listBackups(path).length).toBe(before + 1);
    expect(listBackups(path)[0]!.reason).toBe('close');
    session.close();
  });

  it('a file untouched since this computer closed it opens without warning', async () => {
    const session = await reopen();
    expect(session.info()!.auditWarning).toBeNull();
    session.close();
  });

  it('a score edited with the chain recomputed verifies, but is flagged as rewritten', async () => {
    tamper((db) => {
      const row = db.prepare("SELECT seq, payload FROM audit_log WHERE action LIKE 'score.%' ORDER BY seq LIMIT 1").get() as { seq: number; payload: string };
      const payload = JSON.parse(row.payload) as Record<string, unknown>;
      db.prepare('UPDATE audit_log SET payload = ? WHERE seq = ?').run(JSON.stringify({ ...payload, value: 3 }), row.seq);
      rehash(db, row.seq);
      expect(verifyAuditChain(db)).toBeNull();
    });
    const session = await reopen();
    const warning = session.info()!.auditWarning!;
    expect(warning.code).toBe('session.audit_rewritten');
    expect(messageText(warning)).toContain('réécrit ailleurs');
    session.close();
  });

  it('a chain cut of its last rows is flagged', async () => {
    tamper((db) => db.prepare('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)').run());
    const session = await reopen();
    expect(session.info()!.auditWarning?.code).toBe('session.audit_rewritten');
    session.close();
  });

  it('a row edited without recomputing is a broken chain, named by its entry', async () => {
    tamper((db) => db.prepare("UPDATE audit_log SET actor = 'quelqu’un' WHERE seq = 2").run());
    const session = await reopen();
    expect(session.info()!.auditWarning).toEqual({ code: 'session.audit_chain_broken', params: { seq: 2 } });
    session.close();
  });

  it('another computer (no anchor) cannot tell a rewritten copy: the limit of an unkeyed chain, stated here', async () => {
    const copy = join(dir, 'copy.comitia');
    tamper((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)').run();
    });
    copyFileSync(path, copy);
    const elsewhere = new CurrentSession({ anchors: new AuditAnchors(join(dir, 'other-computer', 'anchors.json')) });
    await elsewhere.open(copy);
    expect(elsewhere.info()!.auditWarning).toBeNull();
    elsewhere.close();
  });
});
