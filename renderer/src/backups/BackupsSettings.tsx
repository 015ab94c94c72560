/**
 * Réglages › Sauvegardes (issue 12): the session's checked copies, newest first, one made on request, and a restore
 * that says before it starts what it does (the current state copied aside first, the session reopened) and after it
 * what it restored. The restore's change event (topics `session`, `backups`) reloads every view: nothing is
 * refetched by hand here.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../common/domain/backups.ts';
import type { SessionInfo } from '../../../common/domain/types.ts';
import { sectionAnchor } from '../areas/settingsSections.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api } from '../transport.ts';
import { dateTime, fileSize, uiLanguage } from './formatting.ts';
import './backups.css';

type Outcome = { kind: 'done'; text: string } | { kind: 'error'; text: string } | null;

export function BackupsSettings({ info }: { info: SessionInfo | null }) {
  const { t, i18n } = useTranslation('backups');
  const language = uiLanguage(i18n.language);
  const list = useApiQuery(queryKeys.backups(), () => api.backupsList({}), { enabled: info !== null });
  const [busy, setBusy] = useState<'create' | 'restore' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const readOnly = info?.readOnly === true;
  const when = (entry: BackupEntry) => dateTime(entry.takenAt, language);

  const create = async () => {
    setBusy('create');
    setOutcome(null);
    const r = await api.backupCreate({});
    setBusy(null);
    setOutcome(r.ok ? { kind: 'done', text: t('created', { date: when(r.value) }) } : { kind: 'error', text: errorMessage(r.error) });
  };

  const ask = (entry: BackupEntry) => {
    setChosen(entry);
    setOutcome(null);
    dialog.current?.showModal();
  };

  const restore = async () => {
    if (!chosen) return;
    setBusy('restore');
    const r = await api.backupRestore({ fileName: chosen.fileName });
    setBusy(null);
    dialog.current?.close();
    setOutcome(
      r.ok
        ? {
            kind: 'done',
            text: t('restored', { date: when(chosen), reason: t(`reason.${chosen.reason}`), dossiers: r.value.dossiers, members: r.value.members }),
          }
        : { kind: 'error', text: errorMessage(r.error) },
    );
  };

  const entries = list.data ?? [];
  return (
    <section className="backups" aria-labelledby={sectionAnchor('backups')}>
      <h2 id={sectionAnchor('backups')}>{t('title')}</h2>
      {!info ? (
        <p>{t('noSession')}</p>
      ) : (
        <>
          <p className="muted">{t('intro', { folder: `${info.path}.backups` })}</p>
          {readOnly ? <p className="notice">{t('readOnly')}</p> : null}
          <p>
            <button type="button" className="primary" disabled={readOnly || busy !== null} onClick={() => void create()}>
              {busy === 'create' ? t('creating') : t('create')}
            </button>
          </p>
          {outcome ? (
            <p role={outcome.kind === 'error' ? 'alert' : 'status'} className={outcome.kind === 'error' ? 'error' : 'backups-done'} data-testid="backups-outcome">
              {outcome.text}
            </p>
          ) : null}
          {list.error ? <p role="alert" className="error">{list.error}</p> : null}
          {list.data && entries.length === 0 ? <p>{t('none')}</p> : null}
          {entries.length > 0 ? (
            <table data-testid="backups-table">
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('column.date')}</th>
                  <th scope="col">{t('column.reason')}</th>
                  <th scope="col">{t('column.size')}</th>
                  <th scope="col">{t('column.check')}</th>
                  <th scope="col">{t('column.action')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.fileName} data-file={entry.fileName}>
                    <td>
                      <time dateTime={entry.takenAt}>{when(entry)}</time>
                    </td>
                    <td>{t(`reason.${entry.reason}`)}</td>
                    <td className="size">{fileSize(entry.size, language)}</td>
                    <td title={t('checkedHelp')}>{t('checked')}</td>
                    <td>
                      <button type="button" disabled={readOnly || busy !== null} aria-label={t('restoreLabel', { date: when(entry) })} onClick={() => ask(entry)}>
                        {t('restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p className="muted">{t('checkedHelp')}</p>
        </>
      )}
      <dialog ref={dialog} aria-labelledby="restore-dialog-title" onClose={() => setChosen(null)}>
        {chosen ? (
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault();
              void restore();
            }}
          >
            <h2 id="restore-dialog-title">{t('confirm.title', { date: when(chosen) })}</h2>
            <p>{t('confirm.aside')}</p>
            <p>{t('confirm.reopen', { date: when(chosen), reason: t(`reason.${chosen.reason}`) })}</p>
            <div className="actions">
              <button type="button" disabled={busy === 'restore'} onClick={() => dialog.current?.close()}>
                {t('confirm.cancel')}
              </button>
              <button type="submit" className="primary" disabled={busy === 'restore'}>
                {busy === 'restore' ? t('confirm.running') : t('confirm.confirm')}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </section>
  );
}
