import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMPARED, useScoring } from '../ScoringContext.ts';

/** Adds a dossier to the comparison by name, for when it is not at hand in the sheet or the ranking. */
export function DossierPicker() {
  const { t } = useTranslation('scoring');
  const { dossiers, basket, toggleBasket } = useScoring();
  const [choice, setChoice] = useState('');
  const options = useMemo(
    () => [...dossiers.values()].filter((d) => !basket.includes(d.id)).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    [dossiers, basket],
  );
  const full = basket.length >= MAX_COMPARED;
  return (
    <form
      className="dossier-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) toggleBasket(choice);
        setChoice('');
      }}
    >
      <label htmlFor="compare-add">{t('compare.add')}</label>
      <select id="compare-add" value={choice} disabled={full} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('compare.choose')}</option>
        {options.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} ({d.id})
          </option>
        ))}
      </select>
      <button type="submit" disabled={full || !choice}>
        {t('compare.addButton')}
      </button>
      {full ? <span className="muted">{t('compare.full', { max: MAX_COMPARED })}</span> : null}
    </form>
  );
}
