import { useTranslation } from 'react-i18next';
import type { SavedMapping } from '../../../common/import/types.ts';
import type { ImportAction, ImportState } from './importMachine.ts';
import type { ImportControls } from './useImportAssistant.ts';
import { MappingTable } from './MappingTable.tsx';
import { hasProblems, mappingProblems } from './mappingChecks.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { ImportProgress } from './ReportParts.tsx';
import { SourceFacts } from './SourceFacts.tsx';

/** Step 2: how the file was read, its first rows, the mapping of its columns; the check (a dry run) starts here. */
export function MappingStep({ state, busy, saved, dispatch, controls }: {
  state: ImportState;
  busy: boolean;
  saved: SavedMapping[];
  dispatch: (a: ImportAction) => void;
  controls: ImportControls;
}) {
  const { t } = useTranslation('import');
  const preview = state.preview!;
  const problems = mappingProblems(state.mapping);
  const checking = state.step === 'check' && state.checked === null;
  return (
    <>
      <SourceFacts
        preview={preview}
        encoding={state.encoding}
        delimiter={state.delimiter}
        disabled={busy}
        onEncoding={(e) => void controls.preview(e, state.delimiter)}
        onDelimiter={(d) => void controls.preview(state.encoding, d)}
      />
      <PreviewTable preview={preview} />
      <MappingTable
        preview={preview}
        mapping={state.mapping}
        onChange={(mapping) => dispatch({ type: 'mappingChanged', mapping })}
        saved={saved}
        problems={problems}
        disabled={busy}
      />
      <div className="import-card save-as">
        <label htmlFor="import-save-as">{t('mapping.saveAs')}</label>
        <input
          id="import-save-as"
          value={state.saveAs}
          maxLength={120}
          aria-describedby="import-save-as-help"
          disabled={busy}
          onChange={(e) => dispatch({ type: 'saveAsChanged', name: e.target.value })}
        />
        <p id="import-save-as-help" className="muted">
          {t('mapping.saveAsHelp')}
        </p>
      </div>
      {checking ? (
        <ImportProgress
          event={state.progress}
          title={t('progress.checking')}
          cancelling={state.cancel !== 'none'}
          onCancel={() => dispatch({ type: 'cancelAsked' })}
        />
      ) : null}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => dispatch({ type: 'backToFiles' })}>
          {t('mapping.back')}
        </button>
        <button type="button" className="primary" disabled={busy || hasProblems(problems)} onClick={() => void controls.check()}>
          {t('mapping.check')}
        </button>
      </div>
    </>
  );
}
