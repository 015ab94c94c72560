/**
 * The scores as a dense member × dossier × criterion array, built once per computation so that every statistic is a
 * few tight loops rather than map look-ups. Recused pairs are emptied here, which is how they are left out of
 * everything downstream.
 */
import type { ScoringDossier, ScoringInput } from './input.ts';
import { scoresInSession } from './input.ts';

export interface MatrixOptions {
  /** Weights replacing the grid's for the criteria named (the what-if panel); others keep the grid's weight. */
  weights?: Readonly<Record<string, number>>;
  /** Members left out of the computation (the what-if panel). */
  excludeMembers?: readonly string[];
}

export interface ScoreMatrix {
  /** Members who score (observers and excluded members are absent), in the committee's order. */
  members: readonly string[];
  dossiers: readonly ScoringDossier[];
  criteria: readonly string[];
  weights: Float64Array;
  /** s(m,d,c) at ((m·D) + d)·C + c; NaN where the member gave no score or is recused. */
  values: Float64Array;
  /** 1 at m·D + d when member m declared a conflict of interest for dossier d. */
  recused: Uint8Array;
}

export const cell = (mx: ScoreMatrix, m: number, d: number, c: number): number =>
  mx.values[(m * mx.dossiers.length + d) * mx.criteria.length + c]!;

export function buildMatrix(input: ScoringInput, options: MatrixOptions = {}): ScoreMatrix {
  const excluded = new Set(options.excludeMembers ?? []);
  const members = input.members.filter((m) => scoresInSession(m.role) && !excluded.has(m.id)).map((m) => m.id);
  const dossiers = input.dossiers;
  const criteria = input.grid.criteria.map((c) => c.id);
  const weights = Float64Array.from(input.grid.criteria, (c) => options.weights?.[c.id] ?? c.weight);
  const M = members.length;
  const D = dossiers.length;
  const C = criteria.length;

  const memberIndex = new Map(members.map((id, i) => [id, i]));
  const dossierIndex = new Map(dossiers.map((d, i) => [d.id, i]));
  const criterionIndex = new Map(criteria.map((id, i) => [id, i]));

  const recused = new Uint8Array(M * D);
  for (const r of input.recusals) {
    const m = memberIndex.get(r.member);
    const d = dossierIndex.get(r.dossier);
    if (m !== undefined && d !== undefined) recused[m * D + d] = 1;
  }

  const values = new Float64Array(M * D * C).fill(Number.NaN);
  // Scores arrive grouped by member and dossier (the table's key order): remembering the last look-up saves most of them.
  let lastMember: string | undefined;
  let lastDossier: string | undefined;
  let m: number | undefined;
  let d: number | undefined;
  for (const s of input.scores) {
    if (s.member !== lastMember) {
      lastMember = s.member;
      m = memberIndex.get(s.member);
    }
    if (s.dossier !== lastDossier) {
      lastDossier = s.dossier;
      d = dossierIndex.get(s.dossier);
    }
    const c = criterionIndex.get(s.criterion);
    // Scores of observers, of excluded members, or for ids the grid no longer has, take no part.
    if (m === undefined || d === undefined || c === undefined || recused[m * D + d]) continue;
    values[(m * D + d) * C + c] = s.value;
  }
  return { members, dossiers, criteria, weights, values, recused };
}
