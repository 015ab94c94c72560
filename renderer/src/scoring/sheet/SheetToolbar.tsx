import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../common/domain/types.ts';
import type { ScoringSheet } from '../../../../common/scoring/views.ts';
import { api } from '../../transport.ts';
import { formatDateTime } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

/** What remains to score, whether the last change is saved, and the "my sheet is complete" action. */
export function SheetToolbar({ member, sheet, saving, refused, live, onToggleLive, onMarked }: {
  member: Member;
  sheet: ScoringSheet;
  saving: boolean;
  refused: number;
  live: boolean;
  onToggleLive: () => void;
  onMarked: () => void;
}) {
  const { t, i18n } = useTranslation('scoring');
  const { viewer, actor } = useScoring();
  const [error, setError] = useState<string | null>(null);
  const own = viewer === member.id;
  const { dossiers, scores } = sheet.remaining;

  const mark = async () => {
    const r = await api.sheetMarkComplete({ member: member.id, actor });
    if (r.ok) {
      setError(null);
      onMarked();
    } else setError(errorMessage(r.error));
  };

  return (
    <div className="sheet-toolbar">
      <p className="remaining" aria-live="polite" data-testid="sheet-remaining">
        {dossiers === 0 ? t('sheet.remainingNone') : t('sheet.remaining', { count: dossiers, scores })}
      </p>
      <p className="save-state muted" aria-live="polite" data-testid="save-state">
        {saving ? t('sheet.saving') : refused > 0 ? t('sheet.toCorrect', { count: refused }) : t('sheet.saved')}
      </p>
      {sheet.blind && own && !sheet.markedComplete ? <p className="blind-note">{t('sheet.blindNote')}</p> : null}
      <div className="toolbar-actions">
        {sheet.markedComplete ? (
          <span className="tag tag-done">{t('sheet.markedOn', { date: formatDateTime(sheet.markedComplete, i18n.language) })}</span>
        ) : (
          <button type="button" onClick={() => void mark()}>
            {own ? t('sheet.markOwn') : t('sheet.markFor', { name: member.name })}
          </button>
        )}
        <button type="button" aria-pressed={live} onClick={onToggleLive}>
          {t('sheet.liveRanking')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
