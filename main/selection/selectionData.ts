/**
 * What the selection methods read of the session, once per call: the scoring input and settings, the ranking, the
 * targets and the dossiers. A viewer still under blind scoring is refused, as for the ranking (main/scoring/views.ts):
 * a proposal or a rank range is made of the others' scores.
 */
import type { Target } from '../../common/deliberation/targets.ts';
import type { Dossier } from '../../common/domain/types.ts';
import type { ScoringInput, ScoringSettings } from '../../common/scoring/input.ts';
import { blindedFor } from '../../common/scoring/visibility.ts';
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { listSheetMarks, readScoringSettings } from '../db/scoringSettingsRepo.ts';
import { listTargets } from '../db/targetsRepo.ts';
import { getMemberOrFail } from '../scoring/committee.ts';
import { loadScoringInput } from '../scoring/loadInput.ts';

export interface SelectionData {
  input: ScoringInput;
  settings: ScoringSettings;
  targets: Target[];
  dossiers: Dossier[];
}

export function selectionData(db: Db, viewerId: string | null): SelectionData {
  const settings = readScoringSettings(db);
  const input = loadScoringInput(db);
  if (viewerId !== null) {
    const viewer = getMemberOrFail(db, viewerId);
    const rules = { blind: settings.blind, recusals: input.recusals, markedComplete: new Set(listSheetMarks(db).map((m) => m.member)) };
    if (blindedFor(viewer.id, rules)) throw new AppError('scoring.blind_scoring', { name: viewer.name });
  }
  return { input, settings, targets: listTargets(db), dossiers: listDossiers(db) };
}
