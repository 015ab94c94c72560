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
    if (m.role === 'observer') throw new AppError('scoring.observer_has_no_sheet', { name: m.name });
    const existing = listSheetMarks(db).find((x) => x.member === member);
    if (existing) return existing;
    const owed = incompleteOf(analyse(loadScoringInput(db))).filter((s) => s.member === member);
    if (owed.length) {
      // The first three ids, as data (ids are not words to translate); the whole list travels in details.
      const dossiers = owed.slice(0, 3).map((s) => s.dossier).join(', ') + (owed.length > 3 ? ', …' : '');
      throw new AppError('scoring.sheet_incomplete', { name: m.name, count: owed.length, dossiers }, { remaining: owed.map((s) => s.dossier) });
    }
    const mark = { member, markedAt: now };
    insertSheetMark(db, mark);
    appendAudit(db, 'sheet.complete', mark, actor ?? member);
    return mark;
  })();
}
