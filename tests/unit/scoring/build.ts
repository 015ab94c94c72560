/** Builds scoring inputs for tests from compact tables. */
import type { Grid, MemberRole } from '../../../common/domain/types.ts';
import type { Recusal, ScoreValue, ScoringDossier, ScoringInput } from '../../../common/scoring/input.ts';

export interface InputSpec {
  /** [id, weight] in grid order. */
  criteria: [string, number][];
  /** Member ids (role `member`), or [id, role]. */
  members: (string | [string, MemberRole])[];
  /** Dossier ids, or full dossiers (depositedAt, eligibility). */
  dossiers: (string | ScoringDossier)[];
  /** scores[member][dossier] = one value per criterion in grid order; null for a missing score. */
  scores: Record<string, Record<string, (number | null)[]>>;
  recusals?: Recusal[];
  tieBreak?: string[];
  eligibility?: string[];
  scale?: { min: number; max: number; step: number };
}

export function makeGrid(spec: Pick<InputSpec, 'criteria' | 'tieBreak' | 'eligibility' | 'scale'>): Grid {
  return {
    scale: spec.scale ?? { min: 0, max: 3, step: 1 },
    criteria: spec.criteria.map(([id, weight]) => ({
      id,
      section: null,
      label: id,
      description: null,
      weight,
      scale: null,
      levels: {},
    })),
    eligibility: (spec.eligibility ?? []).map((id) => ({ id, label: id, description: null })),
    tieBreak: spec.tieBreak ?? [],
  };
}

export function makeInput(spec: InputSpec): ScoringInput {
  const grid = makeGrid(spec);
  const scores: ScoreValue[] = [];
  for (const [member, byDossier] of Object.entries(spec.scores)) {
    for (const [dossier, values] of Object.entries(byDossier)) {
      values.forEach((value, c) => {
        if (value !== null) scores.push({ member, dossier, criterion: spec.criteria[c]![0], value });
      });
    }
  }
  return {
    grid,
    members: spec.members.map((m) => (typeof m === 'string' ? { id: m, role: 'member' } : { id: m[0], role: m[1] })),
    dossiers: spec.dossiers.map((d) => (typeof d === 'string' ? { id: d, depositedAt: null, eligibility: {} } : d)),
    scores,
    recusals: spec.recusals ?? [],
  };
}

/** One-criterion input whose totals are exactly the given table: totals[member][dossier]. */
export function totalsInput(totals: Record<string, Record<string, number | null>>, extra: Partial<InputSpec> = {}): ScoringInput {
  const members = Object.keys(totals);
  const dossiers = [...new Set(members.flatMap((m) => Object.keys(totals[m]!)))];
  const scores: InputSpec['scores'] = {};
  for (const m of members) {
    scores[m] = {};
    for (const d of dossiers) scores[m]![d] = [totals[m]![d] ?? null];
  }
  return makeInput({ criteria: [['c', 1]], members, dossiers, scores, scale: { min: 0, max: 100, step: 0.01 }, ...extra });
}
