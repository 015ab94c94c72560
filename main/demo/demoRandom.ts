/**
 * Seeded randomness for the demo (common/seededRandom.ts): Math.random cannot be seeded, and the same seed must
 * always give the same dossiers.
 */
import { mulberry32 } from '../../common/seededRandom.ts';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('demo: pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) return item;
      }
      return items[items.length - 1]!;
    },
    sample: (items, k) => {
      if (k > items.length) throw new Error(`demo: cannot draw ${k} from ${items.length} candidates`);
      const copy = items.slice();
      for (let i = 0; i < k; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, k);
    },
  };
  return rng;
}
