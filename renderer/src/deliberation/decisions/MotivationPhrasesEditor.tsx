/**
 * The session's reusable motivation phrases, per decision type (motivationPhrasesSet): one phrase a line, kept in
 * the session and offered in one click by the decision panel.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, type DecisionKind } from '../../../../common/deliberation/decisions.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';

export function MotivationPhrasesEditor() {
  const { t } = useTranslation('decisions');
  const phrases = useApiQuery(queryKeys.decisionsPart('phrases'), () => api.motivationPhrasesList({}));
  const [kind, setKind] = useState<DecisionKind>('retenu');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const stored = (phrases.data ?? []).find((p) => p.kind === kind)?.phrases ?? [];
  const storedText = stored.join('\n');

  // What is on file for the chosen type, again after it changed (here or elsewhere).
  useEffect(() => setText(storedText), [storedText, kind]);

  const save = async () => {
    const r = await api.motivationPhrasesSet({ kind, phrases: text.split('\n'), actor: null });
    setMessage(r.ok ? { text: t('phrases.saved'), error: false } : { text: errorMessage(r.error), error: true });
  };
  return (
    <section className="phrases-editor" aria-labelledby="phrases-title">
      <h3 id="phrases-title">{t('phrases.title')}</h3>
      <p className="muted">{t('phrases.intro')}</p>
      <label>
        {t('phrases.kind')}{' '}
        <select value={kind} onChange={(e) => { setKind(e.target.value as DecisionKind); setMessage(null); }}>
          {DECISION_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
        </select>
      </label>
      <label className="block">
        {t('phrases.text', { kind: t(`kind.${kind}`) })}
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={() => void save()}>{t('phrases.save')}</button>{' '}
      {message ? <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>{message.text}</span> : null}
    </section>
  );
}
