import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../common/domain/types.ts';
import { CHANGED_AFTER_SCORING_WARNING } from '../../../common/import/types.ts';
import { api } from '../transport.ts';
import { errorMessage } from '../i18n/errorMessage.ts';

/**
 * A dossier's warnings. The "changed after scoring" one is set apart, with what it means and the action by which
 * the committee acknowledges the change (which removes the mark; the history keeps what changed).
 */
export function DossierWarnings({ dossier, onChanged, headingLevel = 3, compact = false }: {
  dossier: Dossier;
  onChanged: (d: Dossier) => void;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const changed = dossier.warnings.filter((w) => w.startsWith(CHANGED_AFTER_SCORING_WARNING));
  const others = dossier.warnings.filter((w) => !w.startsWith(CHANGED_AFTER_SCORING_WARNING));

  const acknowledge = async () => {
    setBusy(true);
    const r = await api.dossierAcknowledgeChanges({ id: dossier.id, actor: null });
    setBusy(false);
    if (!r.ok) return setError(errorMessage(r.error));
    setError(null);
    onChanged(r.value);
  };

  if (dossier.warnings.length === 0) return null;
  return (
    <>
      {changed.length > 0 ? (
        <div className="changed-after-scoring" role="note" aria-labelledby={`${id}-changed`}>
          <H id={`${id}-changed`}>
            <span className="mark" aria-hidden="true">
              ⚑
            </span>{' '}
            {t('dossier.changedAfterScoring')}
          </H>
          <ul>
            {changed.map((w) => (
              <li key={w} lang="fr">
                {w}
              </li>
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
            {others.map((w) => (
              <li key={w} lang="fr">
                {w}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
