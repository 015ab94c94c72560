/**
 * « Proposer une sélection » (issue 9): the set of eligible dossiers that maximises the sum of their normalised
 * values subject to the session's targets, found by HiGHS on the integer programme of selectionModel.ts. It says
 * which targets bind (relaxing one alone would raise the optimum) and, when no selection meets every target, the
 * smallest set of targets whose relaxation makes one possible (subsets tried by increasing size, in the targets'
 * order: targets are few). Nothing is applied: the chair confirms elsewhere.
 */
import { checkTargets, evaluateTargets, type Target, type TargetDossier, type TargetStatus } from '../../common/deliberation/targets.ts';
import { AppError } from '../../common/result.ts';
import type { Ranking } from '../../common/scoring/ranking.ts';
import { loadHighs, solveLp } from './highs.ts';
import { selectionLp, targetRows, type Row } from './selectionModel.ts';

export interface ProposalCandidate extends TargetDossier {
  /** The dossier's normalised value (what the ranking orders by). */
  value: number;
  /** An ineligible dossier is never proposed. Default true. */
  eligible?: boolean;
}

export interface Proposal {
  status: 'optimal' | 'infeasible';
  /**
   * Dossier ids, in the candidates' order. When infeasible: the best selection once the `conflicting` targets are
   * relaxed, so that the committee sees what it would take.
   */
  selected: string[];
  /** Sum of the selected values. */
  objective: number;
  /** Targets whose relaxation, alone, would raise the objective (empty when infeasible). */
  binding: string[];
  /** The smallest set of targets whose relaxation makes a selection possible (empty when optimal). */
  conflicting: string[];
  /** Every target against `selected`. */
  targets: TargetStatus[];
}

/** Relative tolerance under which two objectives are equal. */
const OBJECTIVE_TOLERANCE = 1e-7;

/** Candidates from a ranking: its ranked dossiers (eligible and scored), valued by their normalised value. */
export function candidatesFromRanking(ranking: Ranking, dossiers: readonly TargetDossier[]): ProposalCandidate[] {
  const byId = new Map(dossiers.map((d) => [d.id, d]));
  return ranking.ranking.flatMap((r) => {
    const d = byId.get(r.dossier);
    return d ? [{ ...d, value: r.normalized }] : [];
  });
}

interface Solved {
  /** Indices into the candidates, ascending. */
  chosen: number[];
  objective: number;
}

export interface SelectionProblem {
  candidates: ProposalCandidate[];
  rows: Row[];
  values: number[];
}

/** Checks the input and states the model once; every relaxation reuses its rows. */
export function selectionProblem(candidates: readonly ProposalCandidate[], targets: readonly Target[]): SelectionProblem {
  checkTargets(targets);
  const seen = new Set<string>();
  const kept = candidates.filter((c) => c.eligible !== false);
  for (const c of kept) {
    if (seen.has(c.id)) throw new AppError('deliberation.duplicate_candidate', { dossier: c.id });
    seen.add(c.id);
    if (!Number.isFinite(c.value)) throw new AppError('deliberation.candidate_value_invalid', { dossier: c.id, value: String(c.value) });
  }
  return { candidates: kept, rows: targetRows(targets, kept), values: kept.map((c) => c.value) };
}

/**
 * The best selection with the targets in `relaxed` set aside, or null when there is none. `start`: a selection
 * known to be feasible (the full model's optimum stays feasible once targets are relaxed). `target`: stop at the
 * first selection worth at least this much (the result is then not the optimum, only proof that one exceeds it).
 */
async function solve(
  problem: SelectionProblem,
  targets: readonly Target[],
  relaxed: ReadonlySet<number>,
  hints: { start?: Solved; target?: number } = {},
): Promise<Solved | null> {
  if (problem.candidates.length === 0) {
    // Nothing to choose from: the empty selection is the only one.
    const met = evaluateTargets(targets, []).every((s, k) => s.met || relaxed.has(k));
    return met ? { chosen: [], objective: 0 } : null;
  }
  const highs = await loadHighs();
  let start: Float64Array | undefined;
  if (hints.start) {
    start = new Float64Array(problem.values.length);
    for (const i of hints.start.chosen) start[i] = 1;
  }
  // Column i is x<i>: the objective names every column, in order, before any row does.
  const result = solveLp(highs, selectionLp(problem.values, problem.rows, relaxed), { start, target: hints.target });
  if (result.status === 'infeasible') return null;
  if (result.status === 'failed') throw new AppError('deliberation.solver_failed', { status: result.code });
  const chosen: number[] = [];
  let objective = 0;
  problem.values.forEach((v, i) => {
    if (result.colValue[i]! > 0.5) {
      chosen.push(i);
      objective += v;
    }
  });
  return { chosen, objective };
}

/** Subsets of {0 … n−1} of size k, in lexicographic order. */
function* combinations(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i += 1) for (const rest of combinations(n, k - 1, i + 1)) yield [i, ...rest];
}

/** The least objective that counts as better than `b`. */
const above = (b: number): number => b + OBJECTIVE_TOLERANCE * Math.max(1, Math.abs(b));

export async function proposeSelection(candidates: readonly ProposalCandidate[], targets: readonly Target[]): Promise<Proposal> {
  const problem = selectionProblem(candidates, targets);
  const result = (status: Proposal['status'], solved: Solved, binding: string[], conflicting: string[]): Proposal => {
    const chosen = solved.chosen.map((i) => problem.candidates[i]!);
    return {
      status,
      selected: chosen.map((c) => c.id),
      objective: solved.objective,
      binding,
      conflicting,
      targets: evaluateTargets(targets, chosen),
    };
  };

  const full = await solve(problem, targets, new Set());
  if (full) {
    const binding: string[] = [];
    const threshold = above(full.objective);
    for (const [k, t] of targets.entries()) {
      const without = await solve(problem, targets, new Set([k]), { start: full, target: threshold });
      if (without && without.objective >= threshold) binding.push(t.id);
    }
    return result('optimal', full, binding, []);
  }
  for (let size = 1; size <= targets.length; size += 1) {
    for (const subset of combinations(targets.length, size)) {
      const relaxed = await solve(problem, targets, new Set(subset));
      if (relaxed) return result('infeasible', relaxed, [], subset.map((k) => targets[k]!.id));
    }
  }
  // Unreachable: with every target relaxed, the empty selection is feasible.
  throw new AppError('deliberation.solver_failed', { status: 'Infeasible' });
}
