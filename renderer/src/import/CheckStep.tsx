import { useTranslation } from 'react-i18next';
import type { ImportAction, ImportState } from './importMachine.ts';
import type { ImportControls } from './useImportAssistant.ts';
import { ImportProgress, NotesList, ReportCounts, ReportIssues } from './ReportParts.tsx';

/** Step 3: what the import would do (nothing is written yet), then the import itself, with its progress. */
export function CheckStep({ state, busy, dispatch, controls }: {
  state: ImportState;
  busy: boolean;
  dispatch: (a: ImportAction) => void;
  controls: ImportControls;
}) {
  const { t } = useTranslation('import');
  const checked = state.checked!;
  return (
    <>
      <div className="import-card">
        <p>{t('check.intro')}</p>
        <p>{checked.rejected.length > 0 ? t('check.wholeWithRejected', { count: checked.rejected.length }) : t('check.whole')}</p>
        <ReportCounts report={checked} title={t('check.counts')} />
        <NotesList notes={checked.notes} />
        <ReportIssues report={checked} idPrefix="import" />
        {checked.skippedRows.length > 0 ? (
          <>
            <h3>
              {t('check.skippedTitle')} ({checked.skippedRows.length})
            </h3>
            <p className="muted">{checked.skippedRows.map((s) => `${s.dossierId} (${t('check.row').toLowerCase()} ${s.row})`).join(', ')}</p>
          </>
        ) : null}
      </div>
      {state.step === 'running' ? (
        <ImportProgress
          event={state.progress}
          title={t('progress.running')}
          cancelling={state.cancel !== 'none'}
          onCancel={() => dispatch({ type: 'cancelAsked' })}
        />
      ) : null}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => dispatch({ type: 'backToMapping' })}>
          {t('check.edit')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void controls.run()}>
          {t('check.confirm')}
        </button>
      </div>
    </>
  );
}
