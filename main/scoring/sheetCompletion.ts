/**
 * A member marks their sheet complete when they have scored every dossier they may score; under blind scoring this is
 * what lets them see the others' scores. The mark is refused while scores are missing, and audited.
 */
import { analyse, incompleteOf } from '../../common/scoring/analyse.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { getMemberOrFail } from './committee.ts';
import { loadScoringInput } from './loadInput.ts';
import { insertSheetMark, listSheetMarks, type SheetMark } from '../db/scoringSettingsRepo.ts';

export function markSheetComplete(db: Db, member: string, actor: string | null, now = new Date().toISOString()): SheetMark {
  return db.transaction(() => {
    const m = getMemberOrFail(db, member);
    if (m.role === 'observer') throw new AppError('not_a_scorer', `« ${m.name} » est observateur : il n'a pas de grille de notation.`);
    const existing = listSheetMarks(db).find((x) => x.member === member);
    if (existing) return existing;
    const owed = incompleteOf(analyse(loadScoringInput(db))).filter((s) => s.member === member);
    if (owed.length) {
      const list = owed.slice(0, 3).map((s) => `« ${s.dossier} »`).join(', ');
      throw new AppError(
        'sheet_incomplete',
        `La grille de « ${m.name} » n'est pas terminée : ${owed.length} dossier${owed.length > 1 ? 's' : ''} à compléter (${list}${owed.length > 3 ? ', …' : ''}).`,
        { remaining: owed.map((s) => s.dossier) },
      );
    }
    const mark = { member, markedAt: now };
    insertSheetMark(db, mark);
    appendAudit(db, 'sheet.complete', mark, actor ?? member);
    return mark;
  })();
}
