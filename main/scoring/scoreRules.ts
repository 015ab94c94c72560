/**
 * What makes a score acceptable, checked by the core for every way a score arrives (the sheet, the API, a CSV import):
 * known member who scores (not an observer), known dossier and criterion, no declared conflict of interest, and a
 * value on the criterion's scale.
 */
import type { Grid, Member } from '../../common/domain/types.ts';
import { scaleProblem } from '../../common/scoring/scale.ts';
import type { Db } from '../db/connection.ts';
import { readGrid } from '../db/gridRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { listConflicts } from '../db/conflictsRepo.ts';

export type ScoreProblemCode = 'unknown_member' | 'not_a_scorer' | 'unknown_dossier' | 'unknown_criterion' | 'recused' | 'invalid_score';

export interface ScoreProblem {
  code: ScoreProblemCode;
  /** The field at fault, as named in the CSV header: member, dossier, criterion or score. */
  field: 'member' | 'dossier' | 'criterion' | 'score';
  /** French, without the row or the caller's prefix. */
  message: string;
}

export interface ScoreChecker {
  grid: Grid;
  members: ReadonlyMap<string, Member>;
  check(member: string, dossier: string, criterion: string, value: number): ScoreProblem | null;
}

/** Loads the rules once; reuse the checker for every row of an import (inside the same transaction). */
export function scoreChecker(db: Db): ScoreChecker {
  const grid = readGrid(db);
  const members = new Map(listMembers(db).map((m) => [m.id, m]));
  const dossiers = new Set(db.prepare('SELECT id FROM dossiers').pluck().all() as string[]);
  const criteria = new Map(grid.criteria.map((c) => [c.id, c]));
  const recused = new Set(listConflicts(db).map((c) => `${c.member}\u0000${c.dossier}`));
  return {
    grid,
    members,
    check(member, dossier, criterion, value) {
      const m = members.get(member);
      if (!m) return { code: 'unknown_member', field: 'member', message: `membre « ${member} » inconnu dans cette session` };
      if (m.role === 'observer') {
        return { code: 'not_a_scorer', field: 'member', message: `« ${m.name} » (${member}) est observateur : les observateurs ne notent pas` };
      }
      if (!dossiers.has(dossier)) return { code: 'unknown_dossier', field: 'dossier', message: `dossier « ${dossier} » inconnu dans cette session` };
      const c = criteria.get(criterion);
      if (!c) return { code: 'unknown_criterion', field: 'criterion', message: `critère « ${criterion} » absent de la grille` };
      if (recused.has(`${member}\u0000${dossier}`)) {
        return {
          code: 'recused',
          field: 'member',
          message: `« ${m.name} » (${member}) a déclaré un conflit d'intérêts pour le dossier « ${dossier} » : il ne peut pas le noter`,
        };
      }
      const problem = scaleProblem(value, c.scale ?? grid.scale);
      if (problem) return { code: 'invalid_score', field: 'score', message: `critère « ${criterion} » : ${problem}` };
      return null;
    },
  };
}
