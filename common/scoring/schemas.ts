/**
 * The shapes of what people hand to the scoring core: the committee and conflicts files of the CLI, and the API's
 * arguments. Messages are catalogue codes (common/i18n/messages/validation.ts), worded at the edges for the person who wrote
 * the file or filled the form.
 */
import { z } from 'zod';
import { boundedActorSchema, LIMITS, maxText } from '../api/bounds.ts';
import { MEMBER_ROLES } from '../domain/types.ts';

/** Ids travel in CSV files and JSON: no separators, no spaces (the grid's criteria follow the same rule). */
export const idSchema = z
  .string({ error: 'validation.id_expected' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'validation.id_format');

/** Dossier ids come from the source system (démarches-simplifiées "ID") and are kept as they are. */
export const dossierIdSchema = maxText(z.string({ error: 'validation.dossier_id_expected' }), LIMITS.dossierId)
  .trim()
  .min(1, 'validation.dossier_id_empty');

const bounded = (max: number) => maxText(z.string({ error: 'validation.text_expected' }), max).trim().min(1, 'validation.empty_text');
const text = bounded(LIMITS.name);
const reason = bounded(LIMITS.comment);

const memberSchema = z.strictObject({
  id: idSchema,
  name: text,
  institution: text,
  role: z.enum(MEMBER_ROLES, { error: 'validation.role_expected' }),
});

export const membersFileSchema = z.array(memberSchema, { error: 'validation.members_expected' }).superRefine((members, ctx) => {
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'validation.duplicate_id', params: { id: m.id } });
    seen.add(m.id);
  });
});

export const conflictEntrySchema = z.strictObject({
  member: idSchema,
  dossier: dossierIdSchema,
  reason,
});

export const conflictsFileSchema = z
  .array(conflictEntrySchema, { error: 'validation.conflicts_expected' })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((c, i) => {
      const key = `${c.member}\u0000${c.dossier}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: 'validation.duplicate_conflict', params: { member: c.member, dossier: c.dossier } });
      seen.add(key);
    });
  });

export const eligibilityEntrySchema = z.strictObject({
  dossier: dossierIdSchema,
  check: idSchema,
  /** null withdraws the result (the check is no longer assessed). */
  passed: z.boolean({ error: 'validation.boolean_or_null_expected' }).nullable(),
  note: maxText(z.string({ error: 'validation.text_expected' }), LIMITS.comment).trim().nullish(),
});

export const eligibilityFileSchema = z.array(eligibilityEntrySchema, { error: 'validation.eligibility_expected' });

export const scoringSettingsPatchSchema = z.strictObject({
  rankBy: z.enum(['normalized', 'raw'], { error: 'validation.rank_by_expected' }).optional(),
  blind: z.boolean({ error: 'validation.boolean_expected' }).optional(),
  divergenceThreshold: z.number({ error: 'validation.number_expected' }).min(0, 'validation.threshold_not_negative').optional(),
});

export const whatIfChangeSchema = z.strictObject({
  weights: z.record(maxText(z.string(), LIMITS.actor), z.number({ error: 'validation.number_expected' }).min(0, 'validation.weight_not_negative')).optional(),
  excludeMembers: z.array(maxText(z.string(), LIMITS.actor)).optional(),
});

/**
 * Who is looking: a member id, or null for the secretariat. The core hides the others' scores from a recused member
 * and, under blind scoring, from a member who has not finished their sheet.
 */
export const viewerSchema = maxText(z.string({ error: 'validation.viewer_expected' }), LIMITS.actor).min(1).nullable();

/** Who made a change, for the audit chain: a member id or `secretariat`; omitted or null when unknown. */
export const actorSchema = boundedActorSchema.nullable().optional();
