/** The session's scoring settings (one row) and the members' "sheet complete" marks that lift blind scoring. */
import type { RankBy, ScoringSettings } from '../../common/scoring/input.ts';
import type { SheetMark } from '../../common/scoring/records.ts';
import type { Db } from './connection.ts';

export function readScoringSettings(db: Db): ScoringSettings {
  const row = db.prepare('SELECT rank_by, blind, divergence_threshold FROM scoring_settings WHERE id = 1').get() as {
    rank_by: RankBy;
    blind: number;
    divergence_threshold: number;
  };
  return { rankBy: row.rank_by, blind: row.blind === 1, divergenceThreshold: row.divergence_threshold };
}

export function writeScoringSettings(db: Db, s: ScoringSettings): void {
  db.prepare('UPDATE scoring_settings SET rank_by = ?, blind = ?, divergence_threshold = ? WHERE id = 1').run(
    s.rankBy,
    s.blind ? 1 : 0,
    s.divergenceThreshold,
  );
}

export type { SheetMark };

export function listSheetMarks(db: Db): SheetMark[] {
  return db.prepare('SELECT member_id AS member, marked_at AS markedAt FROM sheet_marks ORDER BY member_id').all() as SheetMark[];
}

export function insertSheetMark(db: Db, mark: SheetMark): void {
  db.prepare('INSERT OR IGNORE INTO sheet_marks (member_id, marked_at) VALUES (@member, @markedAt)').run(mark);
}
