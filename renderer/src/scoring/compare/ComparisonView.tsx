import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { MIN_COMPARED, MAX_COMPARED, useScoring } from '../ScoringContext.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { DossierPicker } from './DossierPicker.tsx';

/** Side by side: 2 to 4 dossiers, criteria as rows; each cell the mean, the spread and every member's score. */
export function ComparisonView() {
  const { t } = useTranslation('scoring');
  const { basket, viewer } = useScoring();
  const ready = basket.length >= MIN_COMPARED && basket.length <= MAX_COMPARED;
  const compared = useApiQuery(queryKeys.compare(basket, viewer), () => api.compare({ dossiers: [...basket], viewer }), {
    enabled: ready,
    keepPrevious: true,
  });
  // The core withholds other members' scores; the view says why, dossier by dossier: the viewer's own recusal, or
  // blind scoring until the viewer's sheet is marked complete.
  const conflicts = useApiQuery(queryKeys.conflicts(), () => api.conflictsList({}), { enabled: viewer !== null });
  const recused = new Set((conflicts.data ?? []).filter((c) => c.member === viewer).map((c) => c.dossier));
  return (
    <div className="comparison-view">
      <DossierPicker />
      {!ready ? <p>{t('compare.needMore', { min: MIN_COMPARED, max: MAX_COMPARED })}</p> : null}
      {compared.error ? <p role="alert">{compared.error}</p> : null}
      {ready && compared.data ? <ComparisonTable view={compared.data} recused={recused} /> : null}
    </div>
  );
}
