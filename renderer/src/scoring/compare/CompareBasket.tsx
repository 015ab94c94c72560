import { useTranslation } from 'react-i18next';
import { MIN_COMPARED, MAX_COMPARED, useScoring } from '../ScoringContext.ts';

/** The dossiers ticked for comparison, from any list of the area, and the way to the comparison. */
export function CompareBasket() {
  const { t } = useTranslation('scoring');
  const { basket, dossiers, toggleBasket, clearBasket, showTab } = useScoring();
  return (
    <div className="basket" role="region" aria-label={t('compare.basket')}>
      {basket.length === 0 ? (
        <span className="muted basket-hint">{t('compare.basketHint', { min: MIN_COMPARED, max: MAX_COMPARED })}</span>
      ) : (
        <>
          <ul className="chips">
            {basket.map((id) => (
              <li key={id}>
                <span>{dossiers.get(id)?.name ?? id}</span>
                <button type="button" className="chip-remove" aria-label={t('compare.remove', { name: dossiers.get(id)?.name ?? id })} onClick={() => toggleBasket(id)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" disabled={basket.length < MIN_COMPARED} onClick={() => showTab('compare')}>
            {t('compare.go', { count: basket.length })}
          </button>
          <button type="button" onClick={clearBasket}>
            {t('compare.clear')}
          </button>
        </>
      )}
    </div>
  );
}
