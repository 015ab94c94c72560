/**
 * The HiGHS solver (npm `highs`: HiGHS compiled to WebAssembly). Loaded once per process, from node_modules: the
 * package ships its .wasm beside its loader, so nothing is fetched. Each solve creates a fresh native model and
 * disposes of it, so one loaded instance serves every call.
 */
import highsModule, { type Highs } from 'highs';

/**
 * TypeScript reads the package's types as CommonJS (the loader under `default`), but Node and Vite load its ES
 * build, whose default export is the loader itself; the CommonJS build exports it both ways.
 */
const highsLoader = highsModule as unknown as typeof highsModule.default;

let loading: Promise<Highs> | null = null;

export function loadHighs(): Promise<Highs> {
  const pending =
    loading ??
    highsLoader().catch((error: unknown) => {
      // A failed load is not cached: the next call tries again.
      loading = null;
      throw error;
    });
  loading = pending;
  return pending;
}

/**
 * Options of every solve: no console output; no relative MIP gap, so that "optimal" means optimal and not within
 * 0.01 % of it (the default), which the brute-force comparison would catch; no presolve, which on these models
 * (hundreds of binaries, a dozen rows) costs more than it saves.
 */
export const SOLVE_OPTIONS = { output_flag: false, mip_rel_gap: 0, presolve: 'off' } as const;

export type SolveOutcome =
  | { status: 'optimal'; colValue: Float64Array }
  /** A selection worth at least the `target` asked for was found; the search stopped there, short of the optimum. */
  | { status: 'target_reached'; colValue: Float64Array }
  | { status: 'infeasible' }
  /** Any other end (a limit, a numerical failure), with HiGHS's model status code. */
  | { status: 'failed'; code: number };

export interface SolveHints {
  /** A feasible point (column values in the model's column order): the branch and bound starts with an incumbent. */
  start?: Float64Array;
  /** Stop as soon as a solution reaches this objective (a maximisation): enough to know the optimum exceeds it. */
  target?: number;
}

/**
 * Solves an LP-format model. The hints matter for the binding check of proposeSelection, which re-solves each
 * relaxation only to learn whether it beats the full optimum: from that optimum as a start, and stopping at the
 * first better solution, it takes a fraction of a full solve.
 */
export function solveLp(highs: Highs, lp: string, hints: SolveHints = {}): SolveOutcome {
  const codes = highs.constants.modelStatus;
  return highs.withModel({ format: 'lp', data: lp }, (model): SolveOutcome => {
    model.options.set(SOLVE_OPTIONS);
    if (hints.target !== undefined) model.options.set('objective_target', hints.target);
    if (hints.start) model.setSolution({ colValue: hints.start });
    model.run();
    const status = model.getModelStatus();
    if (status === codes.optimal) return { status: 'optimal', colValue: model.getSolution().colValue };
    if (status === codes.objectiveTarget) return { status: 'target_reached', colValue: model.getSolution().colValue };
    if (status === codes.infeasible || status === codes.unboundedOrInfeasible) return { status: 'infeasible' };
    return { status: 'failed', code: status };
  });
}
