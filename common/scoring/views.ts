/**
 * What a person is shown of the scores: the shapes the core returns once it has removed what the viewer may not see
 * (a recused member's dossier, everything under blind scoring until the viewer's sheet is marked complete).
 */
import type { Dossier, Member } from '../domain/types.ts';
import type { Comparison } from './compare.ts';
import type { RankedDossier, Ranking } from './ranking.ts';
import type { WhatIfResult } from './whatIf.ts';

export interface SheetScore {
  value: number;
  comment: string | null;
  enteredBy: string;
  updatedAt: string;
}

export interface SheetRow {
  dossier: string;
  /** The member declared a conflict of interest: the row is locked. */
  recused: boolean;
  /** Eligibility checks the dossier failed (it will not be ranked). */
  failedChecks: string[];
  /** By criterion id; empty when hidden. */
  scores: Record<string, SheetScore>;
  complete: boolean;
  /** T(m,d) when the row is complete. */
  total: number | null;
  /** The viewer may not see this member's scores for this dossier (recusal, blind scoring). */
  hidden: boolean;
}

export interface ScoringSheet {
  member: Member;
  blind: boolean;
  /** When the member marked the sheet complete, or null. */
  markedComplete: string | null;
  rows: SheetRow[];
  /** What remains: dossiers not yet complete (recused and ineligible ones excluded) and the scores missing in them. */
  remaining: { dossiers: number; scores: number };
}

type Figures = 'raw' | 'normalized' | 'median' | 'spread';

/** A ranking row; a dossier hidden from the viewer keeps its place (the committee's result) without its figures. */
export type RankingViewRow = Omit<RankedDossier, Figures> & { [K in Figures]: number | null } & {
  hidden: boolean;
  /**
   * [best, worst] rank over the full ranking and those without each member in turn (issue 9, « How firm is each
   * rank »); null in a what-if scenario, which does not compute it.
   */
  rankRange: [number, number] | null;
  /** The range crosses the selection boundary (main/selection/rankFirmness.ts states the rule). */
  contested: boolean;
};
export type RankingView = Omit<Ranking, 'ranking'> & { ranking: RankingViewRow[] };
export type WhatIfView = Omit<WhatIfResult, 'before' | 'after'> & { before: RankingView; after: RankingView };

/** One dossier's scores by criterion, as the viewer may see them (the dossier page). */
export interface DossierScoresView {
  dossier: string;
  /** The viewer may not see the other members' scores on it (recusal, blind scoring): means and spreads are null. */
  hidden: boolean;
  criteria: { criterion: string; mean: number | null; spread: number | null }[];
}

export interface ComparisonView extends Comparison {
  /** The dossiers' key facts, in the order asked. */
  facts: Dossier[];
  /** Dossiers whose other members' scores the viewer may not see: only the viewer's own scores are given. */
  hidden: string[];
}
