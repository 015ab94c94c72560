/** What imports did to each dossier (history), its expert opinions (`Avis`), and the "changed after scoring" mark. */
import type { Db } from './connection.ts';
import { cachedStatement } from './statementCache.ts';
import type { Avis, DossierHistoryEntry, FieldChange } from '../../common/import/types.ts';
import type { DossierWarning } from '../../common/domain/types.ts';
import { CHANGED_AFTER_SCORING_CODE } from '../../common/import/types.ts';

export function insertHistory(
  db: Db,
  e: { dossierId: string; importId: number; at: string; kind: 'created' | 'updated'; changes: FieldChange[] },
): void {
  cachedStatement(db, 'INSERT INTO dossier_history (dossier_id, import_id, at, kind, changes) VALUES (?, ?, ?, ?, ?)').run(
    e.dossierId, e.importId, e.at, e.kind, JSON.stringify(e.changes),
  );
}

/** One `created` entry for every dossier this import inserted (one statement: thousands of rows at once). */
export function insertCreatedHistory(db: Db, importId: number, at: string): void {
  cachedStatement(
    db,
    `INSERT INTO dossier_history (dossier_id, import_id, at, kind, changes)
     SELECT id, @importId, @at, 'created', '[]' FROM dossiers WHERE last_import_id = @importId AND created_at = @at
     ORDER BY rowid`,
  ).run({ importId, at });
}

export function listHistory(db: Db, dossierId: string): DossierHistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT h.id, h.import_id, h.at, h.kind, h.changes, i.file_name
       FROM dossier_history h JOIN imports i ON i.id = h.import_id
       WHERE h.dossier_id = ? ORDER BY h.id DESC`,
    )
    .all(dossierId) as { id: number; import_id: number; at: string; kind: 'created' | 'updated'; changes: string; file_name: string }[];
  return rows.map((r) => ({
    id: r.id,
    importId: r.import_id,
    at: r.at,
    kind: r.kind,
    fileName: r.file_name,
    changes: JSON.parse(r.changes) as FieldChange[],
  }));
}

export type NewAvis = Omit<Avis, 'id'>;

/** Replaces a dossier's expert opinions with those of the latest export (the export always carries all of them). */
export function replaceAvis(db: Db, dossierId: string, avis: NewAvis[], importId: number): void {
  cachedStatement(db, 'DELETE FROM avis WHERE dossier_id = ?').run(dossierId);
  const insert = cachedStatement(
    db,
    `INSERT INTO avis (dossier_id, position, introduction, answer, question, answer_yes_no, created_at, answered_at,
       instructeur, expert, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  avis.forEach((a, i) =>
    insert.run(
      dossierId, i + 1, a.introduction, a.answer, a.question, a.answerYesNo === null ? null : a.answerYesNo ? 1 : 0,
      a.createdAt, a.answeredAt, a.instructeur, a.expert, importId,
    ),
  );
}

export function listAvis(db: Db, dossierId: string): Avis[] {
  const rows = cachedStatement(db, 'SELECT * FROM avis WHERE dossier_id = ? ORDER BY position').all(dossierId) as {
    id: number;
    dossier_id: string;
    introduction: string | null;
    answer: string | null;
    question: string | null;
    answer_yes_no: number | null;
    created_at: string | null;
    answered_at: string | null;
    instructeur: string | null;
    expert: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    dossierId: r.dossier_id,
    introduction: r.introduction,
    answer: r.answer,
    question: r.question,
    answerYesNo: r.answer_yes_no === null ? null : r.answer_yes_no === 1,
    createdAt: r.created_at,
    answeredAt: r.answered_at,
    instructeur: r.instructeur,
    expert: r.expert,
  }));
}

/**
 * Whether the committee has started scoring this dossier. Scores live in the scoring capability's `scores` table
 * (migration 0003); a session without it has no scores.
 */
export function scoredDossierIds(db: Db): Set<string> {
  const hasScores = cachedStatement(db, `SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'scores'`).get();
  if (!hasScores) return new Set();
  return new Set(cachedStatement(db, 'SELECT DISTINCT dossier_id FROM scores').pluck().all() as string[]);
}

/** The warning that says what an import changed in a dossier already scored, and when (the day, DD/MM/YYYY). */
export function changedAfterScoringWarning(at: string, fields: readonly string[]): DossierWarning {
  const date = at.slice(0, 10).split('-').reverse().join('/');
  return { column: null, code: CHANGED_AFTER_SCORING_CODE, params: { date, fields: fields.join(', ') } };
}

export function markChangedAfterScoring(db: Db, dossierId: string, at: string): void {
  cachedStatement(db, 'UPDATE dossiers SET changed_after_scoring_at = ? WHERE id = ?').run(at, dossierId);
}

/** The committee has seen the change: the mark and its warning go away. */
export function clearChangedAfterScoring(db: Db, dossierId: string): void {
  const warnings = cachedStatement(db, 'SELECT warnings FROM dossiers WHERE id = ?').pluck().get(dossierId) as string | undefined;
  if (warnings === undefined) return;
  const kept = (JSON.parse(warnings) as DossierWarning[]).filter((w) => w.code !== CHANGED_AFTER_SCORING_CODE);
  cachedStatement(db, 'UPDATE dossiers SET changed_after_scoring_at = NULL, warnings = ? WHERE id = ?').run(JSON.stringify(kept), dossierId);
}
