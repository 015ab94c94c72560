/**
 * How firm is each rank (issue 9): the best and the worst rank a dossier takes over the full ranking and the
 * rankings obtained by leaving out, in turn, each member who has a scored (complete) sheet, normalisation recomputed
 * without them. A wide range near the selection boundary marks a contested place.
 */
import { analyse, rankingOf } from '../scoring/analyse.ts';
import type { ScoringInput, ScoringSettings } from '../scoring/input.ts';
import type { Ranking } from '../scoring/ranking.ts';

export interface RankRange {
  dossier: string;
  /** Its rank in the full ranking. */
  rank: number;
  best: number;
  worst: number;
  /** Leave-one-out rankings in which the dossier was not ranked (the member left out was its only scorer). */
  unrankedWithout: string[];
}

export interface RankRanges {
  ranking: Ranking;
  /** Members left out in turn: those with at least one complete sheet, in the committee's order. */
  leftOut: string[];
  /** One per dossier of the full ranking, in its order. */
  ranges: RankRange[];
}

export function rankRanges(input: ScoringInput, settings: Pick<ScoringSettings, 'rankBy' | 'divergenceThreshold'>): RankRanges {
  const full = analyse(input);
  const ranking = rankingOf(full, settings);
  const D = full.mx.dossiers.length;
  const leftOut = full.mx.members.filter((_, m) => full.complete.subarray(m * D, (m + 1) * D).some((c) => c === 1));
  const ranges = new Map<string, RankRange>(
    ranking.ranking.map((r) => [r.dossier, { dossier: r.dossier, rank: r.rank, best: r.rank, worst: r.rank, unrankedWithout: [] }]),
  );
  for (const member of leftOut) {
    const without = rankingOf(analyse(input, { excludeMembers: [member] }), settings);
    const rankOf = new Map(without.ranking.map((r) => [r.dossier, r.rank]));
    for (const range of ranges.values()) {
      const rank = rankOf.get(range.dossier);
      if (rank === undefined) {
        range.unrankedWithout.push(member);
        continue;
      }
      range.best = Math.min(range.best, rank);
      range.worst = Math.max(range.worst, rank);
    }
  }
  return { ranking, leftOut, ranges: [...ranges.values()] };
}
