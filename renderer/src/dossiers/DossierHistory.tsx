import { useTranslation } from 'react-i18next';
import { isMappableField } from '../../../common/import/fields.ts';
import type { DossierHistoryEntry } from '../../../common/import/types.ts';

/** What each import did to the dossier: created, or which fields changed from what to what. */
export function DossierHistory({ entries }: { entries: DossierHistoryEntry[] }) {
  const { t, i18n } = useTranslation(['translation', 'import']);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });

  const fieldLabel = (field: string): string => {
    if (field.startsWith('extraFields.')) return field.slice('extraFields.'.length);
    if (isMappableField(field)) return t(`import:fields.${field}`);
    if (field === 'attachments') return t('dossier.attachments');
    if (field === 'warnings') return t('dossier.warnings');
    if (field === 'outreMer') return t('dossiers.col.outreMer');
    if (field === 'priorityCountry') return t('dossier.priority');
    return field;
  };
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') || '—';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };

  if (entries.length === 0) return <p className="muted">{t('dossier.historyEmpty')}</p>;
  return (
    <ol className="history">
      {[...entries].reverse().map((e) => (
        <li key={e.id}>
          <p>
            <time dateTime={e.at}>{date.format(new Date(e.at))}</time> —{' '}
            {e.kind === 'created' ? t('dossier.historyCreated', { file: e.fileName }) : t('dossier.historyUpdated', { file: e.fileName })}
          </p>
          {e.changes.length > 0 ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('dossier.historyField')}</th>
                  <th scope="col">{t('dossier.historyBefore')}</th>
                  <th scope="col">{t('dossier.historyAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {e.changes.map((c, i) => (
                  <tr key={`${c.field}-${i}`}>
                    <th scope="row">{fieldLabel(c.field)}</th>
                    <td>{value(c.before)}</td>
                    <td>{value(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
