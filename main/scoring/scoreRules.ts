/**
 * What makes a score acceptable, checked by the core for every way a score arrives (the sheet, the API, a CSV import):
 * known member who scores (not an observer), known dossier and criterion, no declared conflict of interest, and a
 * value on the criterion's scale (common/scoring/scale.ts, which also snaps a value within 1e-9 of a level to it).
 */
import type { Grid, Member } from '../../common/domain/types.ts';
import type { MessageCode, ParamValue } from '../../common/i18n/messageCode.ts';
import { AppError } from '../../common/result.ts';
import { readOnScale, type ScaleFault } from '../../common/scoring/scale.ts';
import type { Db } from '../db/connection.ts';
import { readGrid } from '../db/gridRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { listConflicts } from '../db/conflictsRepo.ts';

export interface ScoreProblem {
  /** A `scoring.score_*` message: it says "Note refusée" and names what is at fault. */
  code: MessageCode;
  params: Record<string, ParamValue>;
  /** The field at fault, as named in the CSV header: member, dossier, criterion or score. */
  field: 'member' | 'dossier' | 'criterion' | 'score';
}

export type ScoreVerdict = { ok: true; value: number } | { ok: false; problem: ScoreProblem };

export interface ScoreChecker {
  grid: Grid;
  members: ReadonlyMap<string, Member>;
  /** The value to store (snapped to its level), or why the score is refused. */
  check(member: string, dossier: string, criterion: string, value: number): ScoreVerdict;
}

const FAULT_CODES: Record<ScaleFault, MessageCode> = {
  notANumber: 'scoring.score_not_a_number',
  outOfRange: 'scoring.score_off_scale',
  offStep: 'scoring.score_off_step',
};

const refuse = (field: ScoreProblem['field'], code: MessageCode, params: Record<string, ParamValue>): ScoreVerdict => ({
  ok: false,
  problem: { code, params, field },
});

/**
 * A refusal as the error the core raises. The codes and parameters were paired where each problem is built above;
 * AppError's typed constructor cannot follow a code chosen at run time, hence the widened signature.
 */
const RaisedScoreProblem = AppError as unknown as new (code: MessageCode, params: Record<string, ParamValue>, details: unknown) => AppError;

export function scoreRefusal(problem: ScoreProblem): AppError {
  return new RaisedScoreProblem(problem.code, problem.params, { field: problem.field });
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
      if (!m) return refuse('member', 'scoring.score_unknown_member', { member });
      if (m.role === 'observer') return refuse('member', 'scoring.score_not_a_scorer', { name: m.name, member });
      if (!dossiers.has(dossier)) return refuse('dossier', 'scoring.score_unknown_dossier', { dossier });
      const c = criteria.get(criterion);
      if (!c) return refuse('criterion', 'scoring.score_unknown_criterion', { criterion });
      if (recused.has(`${member}\u0000${dossier}`)) return refuse('member', 'scoring.score_recused', { name: m.name, member, dossier });
      const scale = c.scale ?? grid.scale;
      const reading = readOnScale(value, scale);
      if (!reading.ok) {
        return refuse('score', FAULT_CODES[reading.fault], { criterion, value: String(value), min: scale.min, max: scale.max, step: scale.step });
      }
      return { ok: true, value: reading.value };
    },
  };
}
