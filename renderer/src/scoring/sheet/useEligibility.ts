/** The dossiers' eligibility results (one per dossier and check, whoever's sheet is shown), and recording one. */
import { useCallback, useEffect, useState } from 'react';
import type { EligibilityResult } from '../../../../common/scoring/records.ts';
import { api } from '../../transport.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

export function useEligibility(actor: string, refreshTick: number, onChanged: () => void) {
  const [results, setResults] = useState<EligibilityResult[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.eligibilityList({}).then((r) => {
      if (!live) return;
      if (r.ok) setResults(r.value);
      else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, [refreshTick]);

  const record = useCallback(
    async (dossier: string, check: string, passed: boolean | null) => {
      const r = await api.eligibilitySet({ entries: [{ dossier, check, passed }], actor });
      if (r.ok) {
        setResults(r.value);
        setError(null);
        onChanged();
      } else setError(errorMessage(r.error));
    },
    [actor, onChanged],
  );

  return { results, error, record };
}
