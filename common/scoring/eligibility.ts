/** Eligibility checks are eliminatory: a dossier that failed one is listed apart and never ranked. */
import type { ScoringDossier } from './input.ts';

/** The checks of the grid that this dossier explicitly failed (an unassessed check excludes nothing). */
export function failedChecks(dossier: ScoringDossier, checkIds: readonly string[]): string[] {
  return checkIds.filter((id) => dossier.eligibility[id] === false);
}

export const isIneligible = (dossier: ScoringDossier, checkIds: readonly string[]): boolean =>
  checkIds.some((id) => dossier.eligibility[id] === false);
