/**
 * Agreement between members, per criterion and on the weighted total T: Krippendorff's alpha (interval metric, units =
 * dossiers, values = the non-recused members' scores, missing values allowed) and ICC(2,1), ICC(2,k) on the dossiers
 * scored by every member who scored at all (a member with no value for the criterion would otherwise leave no
 * dossier to compute on).
 */
import { icc2 } from './icc.ts';
import { krippendorffAlpha } from './krippendorff.ts';
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

/** Statistics of one member × dossier table; `at(m, d)` is NaN where a value is missing. */
function statsOf(M: number, D: number, at: (m: number, d: number) => number): AgreementStats {
  const units: number[][] = [];
  const hasAny = new Uint8Array(M);
  for (let d = 0; d < D; d += 1) {
    const u: number[] = [];
    for (let m = 0; m < M; m += 1) {
      const v = at(m, d);
      if (Number.isNaN(v)) continue;
      u.push(v);
      hasAny[m] = 1;
    }
    units.push(u);
  }
  const raters: number[] = [];
  for (let m = 0; m < M; m += 1) if (hasAny[m]) raters.push(m);
  const rows: number[][] = [];
  for (let d = 0; d < D; d += 1) {
    if (units[d]!.length !== raters.length) continue;
    rows.push(raters.map((m) => at(m, d)));
  }
  const alpha = krippendorffAlpha(units, 'interval');
  const icc = icc2(rows);
  return {
    alpha: alpha.alpha,
    icc21: icc.icc21,
    icc2k: icc.icc2k,
    units: alpha.units,
    iccUnits: rows.length,
    iccRaters: raters.length,
  };
}

export function agreement(mx: ScoreMatrix, totals: Float64Array): Agreement {
  const M = mx.members.length;
  const D = mx.dossiers.length;
  const C = mx.criteria.length;
  return {
    criteria: mx.criteria.map((criterion, c) => ({
      criterion,
      ...statsOf(M, D, (m, d) => mx.values[(m * D + d) * C + c]!),
    })),
    total: statsOf(M, D, (m, d) => totals[m * D + d]!),
  };
}
