import { useTranslation } from 'react-i18next';
import type { ImportAction, ImportState } from './importMachine.ts';
import { FileChooser } from './FileChooser.tsx';

/** Step 1: the export and, if any, its attachments ZIP. */
export function FilesStep({ state, busy, dispatch, onNext }: {
  state: ImportState;
  busy: boolean;
  dispatch: (a: ImportAction) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation('import');
  const onError = (error: string | null) => dispatch({ type: 'error', error });
  return (
    <div className="import-card">
      <FileChooser kind="source" file={state.source} disabled={busy} onError={onError} onChange={(file) => dispatch({ type: 'sourceChosen', file })} />
      <FileChooser kind="attachments" file={state.attachments} disabled={busy} onError={onError} onChange={(file) => dispatch({ type: 'attachmentsChosen', file })} />
      <div className="actions">
        <button type="button" className="primary" disabled={!state.source || busy} onClick={onNext}>
          {state.step === 'preview' ? t('files.reading') : t('files.next')}
        </button>
      </div>
    </div>
  );
}
