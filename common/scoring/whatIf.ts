/**
 * What if the weights were different, or a member were left out? Recomputes the ranking on a copy of the grid's
 * weights and committee and reports how each dossier would move. Pure: nothing stored is touched.
 */
import { analyse, rankingOf } from './analyse.ts';
import type { ScoringInput, ScoringSettings } from './input.ts';
import type { Ranking } from './ranking.ts';

export interface WhatIfChange {
  /** New weights by criterion id; criteria not named keep the grid's weight. */
  weights?: Readonly<Record<string, number>>;
  /** Members whose scores are left out. */
  excludeMembers?: readonly string[];
}

export interface RankMove {
  dossier: string;
  /** null when the dossier is not ranked in that scenario (e.g. its only scorer was left out). */
  before: number | null;
  after: number | null;
  /** before − after: positive when the dossier moves up; null when it is unranked on either side. */
  delta: number | null;
}

export interface WhatIfResult {
  before: Ranking;
  after: Ranking;
  /** In the order of the new ranking, then the dossiers that dropped out of it. */
  moves: RankMove[];
}

export function whatIf(
  input: ScoringInput,
  settings: Pick<ScoringSettings, 'rankBy' | 'divergenceThreshold'>,
  change: WhatIfChange,
): WhatIfResult {
  const before = rankingOf(analyse(input), settings);
  const after = rankingOf(analyse(input, change), settings);
  const rankBefore = new Map(before.ranking.map((r) => [r.dossier, r.rank]));
  const rankAfter = new Map(after.ranking.map((r) => [r.dossier, r.rank]));
  const move = (dossier: string): RankMove => {
    const b = rankBefore.get(dossier) ?? null;
    const a = rankAfter.get(dossier) ?? null;
    return { dossier, before: b, after: a, delta: a !== null && b !== null ? b - a : null };
  };
  const moves = after.ranking.map((r) => move(r.dossier));
  for (const r of before.ranking) if (!rankAfter.has(r.dossier)) moves.push(move(r.dossier));
  return { before, after, moves };
}
