/** The scores table: one row per member, dossier and criterion. */
import type { StoredScore } from '../../common/scoring/records.ts';
import type { Db } from './connection.ts';

export type { StoredScore };

const SELECT = `SELECT member_id AS member, dossier_id AS dossier, criterion_id AS criterion, value, comment,
  entered_by AS enteredBy, updated_at AS updatedAt FROM scores`;

export function listScores(db: Db): StoredScore[] {
  return db.prepare(`${SELECT} ORDER BY member_id, dossier_id, criterion_id`).all() as StoredScore[];
}

export function scoresOfMember(db: Db, member: string): StoredScore[] {
  return db.prepare(`${SELECT} WHERE member_id = ? ORDER BY dossier_id, criterion_id`).all(member) as StoredScore[];
}

export function getScore(db: Db, member: string, dossier: string, criterion: string): StoredScore | null {
  const row = db
    .prepare(`${SELECT} WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?`)
    .get(member, dossier, criterion) as StoredScore | undefined;
  return row ?? null;
}

export function upsertScore(db: Db, s: StoredScore): void {
  db.prepare(
    `INSERT INTO scores (member_id, dossier_id, criterion_id, value, comment, entered_by, updated_at)
     VALUES (@member, @dossier, @criterion, @value, @comment, @enteredBy, @updatedAt)
     ON CONFLICT (member_id, dossier_id, criterion_id) DO UPDATE SET value = excluded.value,
       comment = excluded.comment, entered_by = excluded.entered_by, updated_at = excluded.updated_at`,
  ).run(s);
}

export function deleteScore(db: Db, member: string, dossier: string, criterion: string): boolean {
  return db.prepare('DELETE FROM scores WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?').run(member, dossier, criterion).changes > 0;
}

export const countScores = (db: Db): number => db.prepare('SELECT count(*) FROM scores').pluck().get() as number;
