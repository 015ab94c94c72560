/**
 * The grid as the editor holds it while someone types: numbers kept as typed text, rows with stable keys. Turned
 * back into the grid file format (`comitia grid --set`) for the core, which checks every invariant and names the
 * field at fault. Pure.
 */
import type { Grid, Scale } from '../../../../common/domain/types.ts';
import { scaleLevels } from '../../../../common/scoring/scale.ts';
import { parseTypedNumber } from '../format.ts';

export interface ScaleDraft {
  min: string;
  max: string;
  step: string;
}

export interface CriterionDraft {
  key: number;
  id: string;
  label: string;
  section: string;
  description: string;
  weight: string;
  ownScale: boolean;
  scale: ScaleDraft;
  levels: Record<string, string>;
}

export interface CheckDraft {
  key: number;
  id: string;
  label: string;
  description: string;
}

export interface GridDraft {
  scale: ScaleDraft;
  criteria: CriterionDraft[];
  eligibility: CheckDraft[];
  tieBreak: string[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

const scaleDraft = (s: Scale): ScaleDraft => ({ min: String(s.min), max: String(s.max), step: String(s.step) });

export function draftOf(grid: Grid): GridDraft {
  return {
    scale: scaleDraft(grid.scale),
    criteria: grid.criteria.map((c) => ({
      key: newKey(),
      id: c.id,
      label: c.label,
      section: c.section ?? '',
      description: c.description ?? '',
      weight: String(c.weight),
      ownScale: c.scale !== null,
      scale: scaleDraft(c.scale ?? grid.scale),
      levels: { ...c.levels },
    })),
    eligibility: grid.eligibility.map((e) => ({ key: newKey(), id: e.id, label: e.label, description: e.description ?? '' })),
    tieBreak: [...grid.tieBreak],
  };
}

export function emptyCriterion(scale: ScaleDraft): CriterionDraft {
  return { key: newKey(), id: '', label: '', section: '', description: '', weight: '1', ownScale: false, scale: { ...scale }, levels: {} };
}

export function emptyCheck(): CheckDraft {
  return { key: newKey(), id: '', label: '', description: '' };
}

/** A typed number as the file wants it; what cannot be read goes as text, for the core to name the field. */
const num = (text: string): number | string => {
  const n = parseTypedNumber(text);
  return Number.isFinite(n) ? n : text;
};

const scaleOut = (s: ScaleDraft) => ({ min: num(s.min), max: num(s.max), step: num(s.step) });

/** The scale as numbers, or null while it is not a usable scale (then no level descriptors are offered). */
function usableScale(s: ScaleDraft): Scale | null {
  const min = parseTypedNumber(s.min);
  const max = parseTypedNumber(s.max);
  const step = parseTypedNumber(s.step);
  if (![min, max, step].every(Number.isFinite) || step <= 0 || max <= min || (max - min) / step > 20) return null;
  return { min, max, step };
}

/** The levels a descriptor can be written for, as the keys the file uses ("0", "1", "0.5"…). */
export function levelKeys(s: ScaleDraft): string[] {
  const scale = usableScale(s);
  return scale ? scaleLevels(scale).map(String) : [];
}

export function gridFileOf(draft: GridDraft): Record<string, unknown> {
  return {
    scale: scaleOut(draft.scale),
    criteria: draft.criteria.map((c) => {
      const keys = new Set(levelKeys(c.ownScale ? c.scale : draft.scale));
      const levels = Object.fromEntries(Object.entries(c.levels).filter(([k, v]) => keys.has(k) && v.trim() !== ''));
      return {
        id: c.id.trim(),
        label: c.label,
        section: c.section.trim() || null,
        description: c.description.trim() || null,
        weight: num(c.weight),
        scale: c.ownScale ? scaleOut(c.scale) : null,
        levels,
      };
    }),
    eligibility: draft.eligibility.map((e) => ({ id: e.id.trim(), label: e.label, description: e.description.trim() || null })),
    tieBreak: draft.tieBreak,
  };
}

/** Moves item `i` of a list by `by` places (a new array; out-of-range moves change nothing). */
export function moved<T>(list: readonly T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
