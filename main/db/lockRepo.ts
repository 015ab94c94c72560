/** The session's lock (one row once the chair has closed the deliberation) and the changes made after it. */
import type { LockState, PostLockChange, PostLockSubject } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

export function readLock(db: Db): LockState {
  const row = db.prepare('SELECT locked_at AS lockedAt, locked_by AS lockedBy FROM session_lock WHERE id = 1').get() as
    | { lockedAt: string; lockedBy: string }
    | undefined;
  return row ? { locked: true, ...row } : { locked: false, lockedAt: null, lockedBy: null };
}

export function insertLock(db: Db, lockedAt: string, lockedBy: string): void {
  db.prepare('INSERT INTO session_lock (id, locked_at, locked_by) VALUES (1, ?, ?)').run(lockedAt, lockedBy);
}

export function insertPostLockChange(db: Db, c: Omit<PostLockChange, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO post_lock_changes (what, target, reason, actor, at) VALUES (?, ?, ?, ?, ?)')
      .run(c.what, JSON.stringify(c.target), c.reason, c.actor, c.at).lastInsertRowid,
  );
}

export function listPostLockChanges(db: Db): PostLockChange[] {
  const rows = db.prepare('SELECT id, what, target, reason, actor, at FROM post_lock_changes ORDER BY id').all() as (Omit<PostLockChange, 'target'> & {
    what: PostLockSubject;
    target: string;
  })[];
  return rows.map((r) => ({ ...r, target: JSON.parse(r.target) as Record<string, unknown> }));
}
