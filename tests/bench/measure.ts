/** Timing helpers for benchmark cases: medians over repeated runs, compared with a floor measured in the same run. */
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  case: string;
  median_ms: number;
  floor_ms: number;
  ratio: number;
  [extra: string]: unknown;
}

export interface BenchCase {
  name: string;
  run(): Promise<BenchResult>;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns each run's milliseconds. */
export async function timeRuns(fn: () => unknown, runs = 7, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** Builds a result from the case's and the floor's run times. */
export function compare(name: string, caseTimes: number[], floorTimes: number[], extra: Record<string, unknown> = {}): BenchResult {
  const m = median(caseTimes);
  const f = median(floorTimes);
  return { case: name, median_ms: round(m), floor_ms: round(f), ratio: round(m / f), runs: caseTimes.length, ...extra };
}
