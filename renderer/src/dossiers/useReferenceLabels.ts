import type { ReferenceLabels } from '../../../common/domain/types.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { api } from '../transport.ts';

/**
 * Display names of countries, régions and départements: reference data shipped with the application, fetched once
 * per page and kept in the cache. Null until they have arrived, so that a view can wait for them rather than draw
 * raw codes it would not redraw (issue 8).
 */
export function useReferenceLabels(): ReferenceLabels | null {
  return useApiQuery(queryKeys.referenceLabels(), () => api.referenceLabels({})).data;
}

export function countryName(labels: ReferenceLabels, code: string, language: string): string {
  const c = labels.countries[code];
  return c ? (language === 'en' ? c.en : c.fr) : code;
}
