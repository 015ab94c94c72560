/**
 * Ranking: by normalised value (or raw, a session setting), then by the grid's tie-break rules in order. Values
 * within EPSILON are equal. Dossiers still equal after every rule share a rank (1, 2, 2, 4) and are flagged for a
 * vote. Ineligible dossiers are listed apart, never ranked; eligible dossiers without any complete sheet are listed
 * as unscored.
 */
import type { RawAggregate } from './aggregates.ts';
import type { SheetRef } from './completeness.ts';
import { isDivergent } from './divergence.ts';
import { failedChecks } from './eligibility.ts';
import { EPSILON, type RankBy } from './input.ts';
import type { ScoreMatrix } from './matrix.ts';
import { depositedTime, parseTieBreakRule } from './tieBreak.ts';

export interface RankedDossier {
  dossier: string;
  rank: number;
  raw: number;
  normalized: number;
  median: number;
  spread: number;
  /** Members whose complete sheet entered the aggregates. */
  scorers: number;
  /** Still equal after every tie-break rule: shares its rank, to be settled by a vote. */
  tied: boolean;
  divergent: boolean;
  /** The tie-break rule that set this dossier apart from others of equal value; null when the value decided. */
  decidedBy: string | null;
}

export interface IneligibleDossier {
  dossier: string;
  failed: string[];
}

export interface Ranking {
  rankBy: RankBy;
  ranking: RankedDossier[];
  ineligible: IneligibleDossier[];
  /** Eligible dossiers that no member has completed yet: nothing to rank them by. */
  unscored: string[];
  incomplete: SheetRef[];
}

export interface RankingParts {
  mx: ScoreMatrix;
  eligibilityIds: readonly string[];
  tieBreak: readonly string[];
  aggregates: readonly RawAggregate[];
  normalized: readonly (number | null)[];
  incomplete: SheetRef[];
}

interface SortKey {
  /** The declared rule this key implements; null for the ranking value itself. */
  rule: string | null;
  /** Higher first; null after every number and equal to another null. */
  value: (d: number) => number | null;
}

function sortKeys(parts: RankingParts, rankBy: RankBy): SortKey[] {
  const { mx, aggregates, normalized, tieBreak } = parts;
  const keys: SortKey[] = [
    { rule: null, value: rankBy === 'raw' ? (d) => aggregates[d]!.raw : (d) => normalized[d] ?? null },
  ];
  for (const rule of tieBreak) {
    const parsed = parseTieBreakRule(rule);
    if (!parsed) continue;
    if (parsed.kind === 'deposited') {
      // Negated so that "higher first" puts the earlier submission first.
      keys.push({ rule, value: (d) => { const t = depositedTime(mx.dossiers[d]!.depositedAt); return t === null ? null : -t; } });
    } else {
      const c = mx.criteria.indexOf(parsed.criterion);
      if (c >= 0) keys.push({ rule, value: (d) => aggregates[d]!.criterionMeans[c] ?? null });
    }
  }
  return keys;
}

/** Splits `group` into blocks of equal dossiers, best first, refining each block by the next key. */
function refine(group: number[], keys: SortKey[], k: number, decidedBy: (string | null)[], out: number[][]): void {
  if (group.length === 1 || k === keys.length) {
    out.push(group);
    return;
  }
  const key = keys[k]!;
  const val = new Map(group.map((d) => [d, key.value(d)]));
  const sorted = [...group].sort((a, b) => {
    const va = val.get(a)!;
    const vb = val.get(b)!;
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return vb - va;
  });
  const blocks: number[][] = [];
  let prev: number | null | undefined;
  for (const d of sorted) {
    const v = val.get(d)!;
    const same = blocks.length > 0 && (v === null || prev === null ? v === prev : Math.abs(prev! - v) <= EPSILON);
    if (same) blocks.at(-1)!.push(d);
    else blocks.push([d]);
    prev = v;
  }
  if (blocks.length > 1 && key.rule !== null) for (const d of group) decidedBy[d] ??= key.rule;
  for (const block of blocks) refine(block, keys, k + 1, decidedBy, out);
}

export function rankDossiers(parts: RankingParts, rankBy: RankBy, divergenceThreshold: number): Ranking {
  const { mx, aggregates, normalized, eligibilityIds } = parts;
  const ineligible: IneligibleDossier[] = [];
  const unscored: string[] = [];
  const candidates: number[] = [];
  mx.dossiers.forEach((dossier, d) => {
    const failed = failedChecks(dossier, eligibilityIds);
    if (failed.length > 0) ineligible.push({ dossier: dossier.id, failed });
    else if (aggregates[d]!.raw === null) unscored.push(dossier.id);
    else candidates.push(d);
  });

  const decidedBy: (string | null)[] = new Array(mx.dossiers.length).fill(null);
  const blocks: number[][] = [];
  refine(candidates, sortKeys(parts, rankBy), 0, decidedBy, blocks);

  const ranking: RankedDossier[] = [];
  for (const block of blocks) {
    const rank = ranking.length + 1;
    // Within a tie, a stable order (by id) so that reports do not reshuffle between runs.
    const ids = block.map((d) => mx.dossiers[d]!.id);
    const order = block.map((d, i) => ({ d, id: ids[i]! })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const { d, id } of order) {
      const agg = aggregates[d]!;
      ranking.push({
        dossier: id,
        rank,
        raw: agg.raw!,
        normalized: normalized[d] ?? agg.raw!,
        median: agg.median!,
        spread: agg.spread!,
        scorers: agg.count,
        tied: block.length > 1,
        divergent: isDivergent(agg.spread, divergenceThreshold),
        decidedBy: decidedBy[d] ?? null,
      });
    }
  }
  return { rankBy, ranking, ineligible, unscored, incomplete: parts.incomplete };
}
