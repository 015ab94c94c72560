/**
 * How firm is each rank (issue 9): the rank range of every ranked dossier (common/deliberation/rankRange.ts) and
 * whether it is « contesté ».
 *
 * The rule: the selection boundary B is the number of dossiers the session means to select, read from its first
 * `count` target (its minimum, else its maximum; the call's default is « au moins 40 »). A dossier is contested when
 * its range crosses that boundary, best ≤ B < worst: in one of the rankings (the full one, or one without a member)
 * it is within the first B and in another it is not, so the selection would change with a different committee.
 * A range that is wide but stays on one side of the boundary does not change the selection and is not flagged.
 * Without a count target there is no boundary and nothing is contested.
 */
import { rankRanges, type RankRanges } from '../../common/deliberation/rankRange.ts';
import type { Target } from '../../common/deliberation/targets.ts';
import type { RankRangesView } from '../../common/api/contract/selection.ts';
import type { ScoringInput, ScoringSettings } from '../../common/scoring/input.ts';

export function selectionBoundary(targets: readonly Target[]): number | null {
  const count = targets.find((t) => t.kind === 'count');
  if (!count || count.kind !== 'count') return null;
  return count.min ?? count.max;
}

export const isContested = (best: number, worst: number, boundary: number | null): boolean =>
  boundary !== null && best <= boundary && worst > boundary;

export interface Firmness extends RankRangesView {
  ranking: RankRanges['ranking'];
}

export function rankFirmness(input: ScoringInput, settings: Pick<ScoringSettings, 'rankBy' | 'divergenceThreshold'>, targets: readonly Target[]): Firmness {
  const r = rankRanges(input, settings);
  const boundary = selectionBoundary(targets);
  return {
    ranking: r.ranking,
    leftOut: r.leftOut,
    boundary,
    ranges: r.ranges.map((x) => ({ ...x, contested: isContested(x.best, x.worst, boundary) })),
  };
}
