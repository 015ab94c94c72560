/** Recording eligibility results: a failed check takes the dossier out of the ranking. Audited. */
import type { z } from 'zod';
import type { eligibilityEntrySchema } from '../../common/scoring/schemas.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { deleteEligibilityResult, upsertEligibilityResult } from '../db/eligibilityRepo.ts';

export type EligibilityEntry = z.output<typeof eligibilityEntrySchema>;

/** Applies the entries in one transaction; `passed: null` withdraws a result. Returns how many rows changed. */
export function setEligibility(db: Db, entries: readonly EligibilityEntry[], actor: string | null, now = new Date().toISOString()): number {
  return db.transaction(() => {
    const dossiers = db.prepare('SELECT 1 FROM dossiers WHERE id = ?');
    const checks = db.prepare('SELECT 1 FROM eligibility_checks WHERE id = ?');
    entries.forEach((e, i) => {
      if (!dossiers.get(e.dossier)) throw new AppError('scoring.eligibility_unknown_dossier', { entry: i + 1, dossier: e.dossier }, { field: `[${i}].dossier` });
      if (!checks.get(e.check)) throw new AppError('scoring.eligibility_unknown_check', { entry: i + 1, check: e.check }, { field: `[${i}].check` });
    });
    let changed = 0;
    for (const e of entries) {
      if (e.passed === null) changed += deleteEligibilityResult(db, e.dossier, e.check) ? 1 : 0;
      else {
        upsertEligibilityResult(db, { dossier: e.dossier, check: e.check, passed: e.passed, note: e.note ?? null, decidedBy: actor, decidedAt: now });
        changed += 1;
      }
    }
    if (entries.length) appendAudit(db, 'eligibility.set', { entries }, actor);
    return changed;
  })();
}
