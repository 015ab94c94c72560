import type { ReferenceLabels } from '../../../common/domain/types.ts';
import { api } from '../transport.ts';
import { useApi } from '../useApi.ts';

const EMPTY: ReferenceLabels = { countries: {}, regions: {}, departements: {} };

/** Display names of countries, régions and départements (loaded once per mount). */
export function useReferenceLabels(): ReferenceLabels {
  return useApi(() => api.referenceLabels({}), []).data ?? EMPTY;
}

export function countryName(labels: ReferenceLabels, code: string, language: string): string {
  const c = labels.countries[code];
  return c ? (language === 'en' ? c.en : c.fr) : code;
}
