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

/** Σ_{i≠j} [v_i ≠ v_j] over ordered pairs = m² − Σ_k n_k², with n_k the count of each distinct value. */
function nominalPairSum(vs: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of vs) counts.set(v, (counts.get(v) ?? 0) + 1);
  let same = 0;
  for (const n of counts.values()) same += n * n;
  return vs.length * vs.length - same;
}

/** A unit summarised for the interval metric: its number of values, their mean and squared deviations from it. */
export interface UnitMoments {
  n: number;
  mean: number;
  /** Σ (v − mean)² over the unit's values. */
  ss: number;
}

/**
 * Interval alpha from per-unit moments, so that callers holding the values in a matrix need not copy them out:
 * Σ_{i≠j in u} (v_i − v_j)² = 2·m_u·ss_u over ordered pairs, and the pooled ss decomposes as
 * Σ_u ss_u + Σ_u m_u·(mean_u − mean)², both computed around means for accuracy.
 */
export function intervalAlphaFromMoments(units: readonly UnitMoments[]): AlphaResult {
  let unitCount = 0;
  let n = 0;
  let sum = 0;
  let observed = 0;
  for (const u of units) {
    if (u.n < 2) continue;
    unitCount += 1;
    n += u.n;
    sum += u.n * u.mean;
    observed += (2 * u.n * u.ss) / (u.n - 1);
  }
  if (unitCount === 0) return { alpha: null, units: 0, values: 0 };
  const mean = sum / n;
  let pooledSs = 0;
  for (const u of units) if (u.n >= 2) pooledSs += u.ss + u.n * (u.mean - mean) ** 2;
  const expected = 2 * n * pooledSs;
  if (expected === 0) return { alpha: null, units: unitCount, values: n };
  return { alpha: 1 - ((n - 1) * observed) / expected, units: unitCount, values: n };
}

function unitMoments(values: readonly number[]): UnitMoments {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = values.length ? sum / values.length : 0;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { n: values.length, mean, ss };
}

function nominalAlpha(units: readonly (readonly number[])[]): AlphaResult {
  const pooled: number[] = [];
  let unitCount = 0;
  let observed = 0;
  for (const u of units) {
    if (u.length < 2) continue;
    unitCount += 1;
    observed += nominalPairSum(u) / (u.length - 1);
    for (const v of u) pooled.push(v);
  }
  const n = pooled.length;
  if (unitCount === 0) return { alpha: null, units: 0, values: 0 };
  const expected = nominalPairSum(pooled);
  if (expected === 0) return { alpha: null, units: unitCount, values: n };
  return { alpha: 1 - ((n - 1) * observed) / expected, units: unitCount, values: n };
}

/** `units` holds the values present in each unit (missing values simply absent). */
export function krippendorffAlpha(units: readonly (readonly number[])[], metric: AlphaMetric = 'interval'): AlphaResult {
  return metric === 'interval' ? intervalAlphaFromMoments(units.map(unitMoments)) : nominalAlpha(units);
}
