/** Argument schemas of the import methods of the API contract (messages in French, shown to the user). */
import { z } from 'zod';
import { LIMITS, maxText } from '../api/bounds.ts';
import { MAPPABLE_FIELDS } from './fields.ts';

export const filePathSchema = maxText(z.string({ error: 'validation.file_path_expected' }), LIMITS.path).min(1, 'validation.file_path_empty');

export const encodingSchema = z.enum(['auto', 'utf-8', 'windows-1252'], {
  error: 'validation.encoding_expected',
});

export const delimiterSchema = z.enum(['auto', ';', ',', '\t', '|'], {
  error: 'validation.delimiter_expected',
});

export const mappingSchema = z.record(
  maxText(z.string(), LIMITS.header),
  z.enum(MAPPABLE_FIELDS, { error: 'validation.mapping_field_unknown' }).nullable(),
  { error: 'validation.mapping_expected' },
);

export const mappingNameSchema = z
  .string({ error: 'validation.mapping_name_expected' })
  .trim()
  .min(1, 'validation.mapping_name_empty')
  .max(120, 'validation.mapping_name_too_long');

export const dossierRefSchema = z.strictObject({ id: maxText(z.string(), LIMITS.dossierId).min(1, 'validation.dossier_ref_empty') });

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
