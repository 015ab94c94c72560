/** The register of conflicts of interest: member × dossier, with the reason and the date of the declaration. */
import type { Conflict } from '../../common/scoring/records.ts';
import type { Db } from './connection.ts';

export type { Conflict };

export function listConflicts(db: Db): Conflict[] {
  return db
    .prepare(
      `SELECT member_id AS member, dossier_id AS dossier, reason, declared_at AS declaredAt FROM conflicts
       ORDER BY dossier_id, member_id`,
    )
    .all() as Conflict[];
}

export function getConflict(db: Db, member: string, dossier: string): Conflict | null {
  const row = db
    .prepare(
      `SELECT member_id AS member, dossier_id AS dossier, reason, declared_at AS declaredAt FROM conflicts
       WHERE member_id = ? AND dossier_id = ?`,
    )
    .get(member, dossier) as Conflict | undefined;
  return row ?? null;
}

export function upsertConflict(db: Db, c: Conflict): void {
  db.prepare(
    `INSERT INTO conflicts (member_id, dossier_id, reason, declared_at) VALUES (@member, @dossier, @reason, @declaredAt)
     ON CONFLICT (member_id, dossier_id) DO UPDATE SET reason = excluded.reason`,
  ).run(c);
}

export function deleteConflict(db: Db, member: string, dossier: string): boolean {
  return db.prepare('DELETE FROM conflicts WHERE member_id = ? AND dossier_id = ?').run(member, dossier).changes > 0;
}
