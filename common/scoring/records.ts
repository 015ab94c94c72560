/** What the session file stores for scoring, as the API returns it. */
import type { Grid } from '../domain/types.ts';

export interface StoredScore {
  member: string;
  dossier: string;
  criterion: string;
  value: number;
  comment: string | null;
  /** Who typed it: the member, `secretariat`, or another member (the recording secretary). */
  enteredBy: string;
  updatedAt: string;
}

/** A declaration in the register of conflicts of interest. */
export interface Conflict {
  member: string;
  dossier: string;
  reason: string;
  declaredAt: string;
}

export interface EligibilityResult {
  dossier: string;
  check: string;
  passed: boolean;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

/** A member's "my sheet is complete" mark, which lifts blind scoring for them. */
export interface SheetMark {
  member: string;
  markedAt: string;
}

/**
 * What a grid change would delete, in the `details` of its `grid.confirm_required` refusal, so that the
 * confirmation can name it: the criteria removed with their scores, the eligibility checks removed with their results.
 */
export interface GridChangeLoss {
  /** Scores on file: why confirmation is needed at all. */
  scores: number;
  removedCriteria: { id: string; label: string; scores: number }[];
  removedChecks: { id: string; label: string; results: number }[];
}

export interface GridChange {
  changed: boolean;
  grid: Grid;
  /** Scores deleted with the criteria removed from the grid. */
  removedScores: number;
}

/** What replacing the whole register of conflicts of interest did (`conflictsReplace`, the CLI's `conflicts --set`). */
export interface ConflictsChange {
  added: number;
  removed: number;
  changed: number;
  conflicts: Conflict[];
}

/** A row of a scores file that was refused; one refusal rejects the whole file. */
export interface ScoresImportRejection {
  /** Line of the file (the header is line 1); 1 for a problem with the header itself. */
  row: number;
  /** The column at fault, when there is one. */
  field: string | null;
  /** What is wrong, as a message code (row and column are among its parameters). */
  code: string;
  params: Record<string, string | number>;
}

/** What importing a scores file did (`scoresImport`): all or nothing, so `rejected` empty means it was written. */
export interface ScoresImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: ScoresImportRejection[];
}
