/**
 * Closing the deliberation: the chair locks the session (issue 9). The lock row and its audit entry commit together;
 * the handler then records the audit head outside the file and takes a backup (main/deliberation/apiHandlers.ts).
 */
import type { LockState } from '../../common/deliberation/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit, auditHead } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { insertLock, readLock } from '../db/lockRepo.ts';
import { listMembers } from '../db/memberRepo.ts';

const SECRETARIAT = 'secretariat';

/** Locks on the chair's authority: the secretariat records it for the chair; another member cannot. */
export function lockSession(db: Db, actor: string | null, now = new Date().toISOString()): LockState {
  return db.transaction(() => {
    const state = readLock(db);
    if (state.locked) throw new AppError('deliberation.already_locked', { at: state.lockedAt! });
    const chair = listMembers(db).find((m) => m.role === 'chair');
    if (!chair) throw new AppError('deliberation.no_chair');
    if (actor !== null && actor !== SECRETARIAT && actor !== chair.id) throw new AppError('deliberation.lock_not_chair', { member: actor });
    insertLock(db, now, chair.id);
    appendAudit(db, 'session.lock', { lockedBy: chair.id, lockedAt: now, headBefore: auditHead(db) }, actor ?? chair.id);
    return readLock(db);
  })();
}
