import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../common/import/types.ts';
import { api } from '../transport.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { CheckStep } from './CheckStep.tsx';
import { FilesStep } from './FilesStep.tsx';
import { FinalReport } from './FinalReport.tsx';
import { isBusy, SHOWN_STEPS, shownStep, type ShownStep } from './importMachine.ts';
import { MappingStep } from './MappingStep.tsx';
import { useImportAssistant } from './useImportAssistant.ts';
import './import.css';

const STEP_KEYS = { files: 'steps.files', mapping: 'steps.mapping', check: 'steps.check', report: 'steps.run' } as const satisfies Record<ShownStep, string>;

/**
 * The import assistant: choose the files, look at the first rows and the mapping proposed (the best saved mapping,
 * else the automatic proposal), check the data (a dry run: the core reads and validates everything, commits
 * nothing), confirm, watch the progress (and cancel), read the report. The steps are a state machine
 * (importMachine.ts); every step talks to the core through the API; the files reach it as references
 * (FileChooser), never as paths typed by the page.
 */
export function ImportAssistant({ onImported, onClose }: { onImported: (report: ImportReport) => void; onClose: () => void }) {
  const { t } = useTranslation('import');
  const { state, dispatch, controls } = useImportAssistant(onImported);
  // Saved mappings follow the `mappings` topic: a mapping saved by this import (or elsewhere) refreshes the list.
  const saved = useApiQuery(queryKeys.mappings(), () => api.mappingsList({}));
  const heading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLParagraphElement>(null);
  const shown = shownStep(state);
  const busy = isBusy(state);

  // Each step announces itself: focus goes to its heading (a screen reader reads where the user now is).
  useEffect(() => heading.current?.focus(), [shown]);
  // A refusal may come after a click at the bottom of a long step: bring it into view and read it out.
  useEffect(() => {
    if (state.error) errorBox.current?.focus();
  }, [state.error]);

  return (
    <section aria-labelledby="import-title" className="import-assistant">
      <div className="area-head">
        <h1 id="import-title">{t('title')}</h1>
        <button type="button" className="link-button" onClick={onClose} disabled={state.step === 'running'}>
          ← {t('back')}
        </button>
      </div>
      <p className="muted">{t('intro')}</p>
      <ol className="steps" aria-label={t('steps.label')}>
        {SHOWN_STEPS.map((s, i) => (
          <li key={s} aria-current={s === shown ? 'step' : undefined} className={SHOWN_STEPS.indexOf(shown) > i ? 'done' : undefined}>
            <span className="step-number">{i + 1}</span> {t(STEP_KEYS[s])}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="step-title">
        {t(STEP_KEYS[shown])}
      </h2>
      {state.error ? (
        <p role="alert" className="error import-error" ref={errorBox} tabIndex={-1}>
          {state.error}
        </p>
      ) : null}

      {shown === 'files' ? (
        <FilesStep state={state} busy={busy} dispatch={dispatch} onNext={() => void controls.preview(state.encoding, state.delimiter)} />
      ) : null}
      {shown === 'mapping' && state.preview ? (
        <MappingStep state={state} busy={busy} saved={saved.data ?? []} dispatch={dispatch} controls={controls} />
      ) : null}
      {shown === 'check' && state.checked ? <CheckStep state={state} busy={busy} dispatch={dispatch} controls={controls} /> : null}
      {shown === 'report' && state.final ? (
        <FinalReport report={state.final} savedAs={state.saveAs.trim() || null} onAnother={() => dispatch({ type: 'restart' })} onSee={onClose} />
      ) : null}
    </section>
  );
}
