/**
 * Changing the grid. Once scoring has started, a change needs an explicit confirmation and is audited with the grid
 * before and after. A change never leaves a stored score off its criterion's scale: such a change is refused. Scores
 * of a criterion removed from the grid (and results of a removed eligibility check) go with it, counted in the audit.
 */
import type { Grid } from '../../common/domain/types.ts';
import type { GridChange } from '../../common/scoring/records.ts';
import { scaleProblem } from '../../common/scoring/scale.ts';
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
  const off = new Map<string, { count: number; example: string }>();
  for (const s of rows) {
    const scale = scales.get(s.criterion);
    if (!scale || scaleProblem(s.value, scale) === null) continue;
    const seen = off.get(s.criterion);
    if (seen) seen.count += 1;
    else off.set(s.criterion, { count: 1, example: `membre « ${s.member} », dossier « ${s.dossier} » : ${s.value}` });
  }
  const [criterion, first] = [...off.entries()][0] ?? [];
  if (criterion && first) {
    const scale = scales.get(criterion)!;
    throw new AppError(
      'scores_off_scale',
      `Grille refusée : la nouvelle échelle du critère « ${criterion} » (de ${scale.min} à ${scale.max}, par pas de ${scale.step}) ` +
        `exclut ${first.count} note${first.count > 1 ? 's' : ''} déjà saisie${first.count > 1 ? 's' : ''} (par exemple ${first.example}).`,
    );
  }
}

export function setGrid(db: Db, grid: Grid, options: { confirm: boolean; actor: string | null }): GridChange {
  return withDeferredForeignKeys(db, 'Grille refusée : un critère retiré est encore cité par des données de la session.', () => {
    const before = readGrid(db);
    if (JSON.stringify(before) === JSON.stringify(grid)) return { changed: false, grid: before, removedScores: 0 };
    const scored = countScores(db);
    if (scored > 0 && !options.confirm) {
      throw new AppError(
        'confirm_required',
        `La notation a commencé (${scored} note${scored > 1 ? 's' : ''} saisie${scored > 1 ? 's' : ''}) : ` +
          `confirmez la modification de la grille (option --confirm), elle sera consignée au journal.`,
      );
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
