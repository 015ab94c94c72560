/**
 * Deliberation in the room (issue 9): meetings, attendance and quorum, the agenda and the current dossier, notes,
 * votes, decisions and the waiting list, motivation phrases, the lock, the audit log, the results export. The core's
 * rules (common/deliberation) check what the schemas let through; `actor` (default: the context's) is who acts, for
 * the audit chain; `viewer` is who is looking (reading notes are their author's only).
 */
import { z } from 'zod';
import { DECISION_KINDS, type Promotion } from '../../deliberation/decisions.ts';
import { ATTENDANCE_STATUSES } from '../../deliberation/quorum.ts';
import {
  AGENDA_ORDERS,
  MEETING_KINDS,
  type AgendaView,
  type AttendanceView,
  type AuditPage,
  type AuditVerification,
  type CurrentDossierView,
  type DeliberationNote,
  type DeliberationSettings,
  type LockState,
  type Meeting,
  type MotivationPhrases,
  type PostLockChange,
  type PromotionRecord,
  type ReadingNote,
  type ResultsFile,
  type StoredDecision,
  type StoredVote,
} from '../../deliberation/records.ts';
import { MAJORITY_RULES, VOTE_CHOICES } from '../../deliberation/votes.ts';
import { MEMBER_ROLES } from '../../domain/types.ts';
import { actorSchema, dossierIdSchema, idSchema } from '../../scoring/schemas.ts';
import { method } from '../method.ts';
import { filePath } from '../paths.ts';
import { noArgument } from './session.ts';

const text = z.string({ error: 'validation.text_expected' }).trim().min(1, 'validation.empty_text');
const optionalText = z.string({ error: 'validation.text_expected' }).trim().nullish();
/** The meeting meant; omitted or null: the latest one. */
const meetingRef = z.number({ error: 'validation.number_expected' }).int().positive().nullish();
/** After the lock, why a score, conflict, vote or decision changes. */
export const postLockReason = z.string({ error: 'validation.text_expected' }).trim().min(1, 'validation.empty_text').nullish();

const meetingFields = z.strictObject({
  date: z.string({ error: 'validation.text_expected' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date_expected'),
  startsAt: z.string().regex(/^\d{2}:\d{2}$/, 'validation.time_expected').nullish(),
  endsAt: z.string().regex(/^\d{2}:\d{2}$/, 'validation.time_expected').nullish(),
  place: optionalText,
  kind: z.enum(MEETING_KINDS, { error: 'validation.meeting_kind_expected' }).default('room'),
});

/** One line of the attendance file (`comitia attendance --set`): `{"member", "status", "by"}`, times optional. */
export const attendanceEntrySchema = z.strictObject({
  member: idSchema,
  status: z.enum(ATTENDANCE_STATUSES, { error: 'validation.attendance_status_expected' }),
  by: idSchema.nullish(),
  arrivedAt: z.string().nullish(),
  leftAt: z.string().nullish(),
});

const guestSchema = z.strictObject({ name: text, institution: optionalText.transform((v) => v ?? null) });

const countsSchema = z.strictObject({
  pour: z.number({ error: 'validation.number_expected' }),
  contre: z.number({ error: 'validation.number_expected' }),
  abstention: z.number({ error: 'validation.number_expected' }),
});

const choice = z.enum(VOTE_CHOICES, { error: 'validation.vote_choice_expected' });

export const ballotSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('counts'), counts: countsSchema, chairVote: choice.nullish() }),
  z.strictObject({
    kind: z.literal('members'),
    votes: z.array(z.strictObject({ member: idSchema, choice, castBy: idSchema.nullish() })),
  }),
]);

/** One decision: the motivation may be missing here, the core refuses it naming the dossier. */
export const decisionEntrySchema = z.strictObject({
  dossier: dossierIdSchema,
  decision: z.enum(DECISION_KINDS, { error: 'validation.decision_expected' }),
  motivation: z.string({ error: 'validation.text_expected' }).nullish(),
  conditions: z.string({ error: 'validation.text_expected' }).nullish(),
  waitlistPosition: z.number({ error: 'validation.number_expected' }).nullish(),
  ballot: ballotSchema.nullish(),
});

const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('majority') }),
  z.strictObject({ kind: z.literal('count'), count: z.number() }),
  z.strictObject({ kind: z.literal('fraction'), fraction: z.number() }),
]);
const roles = z.array(z.enum(MEMBER_ROLES, { error: 'validation.role_expected' }));

const settingsPatch = z.strictObject({
  quorum: z
    .strictObject({ rule: quorumRuleSchema, countRepresented: z.boolean(), maxProxiesPerHolder: z.number(), votingRoles: roles })
    .optional(),
  votes: z
    .strictObject({ majority: z.enum(MAJORITY_RULES, { error: 'validation.majority_expected' }), chairCastingVote: z.boolean(), votingRoles: roles })
    .optional(),
  actor: actorSchema,
});

export const deliberationMethods = {
  meetingsList: method<Meeting[]>()(noArgument),
  meetingCreate: method<Meeting>()(meetingFields.extend({ actor: actorSchema }), ['meetings']),
  meetingUpdate: method<Meeting>()(meetingFields.extend({ id: z.number().int().positive(), actor: actorSchema }), ['meetings']),
  meetingDelete: method<boolean>()(z.strictObject({ id: z.number().int().positive(), actor: actorSchema }), ['meetings']),
  deliberationSettingsGet: method<DeliberationSettings>()(noArgument),
  deliberationSettingsSet: method<DeliberationSettings>()(settingsPatch, ['attendance', 'votes']),
  attendanceGet: method<AttendanceView>()(z.strictObject({ meeting: meetingRef })),
  // The whole sheet at once (the CLI's `attendance --set FILE.json`); guests replaced when given.
  attendanceSet: method<AttendanceView>()(
    z.strictObject({ meeting: meetingRef, entries: z.array(attendanceEntrySchema, { error: 'validation.attendance_expected' }), guests: z.array(guestSchema).optional(), actor: actorSchema }),
    ['attendance'],
  ),
  agendaGet: method<AgendaView>()(z.strictObject({ meeting: meetingRef, order: z.enum(AGENDA_ORDERS, { error: 'validation.agenda_order_expected' }).optional() })),
  agendaSet: method<AgendaView>()(z.strictObject({ meeting: meetingRef, dossiers: z.array(dossierIdSchema), actor: actorSchema }), ['agenda']),
  currentDossierGet: method<CurrentDossierView>()(z.strictObject({ meeting: meetingRef })),
  // The projector follows the room through the change event of `agenda`.
  currentDossierSet: method<CurrentDossierView>()(z.strictObject({ meeting: meetingRef, dossier: dossierIdSchema.nullable() }), ['agenda']),
  notesList: method<DeliberationNote[]>()(z.strictObject({ dossier: dossierIdSchema.optional() })),
  noteAdd: method<DeliberationNote>()(z.strictObject({ dossier: dossierIdSchema, text, actor: actorSchema }), ['notes']),
  noteEdit: method<DeliberationNote>()(z.strictObject({ id: z.number().int().positive(), text, actor: actorSchema }), ['notes']),
  noteRemove: method<boolean>()(z.strictObject({ id: z.number().int().positive(), actor: actorSchema }), ['notes']),
  // A member's own reading notes: given to `viewer` only; the secretariat (null) gets none.
  readingNotesGet: method<ReadingNote[]>()(z.strictObject({ viewer: idSchema.nullable(), dossier: dossierIdSchema.optional() })),
  readingNoteSet: method<ReadingNote[]>()(z.strictObject({ viewer: idSchema, dossier: dossierIdSchema, text: z.string({ error: 'validation.text_expected' }) }), ['notes']),
  votesList: method<StoredVote[]>()(z.strictObject({ dossier: dossierIdSchema.optional() })),
  voteRecord: method<StoredVote>()(
    z.strictObject({ dossier: dossierIdSchema, meeting: meetingRef, ballot: ballotSchema, reason: postLockReason, actor: actorSchema }),
    ['votes'],
  ),
  decisionsList: method<StoredDecision[]>()(noArgument),
  // A set of decisions, all or nothing (the CLI's `decide --set FILE.json`).
  decisionsRecord: method<{ decisions: StoredDecision[]; votes: StoredVote[] }>()(
    z.strictObject({
      decisions: z.array(decisionEntrySchema, { error: 'validation.decisions_expected' }),
      meeting: meetingRef,
      quorumOverride: z.strictObject({ reason: text }).nullish(),
      reason: postLockReason,
      actor: actorSchema,
    }),
    ['decisions', 'votes'],
  ),
  waitingList: method<StoredDecision[]>()(noArgument),
  promotionPropose: method<Promotion | null>()(z.strictObject({ withdrawn: dossierIdSchema })),
  promotionRecord: method<PromotionRecord>()(z.strictObject({ withdrawn: dossierIdSchema, reason: text, actor: actorSchema }), ['decisions']),
  promotionsList: method<PromotionRecord[]>()(noArgument),
  motivationPhrasesList: method<MotivationPhrases[]>()(noArgument),
  motivationPhrasesSet: method<MotivationPhrases[]>()(
    z.strictObject({ kind: z.enum(DECISION_KINDS, { error: 'validation.decision_expected' }), phrases: z.array(z.string()), actor: actorSchema }),
    ['decisions'],
  ),
  lockGet: method<LockState>()(noArgument),
  // Locks the session on the chair's authority; then records the audit head outside the file and takes a backup.
  sessionLock: method<LockState>()(z.strictObject({ actor: actorSchema }), ['lock', 'session', 'backups']),
  postLockChanges: method<PostLockChange[]>()(noArgument),
  auditList: method<AuditPage>()(
    z.strictObject({
      actionPrefix: z.string().optional(),
      actor: z.string().optional(),
      dossier: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
  ),
  // `minutes`: signed minutes to check the chain against (they carry its head hash): a chain rewritten after
  // signing no longer reaches it.
  auditVerify: method<AuditVerification>()(z.strictObject({ minutes: filePath('pdfToVerify').optional() })),
  // The bytes of the results file; the caller saves it (the CLI with main/files/atomicWrite.ts).
  resultsExport: method<ResultsFile>()(z.strictObject({ format: z.enum(['xlsx', 'csv'], { error: 'validation.results_format_expected' }) })),
} as const;
