/**
 * A lock and its anchor cannot be one atomic step (the anchor lives outside the file, main/audit/auditAnchors.ts):
 * a process killed between the lock's commit and the anchor's write leaves a locked session this computer has not
 * anchored. The next open on this computer anchors it, once the chain was found intact; never over a warning.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AuditAnchors, sessionKey } from '../../../main/audit/auditAnchors.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { lastAuditSeq } from '../../../main/db/auditRepo.ts';
import { lockSession } from '../../../main/deliberation/lock.ts';
import { populateDemoSession } from '../../../main/demo/demoSession.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';

async function lockedWithoutAnchor(): Promise<{ path: string; anchorsFile: string; lockSeq: number; key: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'comitia-lock-anchor-'));
  const path = join(dir, 'session.comitia');
  const db = await openSessionDb(path, { create: true });
  populateDemoSession(db, { seed: 4 });
  // What the handler does up to the kill: the lock commits; the anchor (and the backup) never come.
  lockSession(db, null);
  const lockSeq = lastAuditSeq(db, 'session.lock')!;
  const key = sessionKey(db)!;
  db.close();
  return { path, anchorsFile: join(dir, 'anchors.json'), lockSeq, key };
}

const anchorOf = (file: string, key: string) => (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { seq: number; reason: string }>)[key];

it('anchors on the next open a lock whose anchor a kill prevented', async () => {
  const { path, anchorsFile, lockSeq, key } = await lockedWithoutAnchor();
  const session = new CurrentSession({ anchors: new AuditAnchors(anchorsFile) });
  expect((await session.open(path)).auditWarning).toBeNull();
  session.close();
  expect(anchorOf(anchorsFile, key)).toMatchObject({ seq: lockSeq, reason: 'lock' });
});

it('does not anchor a lock when the chain no longer reaches this computer\'s anchor (it was rewritten)', async () => {
  const { path, anchorsFile, key } = await lockedWithoutAnchor();
  const anchors = new AuditAnchors(anchorsFile);
  // This computer knew the chain further than the file now holds: its last rows were cut elsewhere.
  const db = await openSessionDb(path);
  anchors.record(db, 'export');
  const recorded = anchorOf(anchorsFile, key)!;
  db.prepare('DELETE FROM audit_log WHERE seq = ?').run(recorded.seq);
  db.close();
  const session = new CurrentSession({ anchors });
  expect((await session.open(path)).auditWarning?.code).toBe('session.audit_rewritten');
  session.close();
  expect(anchorOf(anchorsFile, key)).toEqual(recorded);
  rmSync(anchorsFile);
});
