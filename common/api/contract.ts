/**
 * The API contract, defined once: method names, argument schemas and result types. The preload object, the
 * main-process handler table, the HTTP routes and the renderer client are all derived from this table.
 */
import { z } from 'zod';
import type { Result } from '../result.ts';
import type { Dossier, Grid, Member, ReferenceLabels, SessionInfo, UserSettings } from '../domain/types.ts';
import type { Agreement } from '../scoring/agreement.ts';
import type { ScoringSettings } from '../scoring/input.ts';
import type { Conflict, EligibilityResult, GridChange, SheetMark, StoredScore } from '../scoring/records.ts';
import * as scoring from '../scoring/schemas.ts';
import type { ComparisonView, RankingView, ScoringSheet, WhatIfView } from '../scoring/views.ts';
import type { ColumnMapping } from '../import/fields.ts';
import * as importing from '../import/schemas.ts';
import type {
  AttachmentInfo, Avis, DossierHistoryEntry, ImportLogEntry, ImportPreview, ImportReport, SavedMapping,
} from '../import/types.ts';

/** Declares a method: its argument schema and (as a type only) what it returns. */
function method<Out>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as Out });
}

const sessionPath = z
  .string()
  .min(1, 'le chemin du fichier de session est vide')
  .refine((p) => p.endsWith('.comitia'), 'le fichier de session doit se terminer par .comitia');

const none = z.strictObject({});

export const contract = {
  sessionInfo: method<SessionInfo | null>()(none),
  sessionOpen: method<SessionInfo>()(z.strictObject({ path: sessionPath })),
  sessionCreate: method<SessionInfo>()(z.strictObject({ path: sessionPath, demo: z.boolean() })),
  dossiersList: method<Dossier[]>()(none),
  dossierGet: method<Dossier>()(z.strictObject({ id: z.string().min(1) })),
  membersList: method<Member[]>()(none),
  gridGet: method<Grid>()(none),
  referenceLabels: method<ReferenceLabels>()(none),
  settingsGet: method<UserSettings>()(none),
  settingsSet: method<UserSettings>()(
    z.strictObject({ language: z.enum(['fr', 'en']).optional() }),
  ),
  // Scoring (issue #4). `viewer` is who is looking (a member id, or null for the secretariat): the core withholds the
  // others' scores from a recused member and, under blind scoring, from a member whose sheet is not marked complete.
  // `actor` names who made a change, for the audit chain.
  scoringSheet: method<ScoringSheet>()(z.strictObject({ member: scoring.idSchema, viewer: scoring.viewerSchema })),
  scoreSet: method<StoredScore>()(
    z.strictObject({
      member: scoring.idSchema,
      dossier: scoring.dossierIdSchema,
      criterion: scoring.idSchema,
      value: z.number({ error: 'note attendue (nombre)' }),
      comment: z.string().nullable().optional(),
      enteredBy: z.string().min(1).optional(),
    }),
  ),
  scoreClear: method<boolean>()(
    z.strictObject({ member: scoring.idSchema, dossier: scoring.dossierIdSchema, criterion: scoring.idSchema, actor: scoring.actorSchema }),
  ),
  sheetMarkComplete: method<SheetMark>()(z.strictObject({ member: scoring.idSchema, actor: scoring.actorSchema })),
  conflictsList: method<Conflict[]>()(none),
  conflictSet: method<Conflict>()(scoring.conflictEntrySchema.extend({ actor: scoring.actorSchema })),
  conflictWithdraw: method<boolean>()(
    z.strictObject({ member: scoring.idSchema, dossier: scoring.dossierIdSchema, actor: scoring.actorSchema }),
  ),
  eligibilityList: method<EligibilityResult[]>()(none),
  eligibilitySet: method<EligibilityResult[]>()(z.strictObject({ entries: scoring.eligibilityFileSchema, actor: scoring.actorSchema })),
  scoringSettingsGet: method<ScoringSettings>()(none),
  scoringSettingsSet: method<ScoringSettings>()(scoring.scoringSettingsPatchSchema.extend({ actor: scoring.actorSchema })),
  membersSet: method<Member[]>()(z.strictObject({ members: scoring.membersFileSchema, actor: scoring.actorSchema })),
  gridSet: method<GridChange>()(
    z.strictObject({
      grid: z.record(z.string(), z.unknown(), { error: 'grille attendue (objet JSON)' }),
      confirm: z.boolean().optional(),
      actor: scoring.actorSchema,
    }),
  ),
  ranking: method<RankingView>()(z.strictObject({ viewer: scoring.viewerSchema })),
  agreement: method<Agreement>()(z.strictObject({ viewer: scoring.viewerSchema })),
  compare: method<ComparisonView>()(
    z.strictObject({
      dossiers: z.array(scoring.dossierIdSchema).min(2, 'au moins 2 dossiers à comparer').max(4, 'au plus 4 dossiers à comparer'),
      viewer: scoring.viewerSchema,
    }),
  ),
  whatIf: method<WhatIfView>()(scoring.whatIfChangeSchema.extend({ viewer: scoring.viewerSchema })),
  // Import (issue #3). Paths are the files the user chose; progress goes to the event channel (task "import").
  // Attachment bytes never travel as JSON: `attachmentGet` gives metadata, the shells serve the bytes.
  importPreview: method<ImportPreview>()(
    z.strictObject({
      source: importing.filePathSchema,
      encoding: importing.encodingSchema.optional(),
      delimiter: importing.delimiterSchema.optional(),
      mapping: importing.mappingSchema.nullable().optional(),
    }),
  ),
  importProposeMapping: method<{ mapping: ColumnMapping; savedMappingName: string | null }>()(
    z.strictObject({ headers: z.array(z.string()) }),
  ),
  importRun: method<ImportReport>()(importing.importRunSchema),
  importCancel: method<boolean>()(none),
  importsList: method<ImportLogEntry[]>()(none),
  mappingsList: method<SavedMapping[]>()(none),
  mappingSave: method<SavedMapping>()(z.strictObject({ name: importing.mappingNameSchema, mapping: importing.mappingSchema })),
  dossierHistory: method<DossierHistoryEntry[]>()(importing.dossierRefSchema),
  dossierAvis: method<Avis[]>()(importing.dossierRefSchema),
  dossierAttachments: method<AttachmentInfo[]>()(importing.dossierRefSchema),
  attachmentGet: method<AttachmentInfo>()(z.strictObject({ id: z.number().int().positive() })),
  dossierAcknowledgeChanges: method<Dossier>()(importing.dossierRefSchema.extend({ actor: z.string().min(1).nullable().optional() })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

/** What the renderer calls: every method returns a Result, never throws. */
export type ComitiaApi = {
  [M in MethodName]: (arg: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** IPC channels are `comitia:<method>`; the desktop shell refuses anything else. */
export const IPC_PREFIX = 'comitia:';
export const PROGRESS_CHANNEL = 'comitia-event:progress';
