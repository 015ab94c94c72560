/**
 * The computations everything else reads, done once: matrix, complete sheets, totals, raw aggregates, normalisation.
 * The interface, the CLI, the minutes and the what-if panel all start here so that they can never disagree.
 */
import { rawAggregates, type RawAggregate } from './aggregates.ts';
import { agreement, type Agreement } from './agreement.ts';
import { incompleteSheets, sheetCompleteness, type SheetRef } from './completeness.ts';
import type { ScoringInput, ScoringSettings } from './input.ts';
import { buildMatrix, type MatrixOptions, type ScoreMatrix } from './matrix.ts';
import { normalise, type Normalisation } from './normalise.ts';
import { rankDossiers, type Ranking } from './ranking.ts';
import { sheetTotals } from './totals.ts';

export interface Analysis {
  input: ScoringInput;
  mx: ScoreMatrix;
  /** 1 at m·D + d for a complete, non-recused sheet. */
  complete: Uint8Array;
  /** T(m,d) at m·D + d; NaN where the sheet is incomplete or recused. */
  totals: Float64Array;
  aggregates: RawAggregate[];
  normalisation: Normalisation;
}

export function analyse(input: ScoringInput, options: MatrixOptions = {}): Analysis {
  const mx = buildMatrix(input, options);
  const complete = sheetCompleteness(mx);
  const totals = sheetTotals(mx, complete);
  const aggregates = rawAggregates(mx, complete, totals);
  return { input, mx, complete, totals, aggregates, normalisation: normalise(mx, totals, aggregates) };
}

export function incompleteOf(a: Analysis): SheetRef[] {
  return incompleteSheets(a.mx, a.complete, a.input.grid.eligibility.map((e) => e.id));
}

export function rankingOf(a: Analysis, settings: Pick<ScoringSettings, 'rankBy' | 'divergenceThreshold'>): Ranking {
  return rankDossiers(
    {
      mx: a.mx,
      eligibilityIds: a.input.grid.eligibility.map((e) => e.id),
      tieBreak: a.input.grid.tieBreak,
      aggregates: a.aggregates,
      normalized: a.normalisation.normalized,
      incomplete: incompleteOf(a),
    },
    settings.rankBy,
    settings.divergenceThreshold,
  );
}

export const agreementOf = (a: Analysis): Agreement => agreement(a.mx, a.totals);
