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
import { listTargets } from '../db/targetsRepo.ts';
import { getMemberOrFail } from '../scoring/committee.ts';
import { scoringSnapshot } from '../scoring/scoringSnapshot.ts';

export interface SelectionData {
  input: ScoringInput;
  settings: ScoringSettings;
  targets: Target[];
  dossiers: Dossier[];
}

/** Refuses a viewer still under blind scoring: what the selection methods give is made of the others' scores. */
export function refuseBlindedViewer(db: Db, viewerId: string | null): void {
  if (viewerId === null) return;
  const { settings, input, markedComplete } = scoringSnapshot(db);
  const viewer = getMemberOrFail(db, viewerId);
  if (blindedFor(viewer.id, { blind: settings.blind, recusals: input.recusals, markedComplete })) throw new AppError('scoring.blind_scoring', { name: viewer.name });
}

export function selectionData(db: Db, viewerId: string | null): SelectionData {
  refuseBlindedViewer(db, viewerId);
  // The scoring views' reading of this state of the file (main/scoring/scoringSnapshot.ts), not a second one.
  const { settings, input } = scoringSnapshot(db);
  return { input, settings, targets: listTargets(db), dossiers: listDossiers(db) };
}
