/** The dossier methods of the API contract: the session's dossiers as imported, with what the import kept of them. */
import type { DossierMethod } from '../../common/api/contract.ts';
import { AppError } from '../../common/result.ts';
import type { ApiContext, HandlerTable } from '../apiContext.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { getAttachment, listAttachments } from '../db/attachmentRepo.ts';
import { getDossier, listDossiers } from '../db/dossierRepo.ts';
import { clearChangedAfterScoring, listAvis, listHistory } from '../db/dossierHistoryRepo.ts';

function requireDossier(ctx: ApiContext, id: string): void {
  if (!getDossier(ctx.session.db(), id)) throw new AppError('session.dossier_not_found', { id });
}

export const dossierHandlers: HandlerTable<DossierMethod> = {
  dossiersList: (_arg, ctx) => listDossiers(ctx.session.db()),
  dossierGet: ({ id }, ctx) => {
    const dossier = getDossier(ctx.session.db(), id);
    if (!dossier) throw new AppError('session.dossier_not_found', { id });
    return dossier;
  },
  dossierHistory: ({ id }, ctx) => {
    requireDossier(ctx, id);
    return listHistory(ctx.session.db(), id);
  },
  dossierAvis: ({ id }, ctx) => {
    requireDossier(ctx, id);
    return listAvis(ctx.session.db(), id);
  },
  dossierAttachments: ({ id }, ctx) => {
    requireDossier(ctx, id);
    return listAttachments(ctx.session.db(), id);
  },
  attachmentGet: ({ id }, ctx) => {
    const info = getAttachment(ctx.session.db(), id);
    if (!info) throw new AppError('session.attachment_not_found', { id });
    return info;
  },
  dossierAcknowledgeChanges: ({ id, actor }, ctx) => {
    const db = ctx.session.db();
    requireDossier(ctx, id);
    db.transaction(() => {
      clearChangedAfterScoring(db, id);
      appendAudit(db, 'dossier.acknowledgeChanges', { dossierId: id }, actor ?? ctx.actor);
    })();
    return getDossier(db, id)!;
  },
};
