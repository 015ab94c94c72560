/**
 * The one input every scoring function reads: what the session holds, as plain data. The main process loads it from
 * the session file; tests and the what-if panel build it by hand. Nothing here is ever written back.
 */
import type { Grid, MemberRole } from '../domain/types.ts';

export interface ScoringMember {
  id: string;
  role: MemberRole;
}

export interface ScoringDossier {
  id: string;
  /** ISO 8601 submission time, used by the `deposited` tie-break rule; null when the source gave none. */
  depositedAt: string | null;
  /**
   * Eligibility results by check id: true passed, false failed. A check absent from the record (or null) has not
   * been assessed yet and excludes nothing: only an explicit failure takes a dossier out of the ranking.
   */
  eligibility: Readonly<Record<string, boolean | null>>;
}

export interface ScoreValue {
  member: string;
  dossier: string;
  criterion: string;
  value: number;
}

/** A declared conflict of interest: the member neither scores the dossier nor counts in its aggregates. */
export interface Recusal {
  member: string;
  dossier: string;
}

export interface ScoringInput {
  grid: Grid;
  members: readonly ScoringMember[];
  dossiers: readonly ScoringDossier[];
  scores: readonly ScoreValue[];
  recusals: readonly Recusal[];
}

export type RankBy = 'normalized' | 'raw';

export interface ScoringSettings {
  rankBy: RankBy;
  /** Blind scoring: a member sees no one else's scores until they mark their own sheet complete. */
  blind: boolean;
  /** A dossier whose spread of totals reaches this value is flagged for discussion. */
  divergenceThreshold: number;
}

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = { rankBy: 'normalized', blind: false, divergenceThreshold: 1 };

/** Values closer than this count as equal (ranking, tie-breaks, divergence threshold). */
export const EPSILON = 1e-9;

/** Observers neither score nor vote: they are left out of every computation. */
export const scoresInSession = (role: MemberRole): boolean => role !== 'observer';
