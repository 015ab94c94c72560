/**
 * « Proposer une sélection » for the open session: the candidates are the ranking's dossiers (eligible and scored;
 * ineligible ones are never ranked, so never proposed), each valued by its normalised value, under the session's
 * targets. Reads only: nothing is applied (issue 9: never without the chair's confirmation).
 */
import type { SelectionProposal } from '../../common/api/contract/selection.ts';
import { analyse, rankingOf } from '../../common/scoring/analyse.ts';
import { candidatesFromRanking, proposeSelection } from '../deliberation/proposeSelection.ts';
import { labelled } from './selectionTargets.ts';
import type { SelectionData } from './selectionData.ts';

export async function proposeFor(data: SelectionData): Promise<SelectionProposal> {
  // Normalised values whatever the session ranks by: the objective is « the sum of normalised values ».
  const ranking = rankingOf(analyse(data.input), data.settings);
  const candidates = candidatesFromRanking(ranking, data.dossiers);
  const p = await proposeSelection(candidates, data.targets);
  return { ...p, targets: labelled(data.targets, p.targets), candidates: candidates.length };
}
