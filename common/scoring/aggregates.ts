/**
 * Raw aggregates per dossier over the complete, non-recused sheets: mean, median and spread (max − min) of T(m,d),
 * the number of sheets, and the mean of each criterion (read by the `criterion:<id>` tie-break rule).
 */
import type { ScoreMatrix } from './matrix.ts';
import { mean, median, spread } from './stats.ts';

export interface RawAggregate {
  dossier: string;
  /** Mean of T over complete sheets; null when no sheet is complete. */
  raw: number | null;
  median: number | null;
  spread: number | null;
  /** Complete sheets, i.e. the members whose total counts. */
  count: number;
  /** Per criterion (grid order): mean score over the same complete sheets; null when none. */
  criterionMeans: (number | null)[];
}

export function rawAggregates(mx: ScoreMatrix, complete: Uint8Array, totals: Float64Array): RawAggregate[] {
  const M = mx.members.length;
  const D = mx.dossiers.length;
  const C = mx.criteria.length;
  return mx.dossiers.map((dossier, d) => {
    const ts: number[] = [];
    const sums = new Float64Array(C);
    for (let m = 0; m < M; m += 1) {
      const md = m * D + d;
      if (!complete[md]) continue;
      ts.push(totals[md]!);
      for (let c = 0, at = md * C; c < C; c += 1, at += 1) sums[c]! += mx.values[at]!;
    }
    const n = ts.length;
    // T is undefined when the weights sum to zero: the sheets still count, their totals do not exist.
    const hasTotals = n > 0 && !Number.isNaN(ts[0]!);
    return {
      dossier: dossier.id,
      raw: hasTotals ? mean(ts) : null,
      median: hasTotals ? median(ts) : null,
      spread: hasTotals ? spread(ts) : null,
      count: n,
      criterionMeans: Array.from(sums, (s) => (n > 0 ? s / n : null)),
    };
  });
}
