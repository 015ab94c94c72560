/** The committee's decisions, one per dossier, and the promotions from the waiting list. */
import type { PromotionRecord, StoredDecision } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

interface DecisionRow extends Omit<StoredDecision, 'quorumOverride'> {
  overrideBy: string | null;
  overrideReason: string | null;
}

const COLUMNS = `dossier_id AS dossier, kind AS decision, motivation, conditions, waitlist_position AS waitlistPosition,
  decided_at AS decidedAt, decided_by AS decidedBy, meeting_id AS meeting, vote_id AS vote,
  quorum_override_by AS overrideBy, quorum_override_reason AS overrideReason, withdrawn_at AS withdrawnAt`;

const toDecision = ({ overrideBy, overrideReason, ...d }: DecisionRow): StoredDecision => ({
  ...d,
  quorumOverride: overrideBy !== null && overrideReason !== null ? { by: overrideBy, reason: overrideReason } : null,
});

export function listDecisions(db: Db): StoredDecision[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM decisions ORDER BY dossier_id`).all() as DecisionRow[]).map(toDecision);
}

export function getDecision(db: Db, dossier: string): StoredDecision | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM decisions WHERE dossier_id = ?`).get(dossier) as DecisionRow | undefined;
  return row ? toDecision(row) : null;
}

export function deleteDecision(db: Db, dossier: string): void {
  db.prepare('DELETE FROM decisions WHERE dossier_id = ?').run(dossier);
}

/** Moves a waiting-list entry; callers renumber in increasing order so the unique index never sees two at once. */
export function setWaitlistPosition(db: Db, dossier: string, position: number): void {
  db.prepare('UPDATE decisions SET waitlist_position = ? WHERE dossier_id = ?').run(position, dossier);
}

export function upsertDecision(db: Db, d: StoredDecision): void {
  db.prepare(
    `INSERT INTO decisions (dossier_id, kind, motivation, conditions, waitlist_position, decided_at, decided_by, meeting_id, vote_id,
       quorum_override_by, quorum_override_reason, withdrawn_at)
     VALUES (@dossier, @decision, @motivation, @conditions, @waitlistPosition, @decidedAt, @decidedBy, @meeting, @vote,
       @overrideBy, @overrideReason, @withdrawnAt)
     ON CONFLICT (dossier_id) DO UPDATE SET kind = excluded.kind, motivation = excluded.motivation, conditions = excluded.conditions,
       waitlist_position = excluded.waitlist_position, decided_at = excluded.decided_at, decided_by = excluded.decided_by,
       meeting_id = excluded.meeting_id, vote_id = excluded.vote_id, quorum_override_by = excluded.quorum_override_by,
       quorum_override_reason = excluded.quorum_override_reason, withdrawn_at = excluded.withdrawn_at`,
  ).run({
    dossier: d.dossier,
    decision: d.decision,
    motivation: d.motivation,
    conditions: d.conditions,
    waitlistPosition: d.waitlistPosition,
    decidedAt: d.decidedAt,
    decidedBy: d.decidedBy,
    meeting: d.meeting,
    vote: d.vote,
    overrideBy: d.quorumOverride?.by ?? null,
    overrideReason: d.quorumOverride?.reason ?? null,
    withdrawnAt: d.withdrawnAt,
  });
}

export function listPromotions(db: Db): PromotionRecord[] {
  return db
    .prepare(
      `SELECT id, withdrawn_dossier_id AS withdrawn, promoted_dossier_id AS promoted, from_position AS fromPosition, reason,
         decided_by AS decidedBy, decided_at AS decidedAt FROM promotions ORDER BY id`,
    )
    .all() as PromotionRecord[];
}

export function insertPromotion(db: Db, p: Omit<PromotionRecord, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO promotions (withdrawn_dossier_id, promoted_dossier_id, from_position, reason, decided_by, decided_at)
         VALUES (@withdrawn, @promoted, @fromPosition, @reason, @decidedBy, @decidedAt)`,
      )
      .run(p).lastInsertRowid,
  );
}
