/** Messages of the import part of the core (codes: `import.<key>`), French first; English typed from the French. */
import type { Translation } from '../translation.ts';

export const fr = {
} as const;

export const en: Translation<typeof fr> = {
};
