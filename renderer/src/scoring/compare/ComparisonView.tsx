import { useTranslation } from 'react-i18next';
import { api } from '../../transport.ts';
import { useApi } from '../../useApi.ts';
import { MIN_COMPARED, MAX_COMPARED, useRevision, useScoring } from '../ScoringContext.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { DossierPicker } from './DossierPicker.tsx';

/** Side by side: 2 to 4 dossiers, criteria as rows; each cell the mean, the spread and every member's score. */
export function ComparisonView() {
  const { t } = useTranslation('scoring');
  const { basket, viewer } = useScoring();
  const revision = useRevision();
  const ready = basket.length >= MIN_COMPARED && basket.length <= MAX_COMPARED;
  const compared = useApi(
    () => (ready ? api.compare({ dossiers: [...basket], viewer }) : Promise.resolve({ ok: true as const, value: null })),
    [basket.join('\u0000'), viewer, revision],
  );
  return (
    <div className="comparison-view">
      <DossierPicker />
      {!ready ? <p>{t('compare.needMore', { min: MIN_COMPARED, max: MAX_COMPARED })}</p> : null}
      {compared.error ? <p role="alert">{compared.error}</p> : null}
      {ready && compared.data ? <ComparisonTable view={compared.data} /> : null}
    </div>
  );
}
