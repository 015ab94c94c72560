/**
 * What every scoring view starts from (the settings, the scoring input, the visibility rules, the analysis, and the
 * rank ranges when asked), read once per state of the file instead of once per view.
 *
 * After a score is saved, each window fetches the sheet, the ranking and often the agreement for that same state:
 * reading the input (≈ 6 ms on the demo fully scored) and computing the rank ranges (≈ 13 ms: one ranking per member
 * left out) three times over is most of the time between a keystroke and the ranking redrawn (issue 8, « Fast »).
 *
 * The state is told by `changeStamp` (main/db/connection.ts: two counters SQLite keeps). Any write moves it, so a
 * snapshot is never older than the file. Nothing is kept from inside a transaction: a rollback
 * puts the rows back without moving the counters back, and a snapshot taken before it would outlive its data.
 * The snapshot's objects are shared by the views that read them: views read, they never change them.
 */
import { analyse, type Analysis } from '../../common/scoring/analyse.ts';
import type { ScoringInput, ScoringSettings } from '../../common/scoring/input.ts';
import { changeStamp, type Db } from '../db/connection.ts';
import { listSheetMarks, readScoringSettings } from '../db/scoringSettingsRepo.ts';
import { listTargets } from '../db/targetsRepo.ts';
import { rankFirmness, type Firmness } from '../selection/rankFirmness.ts';
import { loadScoringInput } from './loadInput.ts';

export interface ScoringSnapshot {
  settings: ScoringSettings;
  input: ScoringInput;
  /** Members who marked their sheet complete (blind scoring shows them the ranking). */
  markedComplete: ReadonlySet<string>;
  analysis: Analysis;
  /** The rank ranges and « contesté », computed on first use (main/selection/rankFirmness.ts). */
  firmness: () => Firmness;
}

const kept = new WeakMap<Db, { stamp: string; snapshot: ScoringSnapshot }>();

function read(db: Db): ScoringSnapshot {
  const settings = readScoringSettings(db);
  const input = loadScoringInput(db);
  let firmness: Firmness | null = null;
  return {
    settings,
    input,
    markedComplete: new Set(listSheetMarks(db).map((m) => m.member)),
    analysis: analyse(input),
    firmness: () => (firmness ??= rankFirmness(input, settings, listTargets(db))),
  };
}

export function scoringSnapshot(db: Db): ScoringSnapshot {
  const now = changeStamp(db);
  const last = kept.get(db);
  if (last && last.stamp === now) return last.snapshot;
  const snapshot = read(db);
  if (!db.inTransaction) kept.set(db, { stamp: now, snapshot });
  return snapshot;
}
