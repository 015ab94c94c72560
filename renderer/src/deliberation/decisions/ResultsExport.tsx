/** The results export buttons (resultsExport): XLSX and CSV, handed to the browser as a download (saveResults.ts). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { saveResults } from './saveResults.ts';

export function ResultsExport() {
  const { t } = useTranslation('decisions');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async (format: 'xlsx' | 'csv') => {
    const r = await api.resultsExport({ format });
    if (!r.ok) {
      setMessage({ text: errorMessage(r.error), error: true });
      return;
    }
    saveResults(r.value);
    setMessage({ text: t('export.done', { name: r.value.fileName }), error: false });
  };
  return (
    <section className="results-export" aria-labelledby="export-title">
      <h3 id="export-title">{t('export.title')}</h3>
      <p className="muted">{t('export.intro')}</p>
      <button type="button" onClick={() => void run('xlsx')}>{t('export.xlsx')}</button>{' '}
      <button type="button" onClick={() => void run('csv')}>{t('export.csv')}</button>{' '}
      {message ? <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>{message.text}</span> : null}
    </section>
  );
}
