/** Reads what the scoring functions need from the session file, in one pass per table. */
import type { ScoringDossier, ScoringInput } from '../../common/scoring/input.ts';
import type { Db } from '../db/connection.ts';
import { readGrid } from '../db/gridRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import { listEligibilityResults } from '../db/eligibilityRepo.ts';

export function loadScoringInput(db: Db): ScoringInput {
  const eligibility = new Map<string, Record<string, boolean>>();
  for (const r of listEligibilityResults(db)) {
    const byCheck = eligibility.get(r.dossier) ?? {};
    byCheck[r.check] = r.passed;
    eligibility.set(r.dossier, byCheck);
  }
  const dossiers = (
    db.prepare('SELECT id, deposited_at AS depositedAt FROM dossiers ORDER BY id').all() as Omit<ScoringDossier, 'eligibility'>[]
  ).map((d) => ({ ...d, eligibility: eligibility.get(d.id) ?? {} }));
  const scores = db
    .prepare('SELECT member_id AS member, dossier_id AS dossier, criterion_id AS criterion, value FROM scores')
    .all() as ScoringInput['scores'];
  return {
    grid: readGrid(db),
    members: listMembers(db).map((m) => ({ id: m.id, role: m.role })),
    dossiers,
    scores,
    recusals: listConflicts(db).map((c) => ({ member: c.member, dossier: c.dossier })),
  };
}
