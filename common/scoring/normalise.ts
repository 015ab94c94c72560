/**
 * Per-member z-score normalisation, so that a severe and a lenient member weigh alike:
 *   mu_m, sigma_m = mean and population SD of T(m,·) over the dossiers m completed;
 *   z(m,d) = (T(m,d) − mu_m) / sigma_m;
 *   mu, sigma = mean and population SD of every T(m,d) of the session;
 *   normalized(d) = mu + sigma · mean over m of z(m,d).
 * A member with fewer than MIN_SHEETS_FOR_Z complete sheets, or with sigma_m = 0, contributes no z; a dossier for
 * which no member contributes keeps normalized(d) = raw(d).
 */
import type { RawAggregate } from './aggregates.ts';
import type { ScoreMatrix } from './matrix.ts';

const MIN_SHEETS_FOR_Z = 5;

/**
 * A standard deviation below this is zero: identical totals such as 2.1, 2.1, 2.1 leave a rounding residue of about
 * 1e-16, and dividing by it would turn noise into huge z-scores.
 */
const ZERO_SD = 1e-12;

export interface MemberSeverity {
  member: string;
  /** Complete sheets of this member. */
  sheets: number;
  mu: number | null;
  sigma: number | null;
  /** Whether this member's z-scores enter normalized(d). */
  contributes: boolean;
}

export interface Normalisation {
  mu: number | null;
  sigma: number | null;
  members: MemberSeverity[];
  /** Per dossier, in matrix order; null when the dossier has no complete sheet. */
  normalized: (number | null)[];
}

export function normalise(mx: ScoreMatrix, totals: Float64Array, raw: readonly RawAggregate[]): Normalisation {
  const M = mx.members.length;
  const D = mx.dossiers.length;

  // Session-wide mu and sigma, and each member's, in two passes (mean first, then squared deviations).
  let all = 0;
  let allSum = 0;
  const count = new Float64Array(M);
  const sum = new Float64Array(M);
  for (let m = 0; m < M; m += 1) {
    for (let d = 0, md = m * D; d < D; d += 1, md += 1) {
      const t = totals[md]!;
      if (Number.isNaN(t)) continue;
      count[m]! += 1;
      sum[m]! += t;
    }
    all += count[m]!;
    allSum += sum[m]!;
  }
  const mu = all > 0 ? allSum / all : null;
  let allSs = 0;
  const ss = new Float64Array(M);
  for (let m = 0; m < M; m += 1) {
    const mum = sum[m]! / count[m]!;
    for (let d = 0, md = m * D; d < D; d += 1, md += 1) {
      const t = totals[md]!;
      if (Number.isNaN(t)) continue;
      ss[m]! += (t - mum) ** 2;
      allSs += (t - mu!) ** 2;
    }
  }
  const sigma = all > 0 ? Math.sqrt(allSs / all) : null;

  const members = mx.members.map((member, m): MemberSeverity => {
    const n = count[m]!;
    const sigmaM = n > 0 ? Math.sqrt(ss[m]! / n) : null;
    return {
      member,
      sheets: n,
      mu: n > 0 ? sum[m]! / n : null,
      sigma: sigmaM,
      contributes: n >= MIN_SHEETS_FOR_Z && sigmaM !== null && sigmaM > ZERO_SD,
    };
  });

  const normalized = raw.map((agg, d) => {
    let zSum = 0;
    let zCount = 0;
    for (let m = 0; m < M; m += 1) {
      const sev = members[m]!;
      const t = totals[m * D + d]!;
      if (!sev.contributes || Number.isNaN(t)) continue;
      zSum += (t - sev.mu!) / sev.sigma!;
      zCount += 1;
    }
    return zCount > 0 ? mu! + sigma! * (zSum / zCount) : agg.raw;
  });
  return { mu, sigma, members, normalized };
}
