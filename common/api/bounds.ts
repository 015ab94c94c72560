/**
 * Length limits of the free text the API accepts (issue 12): what a person types or a file carries is bounded in the
 * contract, so a 64 MB comment or id is refused at the entrance, with a code naming the field and the limit, before
 * any handler, audit entry or SQLite row sees it. The limits are generous for the purpose (a comment is a paragraph,
 * a name a line) and the same for every shell.
 */
import { z } from 'zod';

export const LIMITS = {
  /** An audit actor: a member id or `secretariat` (ids are 1–64 characters: common/scoring/schemas.ts). */
  actor: 64,
  /** Dossier ids come from the source system; démarches-simplifiées' are numbers. */
  dossierId: 100,
  /** A score's comment, an eligibility note, a conflict's reason. */
  comment: 2000,
  /** A member's name or institution, a label, a template name. */
  name: 200,
  /** A column header of a source file. */
  header: 500,
  /** A path or a file reference. */
  path: 4096,
} as const;

/** `.max()` with the catalogue code that says how long the text may be (`maximum` comes from zod's issue). */
export const maxText = (schema: z.ZodString, max: number): z.ZodString => schema.max(max, 'validation.text_too_long');

/** Who made a change, for the audit chain: an id (a member's or `secretariat`), 1–64 characters, no spaces. */
export const boundedActorSchema = z
  .string({ error: 'validation.id_expected' })
  .max(LIMITS.actor, 'validation.text_too_long')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'validation.actor_format');
