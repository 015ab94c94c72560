/** Import (issue #3). Paths are the files the user chose; progress goes to the event channel (task "import"). */
import { z } from 'zod';
import type { ColumnMapping } from '../../import/fields.ts';
import * as importing from '../../import/schemas.ts';
import type { ImportLogEntry, ImportPreview, ImportReport, SavedMapping } from '../../import/types.ts';
import { LIMITS, maxText } from '../bounds.ts';
import { method } from '../method.ts';
import { filePath } from '../paths.ts';
import { noArgument } from './session.ts';

export const importMethods = {
  importPreview: method<ImportPreview>()(
    z.strictObject({
      source: filePath('importSource'),
      encoding: importing.encodingSchema.optional(),
      delimiter: importing.delimiterSchema.optional(),
      mapping: importing.mappingSchema.nullable().optional(),
    }),
  ),
  importProposeMapping: method<{ mapping: ColumnMapping; savedMappingName: string | null }>()(
    z.strictObject({ headers: z.array(maxText(z.string(), LIMITS.header)).max(2000, 'validation.too_big') }),
  ),
  // An import adds and updates dossiers and their attachments, logs itself, may save its mapping, and marks the
  // scored dossiers whose content changed.
  importRun: method<ImportReport>()(
    importing.importRunSchema.extend({
      source: filePath('importSource'),
      attachments: filePath('importAttachments').nullable().optional(),
    }),
    ['dossiers', 'imports', 'mappings'],
  ),
  importCancel: method<boolean>()(noArgument),
  importsList: method<ImportLogEntry[]>()(noArgument),
  mappingsList: method<SavedMapping[]>()(noArgument),
  mappingSave: method<SavedMapping>()(
    z.strictObject({ name: importing.mappingNameSchema, mapping: importing.mappingSchema }),
    ['mappings'],
  ),
} as const;
