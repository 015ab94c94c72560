import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringSettings } from '../../../../common/scoring/input.ts';
import { api } from '../../transport.ts';
import { parseTypedNumber } from '../format.ts';
import { invalidProps, type RefusalView } from './fieldProblems.ts';
import { useRefusal } from './useRefusal.ts';
import { RefusalNotice } from './RefusalNotice.tsx';

/** The session's scoring rules: rank by normalised or raw values, blind scoring, the divergence threshold. */
export function ScoringRulesForm({ settings, onSaved }: { settings: ScoringSettings; onSaved: (s: ScoringSettings) => void }) {
  const { t } = useTranslation('scoring');
  const [rankBy, setRankBy] = useState(settings.rankBy);
  const [blind, setBlind] = useState(settings.blind);
  const [threshold, setThreshold] = useState(String(settings.divergenceThreshold));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [refusal, setRefusal] = useState<RefusalView | null>(null);
  const wordRefusal = useRefusal();

  const save = async () => {
    const divergenceThreshold = parseTypedNumber(threshold);
    if (!Number.isFinite(divergenceThreshold)) {
      // Not a number at all: said here, the field marked as for the core's refusals.
      setRefusal({ headline: t('rules.badThreshold', { typed: threshold }), problems: [], fields: new Set(['divergenceThreshold']) });
      setStatus(null);
      return;
    }
    // A negative threshold goes to the core, whose refusal names the field like every other form's.
    const r = await api.scoringSettingsSet({ rankBy, blind, divergenceThreshold, actor: 'secretariat' });
    if (!r.ok) {
      setStatus(null);
      setRefusal(wordRefusal(r.error, 'rulesRefused'));
      return;
    }
    setRefusal(null);
    setStatus({ ok: true, text: t('rules.saved') });
    onSaved(r.value);
  };

  return (
    <form
      className="rules-form"
      aria-labelledby="rules-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="rules-title">{t('rules.title')}</h3>
      <fieldset>
        <legend>{t('rules.rankBy')}</legend>
        {(['normalized', 'raw'] as const).map((v) => (
          <label key={v} className="inline">
            <input type="radio" name="rank-by" value={v} checked={rankBy === v} onChange={() => setRankBy(v)} />
            {t(`rules.${v}`)}
          </label>
        ))}
      </fieldset>
      <label className="inline">
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
        {t('rules.blind')}
      </label>
      <div className="form-row">
        <label htmlFor="rules-threshold">{t('rules.threshold')}</label>
        <input {...invalidProps(refusal?.fields, 'divergenceThreshold')} id="rules-threshold" inputMode="decimal" size={6} value={threshold} aria-describedby="rules-threshold-help" onChange={(e) => setThreshold(e.target.value)} />
        <span id="rules-threshold-help" className="muted">
          {t('rules.thresholdHelp')}
        </span>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('rules.save')}
        </button>
        <p role="status" className={status?.ok === false ? 'error' : 'muted'}>
          {status?.text}
        </p>
      </div>
      {refusal ? <RefusalNotice id="rules-refusal" refusal={refusal} /> : null}
    </form>
  );
}
