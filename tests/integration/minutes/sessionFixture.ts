/**
 * A real session file for the minutes tests: the demo session (accented names, the Territoires Volontaires grid)
 * with deterministic scores from every scoring member, a few recusals and an eligibility failure, written straight
 * into the tables (the demo carries no scores).
 */
import { openSessionDb, type Db } from '../../../main/db/connection.ts';
import { populateDemoSession } from '../../../main/demo/demoSession.ts';

export interface ScoredSession {
  path: string;
  recused: { member: string; dossier: string }[];
  ineligible: string;
}

/** Adds scores, recusals and one failed eligibility check to an open demo session. */
export function scoreDemo(db: Db): Omit<ScoredSession, 'path'> {
  const members = db.prepare("SELECT id FROM members WHERE role <> 'observer' ORDER BY position, id").all() as { id: string }[];
  const criteria = db.prepare('SELECT id FROM criteria ORDER BY position, id').all() as { id: string }[];
  const dossiers = (db.prepare('SELECT id FROM dossiers ORDER BY id').all() as { id: string }[]);
  const checks = db.prepare('SELECT id FROM eligibility_checks ORDER BY position, id').all() as { id: string }[];
  const recused = [
    { member: members[2]!.id, dossier: dossiers[1]!.id },
    { member: members[3]!.id, dossier: dossiers[4]!.id },
  ];
  const ineligible = dossiers[dossiers.length - 1]!.id;
  const now = '2022-04-12T10:00:00.000Z';
  const score = db.prepare('INSERT INTO scores (member_id, dossier_id, criterion_id, value, entered_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const recusal = db.prepare('INSERT INTO conflicts (member_id, dossier_id, reason, declared_at) VALUES (?, ?, ?, ?)');
  const eligibility = db.prepare('INSERT INTO eligibility_results (dossier_id, check_id, passed, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of recused) recusal.run(r.member, r.dossier, 'conjoint agent de la collectivité', now);
    dossiers.forEach((d, i) => {
      for (const c of checks) eligibility.run(d.id, c.id, d.id === ineligible && c === checks[0] ? 0 : 1, d.id === ineligible && c === checks[0] ? 'pièce manquante' : null, null, now);
      members.forEach((m, k) => {
        if (recused.some((r) => r.member === m.id && r.dossier === d.id)) return;
        criteria.forEach((c, j) => score.run(m.id, d.id, c.id, ((i + 1) * (k + 2) * (j + 3) + i * i) % 4, m.id, now));
      });
    });
  })();
  return { recused, ineligible };
}

export async function scoredDemoSession(path: string): Promise<ScoredSession> {
  const db = await openSessionDb(path, { create: true });
  try {
    populateDemoSession(db);
    return { path, ...scoreDemo(db) };
  } finally {
    db.close();
  }
}
