/**
 * Agreement between members, per criterion and on the weighted total T: Krippendorff's alpha (interval metric, units =
 * dossiers, values = the non-recused members' scores, missing values allowed) and ICC(2,1), ICC(2,k) on the dossiers
 * scored by every member who scored at all (a member with no value for the criterion would otherwise leave no
 * dossier to compute on).
 */
import { icc2Flat } from './icc.ts';
import { intervalAlphaFromMoments, type UnitMoments } from './krippendorff.ts';
import type { ScoreMatrix } from './matrix.ts';

export interface AgreementStats {
  alpha: number | null;
  icc21: number | null;
  icc2k: number | null;
  /** Dossiers entering alpha (with at least two values). */
  units: number;
  /** Dossiers entering the ICC (scored by every member counted). */
  iccUnits: number;
  /** Members counted by the ICC. */
  iccRaters: number;
}

export interface CriterionAgreement extends AgreementStats {
  criterion: string;
}

export interface Agreement {
  criteria: CriterionAgreement[];
  total: AgreementStats;
}

/**
 * A member × dossier table read in place: value(m, d) = values[base + m·strideM + d·strideD], NaN where missing.
 * Criteria and totals are both such views of the analysis arrays, so nothing is copied per statistic.
 */
interface Table {
  values: Float64Array;
  base: number;
  strideM: number;
  strideD: number;
}

function statsOf(M: number, D: number, t: Table): AgreementStats {
  const { values, base, strideM, strideD } = t;
  const moments: UnitMoments[] = [];
  const counts = new Int32Array(D);
  const hasAny = new Uint8Array(M);
  for (let d = 0; d < D; d += 1) {
    let n = 0;
    let sum = 0;
    for (let m = 0, at = base + d * strideD; m < M; m += 1, at += strideM) {
      const v = values[at]!;
      if (v !== v) continue; // NaN: missing
      n += 1;
      sum += v;
      hasAny[m] = 1;
    }
    const mean = n ? sum / n : 0;
    let ss = 0;
    for (let m = 0, at = base + d * strideD; m < M; m += 1, at += strideM) {
      const v = values[at]!;
      if (v === v) ss += (v - mean) ** 2;
    }
    counts[d] = n;
    moments.push({ n, mean, ss });
  }
  const raters: number[] = [];
  for (let m = 0; m < M; m += 1) if (hasAny[m]) raters.push(m);
  const k = raters.length;
  let n = 0;
  for (let d = 0; d < D; d += 1) if (k > 0 && counts[d] === k) n += 1;
  const rows = new Float64Array(n * k);
  for (let d = 0, i = 0; d < D; d += 1) {
    if (k === 0 || counts[d] !== k) continue;
    for (let j = 0; j < k; j += 1) rows[i * k + j] = values[base + raters[j]! * strideM + d * strideD]!;
    i += 1;
  }
  const alpha = intervalAlphaFromMoments(moments);
  const icc = icc2Flat(rows, n, k);
  return { alpha: alpha.alpha, icc21: icc.icc21, icc2k: icc.icc2k, units: alpha.units, iccUnits: n, iccRaters: k };
}

export function agreement(mx: ScoreMatrix, totals: Float64Array): Agreement {
  const M = mx.members.length;
  const D = mx.dossiers.length;
  const C = mx.criteria.length;
  return {
    criteria: mx.criteria.map((criterion, c) => ({
      criterion,
      ...statsOf(M, D, { values: mx.values, base: c, strideM: D * C, strideD: C }),
    })),
    total: statsOf(M, D, { values: totals, base: 0, strideM: D, strideD: 1 }),
  };
}
