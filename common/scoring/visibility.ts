/**
 * Who may see the other members' scores of a dossier. A member with a conflict of interest never sees them for that
 * dossier; under blind scoring, a member sees none until they have marked their own sheet complete. `viewer` null is
 * the secretariat, which sees everything (it prepares and records the session, it does not score).
 */
import type { Recusal } from './input.ts';

export interface VisibilityRules {
  blind: boolean;
  recusals: readonly Recusal[];
  /** Members who marked their sheet complete. */
  markedComplete: ReadonlySet<string>;
}

export function isRecused(recusals: readonly Recusal[], member: string, dossier: string): boolean {
  return recusals.some((r) => r.member === member && r.dossier === dossier);
}

/** Whether blind scoring still hides every other member's score from this viewer. */
export const blindedFor = (viewer: string | null, rules: VisibilityRules): boolean =>
  viewer !== null && rules.blind && !rules.markedComplete.has(viewer);

export function seesOthersScores(viewer: string | null, dossier: string, rules: VisibilityRules): boolean {
  if (viewer === null) return true;
  if (blindedFor(viewer, rules)) return false;
  return !isRecused(rules.recusals, viewer, dossier);
}
