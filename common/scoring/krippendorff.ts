/**
 * Krippendorff's alpha = 1 − D_o / D_e, from the coincidence formulation of Krippendorff (2011), "Computing
 * Krippendorff's alpha-reliability", https://repository.upenn.edu/asc_papers/43/ :
 *   D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i≠j in u} δ(v_i, v_j)
 *   D_e = 1/(n(n − 1)) · Σ_{i≠j over all pairable values} δ(v_i, v_j)
 * where m_u is the number of values in unit u and n the number of pairable values. Units with fewer than two values
 * carry no pair and are left out. δ² is (a − b)² for the interval metric and [a ≠ b] for the nominal one (the latter
 * exists for checking against the paper's worked example).
 */

export type AlphaMetric = 'interval' | 'nominal';

export interface AlphaResult {
  /** null when undefined: no pairable unit, or no variation at all among the values (D_e = 0). */
  alpha: number | null;
  /** Units with at least two values. */
  units: number;
  /** Pairable values, n. */
  values: number;
}

/** Σ_{i≠j} (v_i − v_j)² over ordered pairs = 2·m·Σ (v_i − mean)², computed around the mean for accuracy. */
function intervalPairSum(vs: readonly number[]): number {
  let s = 0;
  for (const v of vs) s += v;
  const mu = s / vs.length;
  let ss = 0;
  for (const v of vs) ss += (v - mu) ** 2;
  return 2 * vs.length * ss;
}

/** Σ_{i≠j} [v_i ≠ v_j] over ordered pairs = m² − Σ_k n_k², with n_k the count of each distinct value. */
function nominalPairSum(vs: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
  let same = 0;
  for (const n of counts.values()) same += n * n;
  return vs.length * vs.length - same;
}

/** `units` holds the values present in each unit (missing values simply absent). */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: AlphaMetric = 'interval'): AlphaResult {
  const pairSum = metric === 'interval' ? intervalPairSum : nominalPairSum;
  const pooled: number[] = [];
  let unitCount = 0;
  let observed = 0;
  for (const u of units) {
    if (u.length < 2) continue;
    unitCount += 1;
    observed += pairSum(u) / (u.length - 1);
    for (const v of u) pooled.push(v);
  }
  const n = pooled.length;
  if (unitCount === 0) return { alpha: null, units: 0, values: 0 };
  const expected = pairSum(pooled);
  if (expected === 0) return { alpha: null, units: unitCount, values: n };
  return { alpha: 1 - ((n - 1) * observed) / expected, units: unitCount, values: n };
}
