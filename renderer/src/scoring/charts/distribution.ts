/**
 * Each member's scores, counted by value, and their mean: who is severe and who is lenient. Computed from the sheets
 * the core lets the viewer see (a hidden row contributes nothing). Pure.
 */
import type { Member } from '../../../../common/domain/types.ts';
import type { ScoringSheet } from '../../../../common/scoring/views.ts';

export interface MemberDistribution {
  member: string;
  name: string;
  /** Count of scores by value, in the order of `values`. */
  counts: number[];
  scores: number;
  /** Mean of every score the member gave; null without scores. */
  meanScore: number | null;
  /** Mean of the member's weighted totals T over their complete sheets. */
  meanTotal: number | null;
}

export interface Distribution {
  values: number[];
  members: MemberDistribution[];
  /** Mean of every score of every member shown. */
  overallMean: number | null;
}

export function distributionOf(sheets: readonly { member: Member; sheet: ScoringSheet }[]): Distribution {
  const valueSet = new Set<number>();
  for (const { sheet } of sheets) for (const row of sheet.rows) for (const s of Object.values(row.scores)) valueSet.add(s.value);
  const values = [...valueSet].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  let allSum = 0;
  let allN = 0;
  const members = sheets.map(({ member, sheet }): MemberDistribution => {
    const counts = values.map(() => 0);
    let sum = 0;
    let n = 0;
    let totalSum = 0;
    let totalN = 0;
    for (const row of sheet.rows) {
      if (row.hidden) continue;
      for (const s of Object.values(row.scores)) {
        counts[index.get(s.value)!]! += 1;
        sum += s.value;
        n += 1;
      }
      if (row.total !== null) {
        totalSum += row.total;
        totalN += 1;
      }
    }
    allSum += sum;
    allN += n;
    return { member: member.id, name: member.name, counts, scores: n, meanScore: n ? sum / n : null, meanTotal: totalN ? totalSum / totalN : null };
  });
  return { values, members, overallMean: allN ? allSum / allN : null };
}

/** Below this many scores a member's mean says little about their severity (the normalisation's own floor is 5 sheets). */
export const MIN_SCORES_FOR_SEVERITY = 5;

/** The most severe and the most lenient member by mean score, among those with enough scores (null under two). */
export function extremes(d: Distribution): { severe: MemberDistribution; lenient: MemberDistribution } | null {
  const scored = d.members.filter((m) => m.meanScore !== null && m.scores >= MIN_SCORES_FOR_SEVERITY);
  if (scored.length < 2) return null;
  const sorted = [...scored].sort((a, b) => a.meanScore! - b.meanScore!);
  return { severe: sorted[0]!, lenient: sorted.at(-1)! };
}
