/**
 * Entering and clearing one score, as the member's sheet does on every keystroke that commits a value. Each change
 * is checked by the core rules and appended to the audit chain in the same transaction.
 */
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { recordIfLocked } from '../deliberation/lockRule.ts';
import { refuseOtherMember } from '../exchange/memberMode.ts';
import { deleteScore, getScore, upsertScore, type StoredScore } from '../db/scoresRepo.ts';
import { scoreChecker, scoreRefusal, type ScoreChecker } from './scoreRules.ts';

/** entered_by of a score typed by the secretariat on a member's behalf (dictation, paper sheet, import). */
export const SECRETARIAT = 'secretariat';

export interface ScoreEntry {
  member: string;
  dossier: string;
  criterion: string;
  value: number;
  /** undefined keeps the comment already on file; null or an empty text removes it. */
  comment?: string | null;
  /** Who typed it: the member themself (the default), `secretariat`, or another member (the recording secretary). */
  enteredBy?: string;
  /** After the session's lock: why the score changes (required then, recorded as a post-lock change). */
  reason?: string | null;
}

function checkEnteredBy(checker: ScoreChecker, member: string, enteredBy: string): void {
  if (enteredBy === member || enteredBy === SECRETARIAT || checker.members.has(enteredBy)) return;
  throw new AppError('scoring.entered_by_unknown', { enteredBy }, { field: 'enteredBy' });
}

export function setScore(db: Db, entry: ScoreEntry, now = new Date().toISOString()): StoredScore {
  return db.transaction(() => {
    // A member's scoring file (offline review) takes that member's scores only.
    refuseOtherMember(db, entry.member);
    const checker = scoreChecker(db);
    const verdict = checker.check(entry.member, entry.dossier, entry.criterion, entry.value);
    if (!verdict.ok) throw scoreRefusal(verdict.problem);
    const enteredBy = entry.enteredBy ?? entry.member;
    checkEnteredBy(checker, entry.member, enteredBy);
    const previous = getScore(db, entry.member, entry.dossier, entry.criterion);
    recordIfLocked(db, 'score', { member: entry.member, dossier: entry.dossier, criterion: entry.criterion, value: entry.value, previous: previous?.value ?? null }, entry.reason, enteredBy, now);
    const comment = entry.comment === undefined ? (previous?.comment ?? null) : entry.comment?.trim() || null;
    const stored: StoredScore = {
      member: entry.member,
      dossier: entry.dossier,
      criterion: entry.criterion,
      // As read on the scale: a value within 1e-9 of a level is stored as that level.
      value: verdict.value,
      comment,
      enteredBy,
      updatedAt: now,
    };
    upsertScore(db, stored);
    appendAudit(
      db,
      'score.set',
      { member: stored.member, dossier: stored.dossier, criterion: stored.criterion, value: stored.value, comment, previous: previous && { value: previous.value, comment: previous.comment } },
      enteredBy,
    );
    return stored;
  })();
}

/** Removes a score (the Delete key on the sheet); returns false when there was none. */
export function clearScore(db: Db, ref: { member: string; dossier: string; criterion: string }, actor: string | null, reason?: string | null): boolean {
  return db.transaction(() => {
    refuseOtherMember(db, ref.member);
    const previous = getScore(db, ref.member, ref.dossier, ref.criterion);
    if (!previous) return false;
    recordIfLocked(db, 'score', { ...ref, value: null, previous: previous.value }, reason, actor ?? ref.member);
    deleteScore(db, ref.member, ref.dossier, ref.criterion);
    appendAudit(db, 'score.clear', { ...ref, previous: { value: previous.value, comment: previous.comment } }, actor ?? ref.member);
    return true;
  })();
}
