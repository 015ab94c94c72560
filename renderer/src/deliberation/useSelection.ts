/**
 * The selection's data from the query cache (keys under `selection` and `targets`, data/queryKeys.ts): fetched
 * again when a change event names the targets, the scores, the dossiers… whichever window or process wrote.
 */
import type { TargetsAgainst } from '../../../common/api/contract/selection.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { api } from '../transport.ts';

export function useTargetsEvaluation(against: TargetsAgainst, enabled = true) {
  return useApiQuery(queryKeys.selection('evaluation', against), () => api.targetsEvaluate({ against }), { enabled, keepPrevious: true });
}

export function useProposal(enabled: boolean) {
  return useApiQuery(queryKeys.selection('proposal'), () => api.propose({}), { enabled, keepPrevious: true });
}
