/** The dossiers' eligibility results (one per dossier and check, whoever's sheet is shown), and recording one. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { EligibilityResult } from '../../../../common/scoring/records.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

const NONE: EligibilityResult[] = [];

export function useEligibility(actor: string) {
  const client = useQueryClient();
  const list = useApiQuery(queryKeys.eligibility(), () => api.eligibilityList({}));
  const [error, setError] = useState<string | null>(null);

  const record = useCallback(
    async (dossier: string, check: string, passed: boolean | null) => {
      const r = await api.eligibilitySet({ entries: [{ dossier, check, passed }], actor });
      if (r.ok) {
        // The answer is the whole list: shown at once (the change event refetches what is computed from it).
        client.setQueryData(queryKeys.eligibility(), r.value);
        setError(null);
      } else setError(errorMessage(r.error));
    },
    [actor, client],
  );

  return { results: list.data ?? NONE, error: error ?? list.error, record };
}
