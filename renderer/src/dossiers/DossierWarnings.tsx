import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierWarning } from '../../../common/domain/types.ts';
import { isChangedAfterScoringWarning, isCorrection, warningText } from '../../../common/import/issueText.ts';
import { api } from '../transport.ts';
import { errorMessage } from '../i18n/errorMessage.ts';

/**
 * A dossier's warnings, worded from their codes in the interface's language. The "changed after scoring" mark
 * (the dossier's `changedAfterScoringAt`, never a warning's words) is set apart, with what changed, what it means
 * and the action by which the committee acknowledges the change (which removes the mark; the history keeps what
 * changed). Corrections the import made are flagged as ones to confirm.
 */
export function DossierWarnings({ dossier, onChanged, headingLevel = 3, compact = false }: {
  dossier: Dossier;
  onChanged: (d: Dossier) => void;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation(['translation', 'import']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const marked = Boolean(dossier.changedAfterScoringAt);
  const changed = dossier.warnings.filter(isChangedAfterScoringWarning);
  const others = dossier.warnings.filter((w) => !isChangedAfterScoringWarning(w));
  const text = (w: DossierWarning): string => warningText(w, language);

  const acknowledge = async () => {
    setBusy(true);
    const r = await api.dossierAcknowledgeChanges({ id: dossier.id, actor: null });
    setBusy(false);
    if (!r.ok) return setError(errorMessage(r.error));
    setError(null);
    onChanged(r.value);
  };

  if (!marked && others.length === 0) return null;
  return (
    <>
      {marked ? (
        <div className="changed-after-scoring" role="note" aria-labelledby={`${id}-changed`}>
          <H id={`${id}-changed`}>
            <span className="mark" aria-hidden="true">
              ⚑
            </span>{' '}
            {t('dossier.changedAfterScoring')}
          </H>
          <ul>
            {changed.map((w, i) => (
              <li key={i}>{text(w)}</li>
            ))}
          </ul>
          {compact ? null : <p>{t('dossier.changedHelp')}</p>}
          <button type="button" disabled={busy} onClick={() => void acknowledge()}>
            {t('dossier.acknowledge')}
          </button>
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      {others.length > 0 ? (
        <div className="warnings" role="note" aria-labelledby={`${id}-warnings`}>
          <H id={`${id}-warnings`}>
            {t('dossier.warnings')} ({others.length})
          </H>
          <ul>
            {others.map((w, i) => (
              <li key={i} className={isCorrection(w) ? 'correction' : undefined}>
                {isCorrection(w) ? <strong>{t('import:check.toConfirm')} </strong> : null}
                {text(w)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
