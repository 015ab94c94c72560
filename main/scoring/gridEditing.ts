/**
 * Changing the grid. Once scoring has started, a change needs an explicit confirmation and is audited with the grid
 * before and after. A change never leaves a stored score off its criterion's scale: such a change is refused. Scores
 * of a criterion removed from the grid (and results of a removed eligibility check) go with it, counted in the audit.
 */
import type { Grid } from '../../common/domain/types.ts';
import type { GridChange, GridChangeLoss } from '../../common/scoring/records.ts';
import { readOnScale } from '../../common/scoring/scale.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { readGrid, writeGrid } from '../db/gridRepo.ts';
import { withDeferredForeignKeys } from './deferForeignKeys.ts';
import { countScores } from '../db/scoresRepo.ts';

function refuseScoresOffScale(db: Db, grid: Grid): void {
  const rows = db.prepare('SELECT member_id AS member, dossier_id AS dossier, criterion_id AS criterion, value FROM scores').iterate() as Iterable<{
    member: string;
    dossier: string;
    criterion: string;
    value: number;
  }>;
  const scales = new Map(grid.criteria.map((c) => [c.id, c.scale ?? grid.scale]));
  const off = new Map<string, { count: number; example: { member: string; dossier: string; value: number } }>();
  for (const s of rows) {
    const scale = scales.get(s.criterion);
    // A stored score is exactly a level (readOnScale snapped it); "still on the new scale" means the same level.
    if (!scale) continue;
    const reading = readOnScale(s.value, scale);
    if (reading.ok && reading.value === s.value) continue;
    const seen = off.get(s.criterion);
    if (seen) seen.count += 1;
    else off.set(s.criterion, { count: 1, example: { member: s.member, dossier: s.dossier, value: s.value } });
  }
  const [criterion, first] = [...off.entries()][0] ?? [];
  if (criterion && first) {
    const { min, max, step } = scales.get(criterion)!;
    throw new AppError('grid.scores_off_scale', { criterion, min, max, step, count: first.count, ...first.example }, { criterion });
  }
}

/** The criteria and checks of `before` that `after` drops, with what goes with them. */
function lossOf(db: Db, before: Grid, after: Grid, scores: number): GridChangeLoss {
  const keptCriteria = new Set(after.criteria.map((c) => c.id));
  const keptChecks = new Set(after.eligibility.map((e) => e.id));
  const scoresOf = db.prepare('SELECT count(*) FROM scores WHERE criterion_id = ?').pluck();
  const resultsOf = db.prepare('SELECT count(*) FROM eligibility_results WHERE check_id = ?').pluck();
  return {
    scores,
    removedCriteria: before.criteria
      .filter((c) => !keptCriteria.has(c.id))
      .map((c) => ({ id: c.id, label: c.label, scores: scoresOf.get(c.id) as number })),
    removedChecks: before.eligibility
      .filter((e) => !keptChecks.has(e.id))
      .map((e) => ({ id: e.id, label: e.label, results: resultsOf.get(e.id) as number })),
  };
}

export function setGrid(db: Db, grid: Grid, options: { confirm: boolean; actor: string | null }): GridChange {
  return withDeferredForeignKeys(db, 'grid.criterion_referenced', () => {
    const before = readGrid(db);
    if (JSON.stringify(before) === JSON.stringify(grid)) return { changed: false, grid: before, removedScores: 0 };
    const scored = countScores(db);
    if (scored > 0 && !options.confirm) {
      // How the confirmation is given is the edge's business (a dialog, the CLI's --confirm): not named here.
      throw new AppError('grid.confirm_required', { count: scored }, lossOf(db, before, grid, scored));
    }
    refuseScoresOffScale(db, grid);
    const kept = JSON.stringify(grid.criteria.map((c) => c.id));
    const removedScores = db.prepare('DELETE FROM scores WHERE criterion_id NOT IN (SELECT value FROM json_each(?))').run(kept).changes;
    const checks = JSON.stringify(grid.eligibility.map((e) => e.id));
    const removedResults = db
      .prepare('DELETE FROM eligibility_results WHERE check_id NOT IN (SELECT value FROM json_each(?))')
      .run(checks).changes;
    writeGrid(db, grid);
    appendAudit(db, 'grid.set', { before, after: grid, scoringStarted: scored > 0, confirmed: options.confirm, removedScores, removedResults }, options.actor);
    return { changed: true, grid: readGrid(db), removedScores };
  });
}
