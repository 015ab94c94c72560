/** Messages of the grid part of the core (codes: `grid.<key>`), French first; English typed from the French. */
import type { Translation } from '../translation.ts';

export const fr = {
} as const;

export const en: Translation<typeof fr> = {
};
