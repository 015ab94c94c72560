/**
 * The scale a criterion is scored on, and whether a value belongs to it (inside [min, max] and on a step). The one
 * copy of that rule: the core checks every score with it, the grid file its level descriptors, the sheet what a
 * member types before sending it.
 */
import type { Scale } from '../domain/types.ts';

/** Tolerance on "is a whole number of steps", so that 0.1-steps survive binary floating point. */
const STEP_TOLERANCE = 1e-9;

/** Why a value is not a score of the scale; the sheet and the core's messages word each one. */
export type ScaleFault = 'notANumber' | 'outOfRange' | 'offStep';

export type ScaleReading = { ok: true; value: number } | { ok: false; fault: ScaleFault };

/** The `k`-th level of the scale, free of the binary noise of `min + k × step` (0.1 × 3 is 0.30000000000000004). */
const levelAt = (scale: Scale, k: number): number => Number((scale.min + k * scale.step).toPrecision(12));

/**
 * Reads a value on the scale. Exactness at the bounds (issue 8): a value within 1e-9 of a level, even just outside
 * [min, max] (3.0000000009, -9e-10 or 5e-324 on 0–3 by 1), is that level, and the level's exact value is what is
 * returned, hence stored: never the value as sent. Snapping rather than refusing, because such values come from
 * binary floating point or a spreadsheet's rounding, never from someone meaning "a little more than 3"; anything
 * further off is refused, so a stored score is always exactly one of scaleLevels(scale).
 */
export function readOnScale(value: number, scale: Scale): ScaleReading {
  if (!Number.isFinite(value)) return { ok: false, fault: 'notANumber' };
  if (value < scale.min - STEP_TOLERANCE || value > scale.max + STEP_TOLERANCE) return { ok: false, fault: 'outOfRange' };
  const steps = (value - scale.min) / scale.step;
  const k = Math.round(steps);
  if (Math.abs(steps - k) > STEP_TOLERANCE * Math.max(1, Math.abs(steps))) return { ok: false, fault: 'offStep' };
  const last = Math.round((scale.max - scale.min) / scale.step);
  return { ok: true, value: levelAt(scale, Math.min(Math.max(k, 0), last)) };
}

/** The values a member may pick, low to high (for the sheet's editor and the level descriptors). */
export function scaleLevels(scale: Scale): number[] {
  const n = Math.round((scale.max - scale.min) / scale.step);
  return Array.from({ length: n + 1 }, (_, i) => levelAt(scale, i));
}
