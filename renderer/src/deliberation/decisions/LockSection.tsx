/**
 * The lock (issue 9, « Locking and the audit trail »): before it, « Clore la délibération » with a confirmation
 * saying what locking means; after it, a banner with the date and who locked, and the post-lock changes the minutes
 * will list.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../common/result.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { useWho } from './useWho.ts';

export function LockSection() {
  const { t, i18n } = useTranslation('decisions');
  const lock = useApiQuery(queryKeys.lock(), () => api.lockGet({}));
  const changes = useApiQuery(queryKeys.decisionsPart('postLock'), () => api.postLockChanges({}));
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const who = useWho();
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const state = lock.data;

  const close = async () => {
    const r = await api.sessionLock({ actor: null });
    dialog.current?.close();
    setError(r.ok ? null : r.error);
  };

  if (!state) return lock.error ? <p role="alert">{lock.error}</p> : null;
  if (state.locked) {
    const list = changes.data ?? [];
    return (
      <section className="lock-section" aria-labelledby="lock-title">
        <h3 id="lock-title" className="visually-hidden">{t('lock.title')}</h3>
        <p className="banner banner-locked" role="status" data-testid="lock-banner">
          <span aria-hidden="true">🔒 </span>
          {t('lock.locked', { when: date(state.lockedAt!), who: who(state.lockedBy) })}
        </p>
        <details open={list.length > 0}>
          <summary>{t('lock.changesTitle')} ({list.length})</summary>
          {list.length === 0 ? <p className="muted">{t('lock.changesNone')}</p> : (
            <table className="data-table" data-testid="post-lock-changes">
              <thead>
                <tr>
                  <th scope="col">{t('lock.colWhen')}</th>
                  <th scope="col">{t('lock.colWhat')}</th>
                  <th scope="col">{t('lock.colTarget')}</th>
                  <th scope="col">{t('lock.colReason')}</th>
                  <th scope="col">{t('lock.colActor')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <td>{date(c.at)}</td>
                    <td>{t(`lock.what.${c.what}`)}</td>
                    <td>{typeof c.target.dossier === 'string' ? c.target.dossier : ''}</td>
                    <td>{c.reason}</td>
                    <td>{who(c.actor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </section>
    );
  }
  return (
    <section className="lock-section" aria-labelledby="lock-title">
      <h3 id="lock-title" className="visually-hidden">{t('lock.title')}</h3>
      <button type="button" onClick={() => dialog.current?.showModal()}>{t('lock.button')}</button>
      {error ? <p role="alert" className="error">{errorMessage(error)}</p> : null}
      <dialog ref={dialog} aria-labelledby="lock-dialog-title" aria-describedby="lock-dialog-text">
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); void close(); }}>
          <h2 id="lock-dialog-title">{t('lock.confirmTitle')}</h2>
          <p id="lock-dialog-text">{t('lock.explain')}</p>
          <div className="actions">
            <button type="button" onClick={() => dialog.current?.close()}>{t('lock.cancel')}</button>
            <button type="submit" className="primary danger">{t('lock.confirm')}</button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
