/**
 * The shapes of what people hand to the scoring core: the committee and conflicts files of the CLI, and the API's
 * arguments. French messages: they reach the person who wrote the file or filled the form.
 */
import { z } from 'zod';
import { MEMBER_ROLES } from '../domain/types.ts';

/** Ids travel in CSV files and JSON: no separators, no spaces (the grid's criteria follow the same rule). */
export const idSchema = z
  .string({ error: 'identifiant attendu (texte)' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'identifiant invalide : 1 à 64 lettres, chiffres, « _ », « - » ou « . »');

/** Dossier ids come from the source system (démarches-simplifiées "ID") and are kept as they are. */
export const dossierIdSchema = z.string({ error: 'identifiant de dossier attendu (texte)' }).trim().min(1, 'identifiant de dossier vide');

const text = z.string({ error: 'texte attendu' }).trim().min(1, 'ne doit pas être vide');

export const memberSchema = z.strictObject({
  id: idSchema,
  name: text,
  institution: text,
  role: z.enum(MEMBER_ROLES, { error: `rôle attendu : ${MEMBER_ROLES.join(', ')}` }),
});

export const membersFileSchema = z.array(memberSchema, { error: 'liste de membres attendue' }).superRefine((members, ctx) => {
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `identifiant « ${m.id} » en double` });
    seen.add(m.id);
  });
});

export const conflictEntrySchema = z.strictObject({
  member: idSchema,
  dossier: dossierIdSchema,
  reason: text,
});

export const conflictsFileSchema = z
  .array(conflictEntrySchema, { error: 'liste de conflits attendue' })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((c, i) => {
      const key = `${c.member}\u0000${c.dossier}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `conflit « ${c.member} » / « ${c.dossier} » déclaré deux fois` });
      seen.add(key);
    });
  });

export const eligibilityEntrySchema = z.strictObject({
  dossier: dossierIdSchema,
  check: idSchema,
  /** null withdraws the result (the check is no longer assessed). */
  passed: z.boolean({ error: 'true, false ou null attendu' }).nullable(),
  note: z.string().trim().nullish(),
});

export const eligibilityFileSchema = z.array(eligibilityEntrySchema, { error: "liste de résultats d'éligibilité attendue" });

export const scoringSettingsPatchSchema = z.strictObject({
  rankBy: z.enum(['normalized', 'raw'], { error: '« normalized » ou « raw » attendu' }).optional(),
  blind: z.boolean({ error: 'true ou false attendu' }).optional(),
  divergenceThreshold: z.number({ error: 'nombre attendu' }).min(0, 'le seuil doit être positif ou nul').optional(),
});

export const whatIfChangeSchema = z.strictObject({
  weights: z.record(z.string(), z.number().min(0, 'le poids doit être positif ou nul')).optional(),
  excludeMembers: z.array(z.string()).optional(),
});

/**
 * Who is looking: a member id, or null for the secretariat. The core hides the others' scores from a recused member
 * and, under blind scoring, from a member who has not finished their sheet.
 */
export const viewerSchema = z.string({ error: 'identifiant de membre ou null attendu' }).min(1).nullable();

/** Who made a change, for the audit chain: a member id or `secretariat`; omitted or null when unknown. */
export const actorSchema = z.string().min(1).nullable().optional();
