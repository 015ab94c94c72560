import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { ProgressEvent } from '../../../common/domain/types.ts';
import type { ColumnMapping } from '../../../common/import/fields.ts';
import type { DelimiterChoice, EncodingChoice, ImportPreview, ImportReport } from '../../../common/import/types.ts';
import { api, bridge } from '../transport.ts';
import { useApi } from '../useApi.ts';
import { FileChooser } from './FileChooser.tsx';
import { FinalReport } from './FinalReport.tsx';
import { MappingTable } from './MappingTable.tsx';
import { hasProblems, mappingProblems } from './mappingChecks.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { ImportProgress, IssuesTable, ReportCounts } from './ReportParts.tsx';
import { SourceFacts } from './SourceFacts.tsx';
import './import.css';
import { errorMessage } from '../i18n/errorMessage.ts';

type Step = 'files' | 'mapping' | 'check' | 'done';
const STEPS: Step[] = ['files', 'mapping', 'check', 'done'];
const STEP_KEYS = { files: 'steps.files', mapping: 'steps.mapping', check: 'steps.check', done: 'steps.run' } as const;

/**
 * The import assistant: choose the files, look at the first rows and the mapping proposed (the best saved mapping,
 * else the automatic proposal), check the data (a dry run: the core reads and validates everything, commits
 * nothing), confirm, watch the progress (and cancel), read the report. Every step talks to the core through the
 * API; the files reach it as references (FileChooser), never as paths typed by the page.
 */
export function ImportAssistant({ onImported, onClose }: { onImported: (report: ImportReport) => void; onClose: () => void }) {
  const { t } = useTranslation('import');
  const [step, setStep] = useState<Step>('files');
  const [source, setSource] = useState<PickedFile | null>(null);
  const [attachments, setAttachments] = useState<PickedFile | null>(null);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [delimiter, setDelimiter] = useState<DelimiterChoice>('auto');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [saveAs, setSaveAs] = useState('');
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [final, setFinal] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<null | 'preview' | 'check' | 'run'>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saved = useApi(() => api.mappingsList({}), [final]);
  const heading = useRef<HTMLHeadingElement>(null);
  const running = useRef(false);
  const errorBox = useRef<HTMLParagraphElement>(null);

  // Subscribed for the page's lifetime, so the event channel is open before the first import starts.
  useEffect(() => bridge.onProgress((e) => e.task === 'import' && setProgress(e)), []);
  // Each step announces itself: focus goes to its heading (a screen reader reads where the user now is).
  useEffect(() => heading.current?.focus(), [step]);
  // A refusal may come after a click at the bottom of a long step: bring it into view and read it out.
  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  const problems = mappingProblems(mapping);
  const runArgs = () => ({
    source: source!.ref,
    attachments: attachments?.ref ?? null,
    encoding,
    delimiter,
    mapping,
  });

  const loadPreview = async (enc: EncodingChoice, delim: DelimiterChoice) => {
    if (!source) return;
    setError(null);
    setBusy('preview');
    const r = await api.importPreview({ source: source.ref, encoding: enc, delimiter: delim });
    setBusy(null);
    if (!r.ok) return setError(errorMessage(r.error));
    setPreview(r.value);
    setMapping(r.value.mapping);
    setStep('mapping');
  };

  const longCall = async (kind: 'check' | 'run') => {
    setError(null);
    setProgress(null);
    setCancelling(false);
    setBusy(kind);
    running.current = true;
    const r = await api.importRun(
      kind === 'check' ? { ...runArgs(), dryRun: true } : { ...runArgs(), saveMappingAs: saveAs.trim() || null },
    );
    running.current = false;
    setBusy(null);
    setCancelling(false);
    if (!r.ok) return setError(errorMessage(r.error));
    if (kind === 'check') {
      setChecked(r.value);
      setStep('check');
    } else {
      setFinal(r.value);
      setStep('done');
      onImported(r.value);
    }
  };

  const cancel = async () => {
    setCancelling(true);
    // The run and the cancellation are two requests: if the cancellation arrives first, nothing is running yet
    // (`false`), so it asks again until the run stops or reports it was cancelled.
    for (let attempt = 0; attempt < 100 && running.current; attempt += 1) {
      const r = await api.importCancel({});
      if (r.ok && r.value) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const restart = () => {
    setStep('files');
    setSource(null);
    setAttachments(null);
    setPreview(null);
    setChecked(null);
    setFinal(null);
    setSaveAs('');
    setError(null);
  };

  const stepTitle = t(STEP_KEYS[step]);

  return (
    <section aria-labelledby="import-title" className="import-assistant">
      <div className="area-head">
        <h1 id="import-title">{t('title')}</h1>
        <button type="button" className="link-button" onClick={onClose} disabled={busy === 'run'}>
          ← {t('back')}
        </button>
      </div>
      <p className="muted">{t('intro')}</p>
      <ol className="steps" aria-label={t('steps.label')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={STEPS.indexOf(step) > i ? 'done' : undefined}>
            <span className="step-number">{i + 1}</span> {t(STEP_KEYS[s])}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="step-title">
        {stepTitle}
      </h2>
      {error ? (
        <p role="alert" className="error import-error" ref={errorBox} tabIndex={-1}>
          {error}
        </p>
      ) : null}

      {step === 'files' ? (
        <div className="import-card">
          <FileChooser
            kind="source"
            file={source}
            disabled={busy !== null}
            onError={setError}
            onChange={(f) => {
              setSource(f);
              setEncoding('auto');
              setDelimiter('auto');
            }}
          />
          <FileChooser kind="attachments" file={attachments} disabled={busy !== null} onError={setError} onChange={setAttachments} />
          <div className="actions">
            <button type="button" className="primary" disabled={!source || busy !== null} onClick={() => void loadPreview(encoding, delimiter)}>
              {busy === 'preview' ? t('files.reading') : t('files.next')}
            </button>
          </div>
        </div>
      ) : null}

      {step === 'mapping' && preview ? (
        <>
          <SourceFacts
            preview={preview}
            encoding={encoding}
            delimiter={delimiter}
            disabled={busy !== null}
            onEncoding={(e) => {
              setEncoding(e);
              void loadPreview(e, delimiter);
            }}
            onDelimiter={(d) => {
              setDelimiter(d);
              void loadPreview(encoding, d);
            }}
          />
          <PreviewTable preview={preview} />
          <MappingTable
            preview={preview}
            mapping={mapping}
            onChange={setMapping}
            saved={saved.data ?? []}
            problems={problems}
            disabled={busy !== null}
          />
          <div className="import-card save-as">
            <label htmlFor="import-save-as">{t('mapping.saveAs')}</label>
            <input
              id="import-save-as"
              value={saveAs}
              maxLength={120}
              aria-describedby="import-save-as-help"
              disabled={busy !== null}
              onChange={(e) => setSaveAs(e.target.value)}
            />
            <p id="import-save-as-help" className="muted">
              {t('mapping.saveAsHelp')}
            </p>
          </div>
          {busy === 'check' ? (
            <ImportProgress event={progress} title={t('progress.checking')} cancelling={cancelling} onCancel={() => void cancel()} />
          ) : null}
          <div className="actions">
            <button type="button" disabled={busy !== null} onClick={() => setStep('files')}>
              {t('mapping.back')}
            </button>
            <button type="button" className="primary" disabled={busy !== null || hasProblems(problems)} onClick={() => void longCall('check')}>
              {t('mapping.check')}
            </button>
          </div>
        </>
      ) : null}

      {step === 'check' && checked ? (
        <>
          <div className="import-card">
            <p>{t('check.intro')}</p>
            <ReportCounts report={checked} title={t('check.counts')} />
            {checked.notes.length > 0 ? (
              <ul className="notes">
                {checked.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
            <IssuesTable id="import-rejected" title={t('check.rejectedTitle')} issues={checked.rejected} />
            <IssuesTable id="import-warnings" title={t('check.warningsTitle')} issues={checked.warnings} />
            {checked.skippedRows.length > 0 ? (
              <>
                <h3>
                  {t('check.skippedTitle')} ({checked.skippedRows.length})
                </h3>
                <p className="muted">{checked.skippedRows.map((s) => `${s.dossierId} (${t('check.row').toLowerCase()} ${s.row})`).join(', ')}</p>
              </>
            ) : null}
          </div>
          {busy === 'run' ? (
            <ImportProgress event={progress} title={t('progress.running')} cancelling={cancelling} onCancel={() => void cancel()} />
          ) : null}
          <div className="actions">
            <button type="button" disabled={busy !== null} onClick={() => setStep('mapping')}>
              {t('check.edit')}
            </button>
            <button type="button" className="primary" disabled={busy !== null} onClick={() => void longCall('run')}>
              {t('check.confirm')}
            </button>
          </div>
        </>
      ) : null}

      {step === 'done' && final ? (
        <FinalReport report={final} savedAs={saveAs.trim() || null} onAnother={restart} onSee={onClose} />
      ) : null}
    </section>
  );
}
