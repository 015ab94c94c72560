/** Results of the eliminatory eligibility checks, dossier by check. */
import type { EligibilityResult } from '../../common/scoring/records.ts';
import type { Db } from './connection.ts';

export type { EligibilityResult };

export function listEligibilityResults(db: Db): EligibilityResult[] {
  const rows = db
    .prepare(
      `SELECT dossier_id AS dossier, check_id AS "check", passed, note, decided_by AS decidedBy, decided_at AS decidedAt
       FROM eligibility_results ORDER BY dossier_id, check_id`,
    )
    .all() as (Omit<EligibilityResult, 'passed'> & { passed: number })[];
  return rows.map((r) => ({ ...r, passed: r.passed === 1 }));
}

export function upsertEligibilityResult(db: Db, r: EligibilityResult): void {
  db.prepare(
    `INSERT INTO eligibility_results (dossier_id, check_id, passed, note, decided_by, decided_at)
     VALUES (@dossier, @check, @passed, @note, @decidedBy, @decidedAt)
     ON CONFLICT (dossier_id, check_id) DO UPDATE SET passed = excluded.passed, note = excluded.note,
       decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run({ ...r, passed: r.passed ? 1 : 0 });
}

export function deleteEligibilityResult(db: Db, dossier: string, check: string): boolean {
  return db.prepare('DELETE FROM eligibility_results WHERE dossier_id = ? AND check_id = ?').run(dossier, check).changes > 0;
}
