/**
 * Declaring and withdrawing conflicts of interest. A declaration does not erase scores already on file: the scoring
 * core leaves a recused pair out of everything, and a withdrawn declaration (a mistake) brings them back. Every change
 * is audited in its transaction.
 */
import type { z } from 'zod';
import type { conflictEntrySchema } from '../../common/scoring/schemas.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { ConflictsChange } from '../../common/scoring/records.ts';
import type { Db } from '../db/connection.ts';
import { recordIfLocked } from '../deliberation/lockRule.ts';
import { refuseOtherMember } from '../exchange/memberMode.ts';
import { deleteConflict, getConflict, listConflicts, upsertConflict, type Conflict } from '../db/conflictsRepo.ts';

export type ConflictEntry = z.output<typeof conflictEntrySchema>;

/** Refuses a pair naming an unknown member or dossier; `entry` (1-based) when it is one line of a register file. */
function checkPair(db: Db, member: string, dossier: string, entry?: number): void {
  if (!db.prepare('SELECT 1 FROM members WHERE id = ?').get(member)) {
    if (entry === undefined) throw new AppError('scoring.conflict_unknown_member', { member }, { field: 'member' });
    throw new AppError('scoring.conflicts_unknown_member', { entry, member }, { field: `[${entry - 1}].member` });
  }
  if (!db.prepare('SELECT 1 FROM dossiers WHERE id = ?').get(dossier)) {
    if (entry === undefined) throw new AppError('scoring.conflict_unknown_dossier', { dossier }, { field: 'dossier' });
    throw new AppError('scoring.conflicts_unknown_dossier', { entry, dossier }, { field: `[${entry - 1}].dossier` });
  }
}

export function declareConflict(db: Db, entry: ConflictEntry, actor: string | null, now = new Date().toISOString(), reason?: string | null): Conflict {
  return db.transaction(() => {
    // In a member's scoring file (offline review), that member declares for themself only.
    refuseOtherMember(db, entry.member);
    checkPair(db, entry.member, entry.dossier);
    const previous = getConflict(db, entry.member, entry.dossier);
    recordIfLocked(db, 'conflict', { member: entry.member, dossier: entry.dossier, change: previous ? 'edit' : 'declare' }, reason, actor, now);
    const conflict = { ...entry, declaredAt: previous?.declaredAt ?? now };
    upsertConflict(db, conflict);
    appendAudit(db, 'conflict.declare', { ...conflict, previousReason: previous?.reason ?? null }, actor);
    return conflict;
  })();
}

export function withdrawConflict(db: Db, member: string, dossier: string, actor: string | null, reason?: string | null): boolean {
  return db.transaction(() => {
    refuseOtherMember(db, member);
    const previous = getConflict(db, member, dossier);
    if (!previous) return false;
    recordIfLocked(db, 'conflict', { member, dossier, change: 'withdraw' }, reason, actor);
    deleteConflict(db, member, dossier);
    appendAudit(db, 'conflict.withdraw', previous, actor);
    return true;
  })();
}

export type { ConflictsChange };

/**
 * Replaces the whole register with `entries` (the CLI's `conflicts --set`). Declarations already on file keep their
 * original date; one audit entry lists what was added, removed and changed.
 */
export function replaceConflicts(
  db: Db,
  entries: readonly ConflictEntry[],
  actor: string | null,
  now = new Date().toISOString(),
  reason?: string | null,
): ConflictsChange {
  return db.transaction(() => {
    entries.forEach((e, i) => {
      refuseOtherMember(db, e.member);
      checkPair(db, e.member, e.dossier, i + 1);
    });
    const key = (c: { member: string; dossier: string }) => `${c.member}\u0000${c.dossier}`;
    const before = new Map(listConflicts(db).map((c) => [key(c), c]));
    const wanted = new Set(entries.map(key));
    const removed = [...before.values()].filter((c) => !wanted.has(key(c)));
    const added: Conflict[] = [];
    const changed: { member: string; dossier: string; reason: string; previousReason: string }[] = [];
    for (const c of removed) deleteConflict(db, c.member, c.dossier);
    for (const e of entries) {
      const previous = before.get(key(e));
      if (!previous) added.push({ ...e, declaredAt: now });
      else if (previous.reason !== e.reason) changed.push({ ...e, previousReason: previous.reason });
      upsertConflict(db, { ...e, declaredAt: previous?.declaredAt ?? now });
    }
    if (added.length || removed.length || changed.length) {
      recordIfLocked(db, 'conflict', { added: added.length, removed: removed.length, changed: changed.length }, reason, actor, now);
    }
    if (added.length || removed.length || changed.length) appendAudit(db, 'conflicts.set', { added, removed, changed }, actor);
    return { added: added.length, removed: removed.length, changed: changed.length, conflicts: listConflicts(db) };
  })();
}
