/**
 * The HiGHS solver (npm `highs`: HiGHS compiled to WebAssembly). Loaded once per process, from node_modules: the
 * package ships its .wasm beside its loader, so nothing is fetched. Each `solve` creates a fresh native solver, so
 * one loaded instance serves every call.
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

export type HighsSolution = ReturnType<Highs['solve']>;

/**
 * Options of every solve: no console output; no relative MIP gap, so that "optimal" means optimal and not within
 * 0.01 % of it (the default), which the brute-force comparison would catch; no presolve, which on these models
 * (hundreds of binaries, a dozen rows) costs more than it saves: the seven solves of the `propose` bench case take
 * about 250 ms of CPU without it against 550 ms with it.
 */
export const SOLVE_OPTIONS = { output_flag: false, mip_rel_gap: 0, presolve: 'off' } as const;
