/**
 * The session's lock (issue 9, « Locking and the audit trail »). Once the chair has closed the deliberation, a change
 * to a score, a conflict, a vote or a decision needs a reason; it is recorded as a post-lock change (the minutes list
 * them) and audited, in the transaction of the change itself. Notes, attendance and the agenda no longer change.
 */
import type { PostLockSubject } from '../../common/deliberation/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { insertPostLockChange, readLock } from '../db/lockRepo.ts';

export const isLocked = (db: Db): boolean => readLock(db).locked;

/**
 * Call inside the transaction of a change to `what`: nothing happens before the lock; after it, the change is refused
 * without a reason, and recorded with it.
 */
export function recordIfLocked(
  db: Db,
  what: PostLockSubject,
  target: Record<string, unknown>,
  reason: string | null | undefined,
  actor: string | null,
  now = new Date().toISOString(),
): void {
  if (!isLocked(db)) return;
  const why = reason?.trim() ?? '';
  if (!why) throw new AppError('deliberation.locked_reason_required', { what });
  const id = insertPostLockChange(db, { what, target, reason: why, actor, at: now });
  appendAudit(db, 'postlock.change', { id, what, target, reason: why }, actor);
}

/** For what cannot change at all after the lock (notes, attendance, agenda, meetings). */
export function refuseIfLocked(db: Db): void {
  if (isLocked(db)) throw new AppError('deliberation.locked', { at: readLock(db).lockedAt ?? '' });
}
