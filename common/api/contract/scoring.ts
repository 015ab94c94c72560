/**
 * Scoring (issue #4). `viewer` is who is looking (a member id, or null for the secretariat): the core withholds the
 * others' scores from a recused member and, under blind scoring, from a member whose sheet is not marked complete.
 * `actor` names who made a change, for the audit chain.
 */
import { z } from 'zod';
import type { Grid, Member } from '../../domain/types.ts';
import type { Agreement } from '../../scoring/agreement.ts';
import type { ScoringSettings } from '../../scoring/input.ts';
import type {
  Conflict,
  ConflictsChange,
  EligibilityResult,
  GridChange,
  ScoresImportResult,
  SheetMark,
  StoredScore,
} from '../../scoring/records.ts';
import * as scoring from '../../scoring/schemas.ts';
import type { ComparisonView, DossierScoresView, RankingView, ScoringSheet, WhatIfView } from '../../scoring/views.ts';
import { boundedActorSchema, LIMITS, maxText } from '../bounds.ts';
import { method } from '../method.ts';
import { filePath } from '../paths.ts';
import { noArgument } from './session.ts';

/** After the session's lock a change needs a reason, recorded as a post-lock change (main/deliberation/lockRule.ts). */
const reason = z.string({ error: 'validation.text_expected' }).trim().min(1, 'validation.empty_text').nullish();

export const scoringMethods = {
  membersList: method<Member[]>()(noArgument),
  gridGet: method<Grid>()(noArgument),
  scoringSheet: method<ScoringSheet>()(z.strictObject({ member: scoring.idSchema, viewer: scoring.viewerSchema })),
  scoreSet: method<StoredScore>()(
    z.strictObject({
      member: scoring.idSchema,
      dossier: scoring.dossierIdSchema,
      criterion: scoring.idSchema,
      value: z.number({ error: 'validation.score_expected' }),
      comment: maxText(z.string({ error: 'validation.text_expected' }), LIMITS.comment).nullable().optional(),
      enteredBy: boundedActorSchema.optional(),
      reason,
    }),
    ['scores'],
  ),
  scoreClear: method<boolean>()(
    z.strictObject({ member: scoring.idSchema, dossier: scoring.dossierIdSchema, criterion: scoring.idSchema, actor: scoring.actorSchema, reason }),
    ['scores'],
  ),
  sheetMarkComplete: method<SheetMark>()(z.strictObject({ member: scoring.idSchema, actor: scoring.actorSchema }), ['sheetMarks']),
  conflictsList: method<Conflict[]>()(noArgument),
  // `reason` is the conflict's own; the post-lock reason of this one method is `changeReason`.
  conflictSet: method<Conflict>()(scoring.conflictEntrySchema.extend({ actor: scoring.actorSchema, changeReason: reason }), ['conflicts']),
  conflictWithdraw: method<boolean>()(
    z.strictObject({ member: scoring.idSchema, dossier: scoring.dossierIdSchema, actor: scoring.actorSchema, reason }),
    ['conflicts'],
  ),
  eligibilityList: method<EligibilityResult[]>()(noArgument),
  eligibilitySet: method<EligibilityResult[]>()(
    z.strictObject({ entries: scoring.eligibilityFileSchema, actor: scoring.actorSchema }),
    ['eligibility'],
  ),
  scoringSettingsGet: method<ScoringSettings>()(noArgument),
  scoringSettingsSet: method<ScoringSettings>()(
    scoring.scoringSettingsPatchSchema.extend({ actor: scoring.actorSchema }),
    ['scoringSettings'],
  ),
  membersSet: method<Member[]>()(z.strictObject({ members: scoring.membersFileSchema, actor: scoring.actorSchema }), ['members']),
  gridSet: method<GridChange>()(
    z.strictObject({
      grid: z.record(z.string(), z.unknown(), { error: 'validation.grid_expected' }),
      confirm: z.boolean().optional(),
      actor: scoring.actorSchema,
    }),
    // A grid change can delete the scores and eligibility results of a removed criterion or check.
    ['grid', 'scores', 'eligibility'],
  ),
  // The whole register at once (the CLI's `conflicts --set FILE.json`): declarations kept keep their date.
  conflictsReplace: method<ConflictsChange>()(
    z.strictObject({ entries: scoring.conflictsFileSchema, actor: scoring.actorSchema, reason }),
    ['conflicts'],
  ),
  // A CSV of scores (member,dossier,criterion,score[,comment]), all or nothing; `actor` (default: the context's, else
  // the secretariat) is who typed them, and must be the secretariat or a member of the session.
  scoresImport: method<ScoresImportResult>()(
    // A scores CSV is a spreadsheet the user hands in, like an import's source: the same kind of path.
    z.strictObject({ file: filePath('importSource'), actor: scoring.actorSchema, reason }),
    ['scores'],
  ),
  // One of the grids shipped under resources/templates (`<name>.grid.json`), to be set with gridSet.
  gridTemplate: method<Grid>()(
    z.strictObject({ name: maxText(z.string({ error: 'validation.text_expected' }), LIMITS.name).min(1, 'validation.empty_text') }),
  ),
  // `ranges: false` leaves out the rank ranges (rankRange null, contested false): cheaper, for the live ranking.
  ranking: method<RankingView>()(z.strictObject({ viewer: scoring.viewerSchema, ranges: z.boolean({ error: 'validation.boolean_expected' }).optional() })),
  dossierScores: method<DossierScoresView>()(z.strictObject({ dossier: scoring.dossierIdSchema, viewer: scoring.viewerSchema })),
  agreement: method<Agreement>()(z.strictObject({ viewer: scoring.viewerSchema })),
  compare: method<ComparisonView>()(
    z.strictObject({
      dossiers: z.array(scoring.dossierIdSchema).min(2, 'validation.compare_min').max(4, 'validation.compare_max'),
      viewer: scoring.viewerSchema,
    }),
  ),
  whatIf: method<WhatIfView>()(scoring.whatIfChangeSchema.extend({ viewer: scoring.viewerSchema })),
} as const;
