/** Dossiers on which members disagree most are discussed first: flagged when the spread of totals reaches a threshold. */
import { EPSILON } from './input.ts';

export const isDivergent = (spread: number | null, threshold: number): boolean =>
  spread !== null && spread >= threshold - EPSILON;
