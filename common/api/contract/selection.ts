/**
 * The programme's targets, the firmness of each rank and the proposed selection (issue 9). Targets are session data
 * (topic `targets`); evaluating them, proposing a selection and the rank ranges only read: `propose` never applies
 * anything, the chair confirms the decisions elsewhere.
 */
import { z } from 'zod';
import { DOSSIER_FLAGS, type Bounds, type Target, type TargetStatus } from '../../deliberation/targets.ts';
import { ECHELONS } from '../../domain/types.ts';
import * as scoring from '../../scoring/schemas.ts';
import { method } from '../method.ts';
import { noArgument } from './session.ts';

const bound = z.number({ error: 'validation.number_expected' }).finite().nullable();
const base = {
  id: scoring.idSchema,
  label: z.string({ error: 'validation.text_expected' }).trim().min(1, 'validation.empty_text').max(200),
  min: bound,
  max: bound,
};
const flag = z.enum(DOSSIER_FLAGS, { error: 'selection.target_flag_expected' });

/** One target as the core defines it (common/deliberation/targets.ts); checkTargets then checks the bounds. */
export const targetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...base, kind: z.literal('count') }),
    z.strictObject({ ...base, kind: z.literal('count_with'), flag }),
    z.strictObject({ ...base, kind: z.literal('share_with'), flag }),
    z.strictObject({ ...base, kind: z.literal('missions') }),
    z.strictObject({ ...base, kind: z.literal('mission_share_with'), flag }),
    z.strictObject({
      id: base.id,
      label: base.label,
      kind: z.literal('echelons'),
      echelons: z.array(z.enum(ECHELONS, { error: 'selection.echelon_expected' })),
      minEach: z.number({ error: 'validation.number_expected' }),
      maxShare: bound,
    }),
  ],
  { error: 'selection.target_kind_expected' },
);

/** What the targets are evaluated against. */
export const againstSchema = z.union(
  [z.literal('decisions'), z.literal('proposal'), z.strictObject({ dossiers: z.array(scoring.dossierIdSchema).max(10_000) })],
  { error: 'selection.target_against_expected' },
);
export type TargetsAgainst = z.output<typeof againstSchema>;

/** A target's status with, for the call's default targets still worded as the call words them, a catalogue label. */
export type LabelledStatus = TargetStatus & {
  /** `selection.label_*` with its parameters, or null for a target the secretariat named: then `label` is its name. */
  labelMessage: { code: string; params: Record<string, string | number> } | null;
};

export interface TargetsEvaluation {
  against: 'decisions' | 'proposal' | 'dossiers';
  /** The dossiers evaluated, in the order given (the proposal's, the decisions', or the hand-picked list). */
  selected: string[];
  targets: LabelledStatus[];
}

/** A proposed selection (main/deliberation/proposeSelection.ts). */
export interface SelectionProposal {
  status: 'optimal' | 'infeasible';
  /** When infeasible: the best selection once the `conflicting` targets are relaxed. */
  selected: string[];
  objective: number;
  /** Targets whose relaxation alone would raise the objective. */
  binding: string[];
  /** The smallest set of targets whose relaxation makes a selection possible. */
  conflicting: string[];
  /** Every target against `selected`. */
  targets: LabelledStatus[];
  /** Dossiers the optimiser chose among: the ranked (eligible, scored) ones. */
  candidates: number;
}

export interface RankRangeRow {
  dossier: string;
  rank: number;
  best: number;
  worst: number;
  contested: boolean;
  unrankedWithout: string[];
}

export interface RankRangesView {
  /** Members left out in turn (each with a scored sheet). */
  leftOut: string[];
  /** The selection boundary the « contesté » flag reads (the count target's minimum), or null without one. */
  boundary: number | null;
  ranges: RankRangeRow[];
}

export type { Bounds, Target, TargetStatus };

export const selectionMethods = {
  targetsGet: method<Target[]>()(noArgument),
  targetsSet: method<Target[]>()(
    z.strictObject({ targets: z.array(targetSchema, { error: 'selection.targets_expected' }).max(100), actor: z.string().min(1).nullable().optional() }),
    ['targets'],
  ),
  targetsEvaluate: method<TargetsEvaluation>()(z.strictObject({ against: againstSchema, viewer: scoring.viewerSchema.optional() })),
  propose: method<SelectionProposal>()(z.strictObject({ viewer: scoring.viewerSchema.optional() })),
  rankRanges: method<RankRangesView>()(z.strictObject({ viewer: scoring.viewerSchema.optional() })),
} as const;
