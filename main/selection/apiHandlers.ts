/** The selection methods of the API contract: targets, their evaluation, the proposed selection, rank ranges. */
import type { SelectionMethod } from '../../common/api/contract.ts';
import type { HandlerTable } from '../apiContext.ts';
import { listTargets } from '../db/targetsRepo.ts';
import { selectedDossierIds } from './currentSelection.ts';
import { proposeFor } from './proposal.ts';
import { refuseBlindedViewer, selectionData } from './selectionData.ts';
import { scoringSnapshot } from '../scoring/scoringSnapshot.ts';
import { evaluateSessionTargets, setTargets } from './selectionTargets.ts';

export const selectionHandlers: HandlerTable<SelectionMethod> = {
  targetsGet: (_arg, ctx) => listTargets(ctx.session.db()),
  targetsSet: ({ targets, actor }, ctx) => setTargets(ctx.session.db(), targets, actor ?? ctx.actor),
  targetsEvaluate: async ({ against, viewer }, ctx) => {
    const db = ctx.session.db();
    if (against === 'decisions') {
      const selected = selectedDossierIds(ctx);
      return { against, selected, targets: evaluateSessionTargets(db, selected) };
    }
    if (against === 'proposal') {
      const p = await proposeFor(selectionData(db, viewer ?? null));
      return { against, selected: p.selected, targets: p.targets };
    }
    return { against: 'dossiers', selected: against.dossiers, targets: evaluateSessionTargets(db, against.dossiers) };
  },
  propose: ({ viewer }, ctx) => proposeFor(selectionData(ctx.session.db(), viewer ?? null)),
  rankRanges: ({ viewer }, ctx) => {
    const db = ctx.session.db();
    refuseBlindedViewer(db, viewer ?? null);
    // The ranges the ranking view shows, computed once per state of the file.
    const { leftOut, boundary, ranges } = scoringSnapshot(db).firmness();
    return { leftOut, boundary, ranges };
  },
};
