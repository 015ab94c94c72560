import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../common/domain/types.ts';
import type { Message } from '../../../common/i18n/messageCode.ts';
import { isCorrection } from '../../../common/import/issueText.ts';
import type { ImportReport, RowIssue } from '../../../common/import/types.ts';
import { useMessageText } from './useMessageText.ts';

const MAX_ROWS = 200;

/** The counts of a report (or of a dry run), as a definition list. */
export function ReportCounts({ report, title }: { report: ImportReport; title: string }) {
  const { t, i18n } = useTranslation('import');
  const n = new Intl.NumberFormat(i18n.language);
  const counts = [
    ['imported', report.imported],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['skipped', report.skipped],
    ['rejected', report.rejected.length],
    ['warnings', report.warnings.length],
    ['avis', report.avis],
    ['dossiers', report.dossiers],
  ] as const;
  return (
    <div className="report-counts">
      <h3>{title}</h3>
      <dl data-testid="import-counts">
        {counts.map(([key, value]) => (
          <div key={key} className={`count count-${key}`}>
            <dt>{t(`counts.${key}`)}</dt>
            <dd>{n.format(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Rejected rows or warnings: row, column, reason (worded from the core's codes), capped for very long lists. */
export function IssuesTable({ issues, title, id, help }: { issues: RowIssue[]; title: string; id: string; help?: string }) {
  const { t } = useTranslation('import');
  const { text } = useMessageText();
  return (
    <div className="issues">
      <h3 id={id}>
        {title} ({issues.length})
      </h3>
      {help && issues.length > 0 ? <p className="muted">{help}</p> : null}
      {issues.length === 0 ? (
        <p className="muted">{t('check.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('check.row')}</th>
                <th scope="col">{t('check.dossier')}</th>
                <th scope="col">{t('check.column')}</th>
                <th scope="col">{t('check.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.slice(0, MAX_ROWS).map((issue, i) => (
                <tr key={`${issue.row}-${issue.column}-${i}`}>
                  <td>{issue.row}</td>
                  <td>{issue.dossierId ?? ''}</td>
                  <td>{issue.column}</td>
                  <td>{text(issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {issues.length > MAX_ROWS ? <p className="muted">{t('check.more', { count: issues.length - MAX_ROWS })}</p> : null}
        </div>
      )}
    </div>
  );
}

/** The progress bar of a running import (or check), with its counts and the Cancel button. */
export function ImportProgress({ event, title, cancelling, onCancel }: {
  event: ProgressEvent | null;
  title: string;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('import');
  const n = new Intl.NumberFormat(i18n.language);
  const { label } = useMessageText();
  const step = label(event?.label);
  // A phase of one step (reading the file) has no meaningful count: the bar is indeterminate and no count is shown.
  const counted = event !== null && event.total > 1;
  const total = Math.max(event?.total ?? 1, 1);
  const done = Math.min(event?.done ?? 0, total);
  return (
    <div className="import-progress" data-testid="import-progress">
      <h3 id="import-progress-title">{title}</h3>
      <progress aria-labelledby="import-progress-title" max={total} value={counted ? done : undefined} />
      <p role="status" aria-live="polite">
        {step}
        {counted ? ` : ${t('progress.counts', { done: n.format(done), total: n.format(event.total) })}` : ''}
      </p>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('progress.cancelling') : t('progress.cancel')}
      </button>
    </div>
  );
}

/**
 * A report's rejected rows and warnings, the same in the check and in the final report: the rejected rows (left
 * out, the rest commits as one), the corrections the import made or proposes (to confirm), then the other warnings.
 */
export function ReportIssues({ report, idPrefix }: { report: ImportReport; idPrefix: string }) {
  const { t } = useTranslation('import');
  const corrections = report.warnings.filter(isCorrection);
  const others = report.warnings.filter((w) => !isCorrection(w));
  return (
    <>
      <IssuesTable id={`${idPrefix}-rejected`} title={t('check.rejectedTitle')} issues={report.rejected} help={t('check.rejectedHelp')} />
      {corrections.length > 0 ? (
        <IssuesTable id={`${idPrefix}-corrections`} title={t('check.correctionsTitle')} issues={corrections} help={t('check.correctionsHelp')} />
      ) : null}
      <IssuesTable id={`${idPrefix}-warnings`} title={t('check.warningsTitle')} issues={others} />
    </>
  );
}

/** Remarks about the file rather than a row (a sheet ignored, a mapped column absent…). */
export function NotesList({ notes }: { notes: Message[] }) {
  const { text } = useMessageText();
  if (notes.length === 0) return null;
  return (
    <ul className="notes">
      {notes.map((n, i) => (
        <li key={i}>{text(n)}</li>
      ))}
    </ul>
  );
}
