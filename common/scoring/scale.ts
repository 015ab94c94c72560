/** The scale a criterion is scored on, and whether a value belongs to it (inside [min, max] and on a step). */
import type { Grid, Scale } from '../domain/types.ts';

/** Tolerance on "is a whole number of steps", so that 0.1-steps survive binary floating point. */
const STEP_TOLERANCE = 1e-9;

export function criterionScale(grid: Grid, criterionId: string): Scale | null {
  const c = grid.criteria.find((x) => x.id === criterionId);
  return c ? (c.scale ?? grid.scale) : null;
}

/** What is wrong with `value` on `scale`, in French for the person who typed it; null when it is a valid score. */
export function scaleProblem(value: number, scale: Scale): string | null {
  const range = `de ${scale.min} à ${scale.max}, par pas de ${scale.step}`;
  if (!Number.isFinite(value)) return `la note doit être un nombre (${range})`;
  if (value < scale.min - STEP_TOLERANCE || value > scale.max + STEP_TOLERANCE) {
    return `la note ${value} est hors de l'échelle (${range})`;
  }
  const steps = (value - scale.min) / scale.step;
  if (Math.abs(steps - Math.round(steps)) > STEP_TOLERANCE * Math.max(1, Math.abs(steps))) {
    return `la note ${value} ne tombe pas sur un pas de l'échelle (${range})`;
  }
  return null;
}

/** The values a member may pick, low to high (for the sheet's editor and the level descriptors). */
export function scaleLevels(scale: Scale): number[] {
  const n = Math.round((scale.max - scale.min) / scale.step);
  return Array.from({ length: n + 1 }, (_, i) => Number((scale.min + i * scale.step).toPrecision(12)));
}
