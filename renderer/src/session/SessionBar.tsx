import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../common/domain/types.ts';
import { api, bridge } from '../transport.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { OpenPackageDialog } from '../exchange/OpenPackageDialog.tsx';

type Mode = 'open' | 'create';

/** The open session's name and counts, and the actions to open or create another one. */
export function SessionBar({ info, onChanged }: { info: SessionInfo | null; onChanged: (info: SessionInfo) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const finish = async (mode: Mode, path: string, demo: boolean) => {
    const result = mode === 'open' ? await api.sessionOpen({ path }) : await api.sessionCreate({ path, demo });
    if (!result.ok) {
      setError(errorMessage(result.error));
      return false;
    }
    setError(null);
    onChanged(result.value);
    return true;
  };

  const start = async (next: Mode) => {
    setError(null);
    // The desktop shell has native dialogs; the browser asks for a path instead.
    if (bridge.dialogs) {
      const path = next === 'open' ? await bridge.dialogs.openSession() : await bridge.dialogs.newSession();
      if (path) await finish(next, path, false);
      return;
    }
    setMode(next);
    dialog.current?.showModal();
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const done = await finish(mode ?? 'open', String(form.get('path') ?? '').trim(), form.get('demo') === 'on');
    if (done) dialog.current?.close();
  };

  return (
    <div className="session-bar">
      <div className="session-title">
        {info ? (
          <>
            <strong>{info.title}</strong>
            <span className="muted">
              {t('session.summary', { dossiers: info.dossiers, members: info.members, criteria: info.criteria })}
            </span>
          </>
        ) : (
          <span>{t('session.none')}</span>
        )}
      </div>
      <button type="button" onClick={() => void start('open')}>
        {t('session.open')}
      </button>
      <button type="button" onClick={() => void start('create')}>
        {t('session.create')}
      </button>
      <OpenPackageDialog onOpened={onChanged} />
      {error && !mode ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <dialog ref={dialog} aria-labelledby="session-dialog-title" onClose={() => setMode(null)}>
        <form onSubmit={(e) => void submit(e)}>
          <h2 id="session-dialog-title">{mode === 'create' ? t('session.create') : t('session.open')}</h2>
          <label htmlFor="session-path">{t('session.pathLabel')}</label>
          <input id="session-path" name="path" required placeholder="/home/…/selection-2022.comitia" aria-describedby="session-path-help" />
          <p id="session-path-help" className="muted">
            {t('session.pathHelp')}
          </p>
          {mode === 'create' ? (
            <label className="inline">
              <input type="checkbox" name="demo" /> {t('session.createDemo')}
            </label>
          ) : null}
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('session.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('session.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
