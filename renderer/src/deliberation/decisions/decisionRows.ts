/**
 * The rows of Délibération › Décisions: each dossier with its rank (the committee's ranking, null when it is not
 * ranked) and its current decision, in rank order (unranked last, by id), filtered by decision type. A withdrawn
 * applicant's decision still shows (with its date in the panel): the promotion keeps it on file.
 */
import type { DecisionKind } from '../../../../common/deliberation/decisions.ts';
import type { StoredDecision } from '../../../../common/deliberation/records.ts';
import type { Dossier } from '../../../../common/domain/types.ts';

export type DecisionFilter = 'all' | 'none' | DecisionKind;

export interface DecisionRow {
  dossier: Dossier;
  rank: number | null;
  decision: StoredDecision | null;
}

export function decisionRows(
  dossiers: readonly Dossier[],
  ranking: readonly { dossier: string; rank: number }[],
  decisions: readonly StoredDecision[],
  filter: DecisionFilter,
): DecisionRow[] {
  const rank = new Map(ranking.map((r) => [r.dossier, r.rank]));
  const decision = new Map<string, StoredDecision>();
  for (const d of decisions) if (!decision.has(d.dossier) || d.withdrawnAt === null) decision.set(d.dossier, d);
  return dossiers
    .map((d) => ({ dossier: d, rank: rank.get(d.id) ?? null, decision: decision.get(d.id) ?? null }))
    .filter((r) => filter === 'all' || (filter === 'none' ? r.decision === null : r.decision?.decision === filter))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.dossier.id.localeCompare(b.dossier.id));
}
