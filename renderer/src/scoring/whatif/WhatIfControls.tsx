import { useTranslation } from 'react-i18next';
import { scoresInSession } from '../../../../common/scoring/input.ts';
import { formatNumber, parseTypedNumber } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';

export interface Scenario {
  /** As typed, by criterion id. */
  weights: Record<string, string>;
  excluded: string[];
}

/** The weights to try and the members to leave out; the stored grid keeps its own values. */
export function WhatIfControls({ scenario, onChange }: { scenario: Scenario; onChange: (s: Scenario) => void }) {
  const { t, i18n } = useTranslation('scoring');
  const { grid, members } = useScoring();
  const scorers = members.filter((m) => scoresInSession(m.role));
  const reset = () => onChange({ weights: Object.fromEntries(grid.criteria.map((c) => [c.id, String(c.weight)])), excluded: [] });

  return (
    <form className="whatif-controls" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('whatIf.weights')}</legend>
        {grid.criteria.map((c) => {
          const text = scenario.weights[c.id] ?? '';
          const value = parseTypedNumber(text);
          const invalid = text.trim() === '' || !Number.isFinite(value) || value < 0;
          return (
            <div key={c.id} className="weight-field">
              <label htmlFor={`whatif-w-${c.id}`}>{c.label}</label>
              <input
                id={`whatif-w-${c.id}`}
                type="number"
                min={0}
                step={0.5}
                value={text}
                aria-invalid={invalid || undefined}
                aria-describedby={`whatif-w-${c.id}-stored`}
                onChange={(e) => onChange({ ...scenario, weights: { ...scenario.weights, [c.id]: e.target.value } })}
              />
              <span id={`whatif-w-${c.id}-stored`} className={text !== String(c.weight) ? 'changed' : 'muted'}>
                {t('whatIf.stored', { weight: formatNumber(c.weight, i18n.language) })}
              </span>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('whatIf.leaveOut')}</legend>
        {scorers.map((m) => (
          <label key={m.id} className="inline">
            <input
              type="checkbox"
              checked={scenario.excluded.includes(m.id)}
              onChange={(e) =>
                onChange({ ...scenario, excluded: e.target.checked ? [...scenario.excluded, m.id] : scenario.excluded.filter((x) => x !== m.id) })
              }
            />
            {m.name}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={reset}>
        {t('whatIf.reset')}
      </button>
    </form>
  );
}
