/** Argument schemas of the import methods of the API contract (messages in French, shown to the user). */
import { z } from 'zod';
import { MAPPABLE_FIELDS } from './fields.ts';

export const filePathSchema = z.string({ error: 'chemin de fichier attendu' }).min(1, 'le chemin du fichier est vide');

export const encodingSchema = z.enum(['auto', 'utf-8', 'windows-1252'], {
  error: 'encodage attendu : auto, utf-8 ou windows-1252',
});

export const delimiterSchema = z.enum(['auto', ';', ',', '\t', '|'], {
  error: 'séparateur attendu : auto, « ; », « , », tabulation ou « | »',
});

export const mappingSchema = z.record(
  z.string(),
  z.enum(MAPPABLE_FIELDS, { error: `champ inconnu (champs possibles : ${MAPPABLE_FIELDS.join(', ')})` }).nullable(),
  { error: 'correspondance attendue : un objet { "en-tête": "champ" }' },
);

export const mappingNameSchema = z
  .string({ error: 'nom de correspondance attendu' })
  .trim()
  .min(1, 'le nom de la correspondance est vide')
  .max(120, 'nom de correspondance trop long (120 caractères au plus)');

export const dossierRefSchema = z.strictObject({ id: z.string().min(1, "l'identifiant du dossier est vide") });

export const importRunSchema = z.strictObject({
  source: filePathSchema,
  attachments: filePathSchema.nullable().optional(),
  encoding: encodingSchema.optional(),
  delimiter: delimiterSchema.optional(),
  mapping: mappingSchema.nullable().optional(),
  mappingName: mappingNameSchema.nullable().optional(),
  saveMappingAs: mappingNameSchema.nullable().optional(),
  dryRun: z.boolean().optional(),
});
