/** T(m,d) = Σ_c w_c·s(m,d,c) / Σ_c w_c: a member's weighted total for a dossier, on the scale of the scores. */
import type { ScoreMatrix } from './matrix.ts';

/** The weighted total of one sheet; null when a value is missing or the weights sum to zero (T is undefined). */
export function weightedTotal(weights: ArrayLike<number>, values: ArrayLike<number>): number | null {
  let num = 0;
  let den = 0;
  for (let c = 0; c < weights.length; c += 1) {
    const v = values[c]!;
    if (Number.isNaN(v)) return null;
    num += weights[c]! * v;
    den += weights[c]!;
  }
  return den > 0 ? num / den : null;
}

/** T at m·D + d for every complete sheet; NaN for incomplete or recused sheets. */
export function sheetTotals(mx: ScoreMatrix, complete: Uint8Array): Float64Array {
  const C = mx.criteria.length;
  const totals = new Float64Array(complete.length).fill(Number.NaN);
  let wsum = 0;
  for (const w of mx.weights) wsum += w;
  if (!(wsum > 0)) return totals;
  for (let md = 0; md < complete.length; md += 1) {
    if (!complete[md]) continue;
    let num = 0;
    for (let c = 0, at = md * C; c < C; c += 1, at += 1) num += mx.weights[c]! * mx.values[at]!;
    totals[md] = num / wsum;
  }
  return totals;
}
