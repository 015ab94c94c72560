/**
 * The dossiers the committee has selected so far, for the targets dashboard and the CLI's `targets`: the decisions
 * « retenu » and « retenu sous réserve » recorded in the room (main/deliberation), less the applicants who withdrew
 * afterwards (their decision stays on record, marked withdrawn).
 */
import { isSelected } from '../../common/deliberation/decisions.ts';
import type { ApiContext } from '../apiContext.ts';
import { listDecisions } from '../db/decisionRepo.ts';

export function selectedDossierIds(ctx: ApiContext): string[] {
  return listDecisions(ctx.session.db())
    .filter((d) => isSelected(d.decision) && d.withdrawnAt === null)
    .map((d) => d.dossier);
}
