/** The dossiers of the session as imported: list, detail, history, expert opinions, attachments. */
import { z } from 'zod';
import type { Dossier } from '../../domain/types.ts';
import type { AttachmentInfo, Avis, DossierHistoryEntry } from '../../import/types.ts';
import * as importing from '../../import/schemas.ts';
import { boundedActorSchema } from '../bounds.ts';
import { method } from '../method.ts';
import { noArgument } from './session.ts';

export const dossierMethods = {
  dossiersList: method<Dossier[]>()(noArgument),
  dossierGet: method<Dossier>()(importing.dossierRefSchema),
  dossierHistory: method<DossierHistoryEntry[]>()(importing.dossierRefSchema),
  dossierAvis: method<Avis[]>()(importing.dossierRefSchema),
  dossierAttachments: method<AttachmentInfo[]>()(importing.dossierRefSchema),
  // Attachment bytes never travel as JSON: `attachmentGet` gives metadata, the shells serve the bytes.
  attachmentGet: method<AttachmentInfo>()(z.strictObject({ id: z.number().int().positive() })),
  dossierAcknowledgeChanges: method<Dossier>()(
    importing.dossierRefSchema.extend({ actor: boundedActorSchema.nullable().optional() }),
    ['dossiers'],
  ),
} as const;
