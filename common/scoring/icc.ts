/**
 * Intraclass correlations of Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2), 420–428, case 2 (every target rated by the same k judges, judges a random sample),
 * from the two-way ANOVA mean squares of an n targets × k judges table without missing cells:
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n)   (one judge's reliability)
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)                    (reliability of the mean of the k judges)
 */

export interface IccResult {
  icc21: number | null;
  icc2k: number | null;
  /** n, the targets (rows) used. */
  targets: number;
  /** k, the judges (columns). */
  judges: number;
}

/** `rows[i][j]` is judge j's rating of target i; every row has the same length k. */
export function icc2(rows: readonly (readonly number[])[]): IccResult {
  const k = rows[0]?.length ?? 0;
  const flat = new Float64Array(rows.length * k);
  rows.forEach((row, i) => flat.set(row, i * k));
  return icc2Flat(flat, rows.length, k);
}

/** The same on a row-major n × k table (target i, judge j at i·k + j), for callers that hold a matrix already. */
export function icc2Flat(x: Float64Array, n: number, k: number): IccResult {
  if (n < 2 || k < 2) return { icc21: null, icc2k: null, targets: n, judges: k };

  let grand = 0;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(k);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0, at = i * k; j < k; j += 1, at += 1) {
      rowSum[i]! += x[at]!;
      colSum[j]! += x[at]!;
    }
    grand += rowSum[i]!;
  }
  const gm = grand / (n * k);
  let ssTotal = 0;
  for (let at = 0; at < n * k; at += 1) ssTotal += (x[at]! - gm) ** 2;
  let ssRows = 0;
  for (const s of rowSum) ssRows += (s / k - gm) ** 2;
  ssRows *= k;
  let ssCols = 0;
  for (const s of colSum) ssCols += (s / n - gm) ** 2;
  ssCols *= n;
  // Rounding can leave a tiny negative residual when the table is additive; it is zero.
  const ssError = Math.max(0, ssTotal - ssRows - ssCols);

  const bms = ssRows / (n - 1);
  const jms = ssCols / (k - 1);
  const ems = ssError / ((n - 1) * (k - 1));
  const den21 = bms + (k - 1) * ems + (k * (jms - ems)) / n;
  const den2k = bms + (jms - ems) / n;
  // A denominator vanishes when every rating is the same: agreement is then undefined, not perfect.
  return {
    icc21: den21 !== 0 ? (bms - ems) / den21 : null,
    icc2k: den2k !== 0 ? (bms - ems) / den2k : null,
    targets: n,
    judges: k,
  };
}
