import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../common/import/types.ts';
import { NotesList, ReportCounts, ReportIssues } from './ReportParts.tsx';
import { useMessageText } from './useMessageText.ts';

/**
 * What the committed import did: counts, attachments, dossiers already scored that changed, then the rejected rows
 * and the warnings listed as the check listed them.
 */
export function FinalReport({ report, savedAs, onAnother, onSee }: {
  report: ImportReport;
  savedAs: string | null;
  onAnother: () => void;
  onSee: () => void;
}) {
  const { t } = useTranslation('import');
  const { text } = useMessageText();
  const a = report.attachments;
  return (
    <div className="import-card final-report" data-testid="import-report">
      <p role="status">{t('done.summary', { file: report.fileName })}</p>
      <ReportCounts report={report} title={t('done.title')} />
      {a ? (
        <>
          <h3>
            {t('done.attachments')} — {a.fileName}
          </h3>
          <ul>
            <li>{t('done.attachmentsAdded', { count: a.added })}</li>
            <li>{t('done.attachmentsUnchanged', { count: a.unchanged })}</li>
            <li>{t('done.dossierPdfs', { count: a.dossierPdfs })}</li>
            {a.ignored.length > 0 ? (
              <li>
                {t('done.ignored', { count: a.ignored.length })} : {a.ignored.slice(0, 10).map((i) => `${i.path} (${text(i)})`).join(' ; ')}
              </li>
            ) : null}
          </ul>
          {a.platformErrors.length > 0 ? (
            <>
              <h3>{t('done.platformErrors')}</h3>
              <ul>
                {a.platformErrors.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {report.changedAfterScoring.length > 0 ? (
        <p className="warnings">{t('done.changedAfterScoring', { ids: report.changedAfterScoring.join(', ') })}</p>
      ) : null}
      {savedAs ? <p>{t('done.mappingSaved', { name: savedAs })}</p> : null}
      <ReportIssues report={report} idPrefix="import-final" />
      <NotesList notes={report.notes} />
      <div className="actions">
        <button type="button" onClick={onAnother}>
          {t('done.another')}
        </button>
        <button type="button" className="primary" onClick={onSee}>
          {t('done.see')}
        </button>
      </div>
    </div>
  );
}
