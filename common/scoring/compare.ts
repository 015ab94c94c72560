/**
 * Side-by-side comparison of a few dossiers: criteria as rows, dossiers as columns; each cell gives the mean and
 * spread over complete sheets (the figures that enter the ranking) and every non-recused member's score.
 */
import type { Analysis } from './analyse.ts';
import { spread as spreadOf } from './stats.ts';

export interface MemberScore {
  member: string;
  value: number;
  /** Whether this member's sheet for the dossier is complete, i.e. whether the score counts in the mean. */
  complete: boolean;
}

export interface ComparedCell {
  dossier: string;
  mean: number | null;
  spread: number | null;
  scores: MemberScore[];
}

export interface ComparedCriterion {
  criterion: string;
  cells: ComparedCell[];
}

export interface ComparedTotal {
  dossier: string;
  raw: number | null;
  normalized: number | null;
  median: number | null;
  spread: number | null;
  scorers: number;
}

export interface Comparison {
  dossiers: string[];
  criteria: ComparedCriterion[];
  totals: ComparedTotal[];
}

/** Dossiers unknown to the analysis are skipped; callers check ids before asking. */
export function compareDossiers(a: Analysis, dossierIds: readonly string[]): Comparison {
  const { mx } = a;
  const D = mx.dossiers.length;
  const C = mx.criteria.length;
  const index = new Map(mx.dossiers.map((d, i) => [d.id, i]));
  const picked = dossierIds.filter((id) => index.has(id)).map((id) => index.get(id)!);
  return {
    dossiers: picked.map((d) => mx.dossiers[d]!.id),
    criteria: mx.criteria.map((criterion, c) => ({
      criterion,
      cells: picked.map((d): ComparedCell => {
        const scores: MemberScore[] = [];
        const counted: number[] = [];
        mx.members.forEach((member, m) => {
          const value = mx.values[(m * D + d) * C + c]!;
          if (Number.isNaN(value)) return;
          const complete = a.complete[m * D + d] === 1;
          scores.push({ member, value, complete });
          if (complete) counted.push(value);
        });
        return {
          dossier: mx.dossiers[d]!.id,
          mean: counted.length ? a.aggregates[d]!.criterionMeans[c]! : null,
          spread: counted.length ? spreadOf(counted) : null,
          scores,
        };
      }),
    })),
    totals: picked.map((d) => {
      const agg = a.aggregates[d]!;
      return {
        dossier: agg.dossier,
        raw: agg.raw,
        normalized: a.normalisation.normalized[d] ?? null,
        median: agg.median,
        spread: agg.spread,
        scorers: agg.count,
      };
    }),
  };
}
