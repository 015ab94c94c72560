/**
 * « Ouvrir un dossier de notation… » (the member's side, issue 11): the package received from the secretariat and
 * its passphrase create the member's own scoring file, which becomes the open session, in member mode. The desktop
 * picks the package and then the new file with its native dialogs; the browser uploads the package (once: a retry
 * after a wrong passphrase reuses it) and names the new file in the web shell's sessions folder.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { SessionInfo } from '../../../common/domain/types.ts';
import { PACKAGE_EXTENSION } from '../../../common/exchange/fileNames.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api, bridge, fileAccess } from '../transport.ts';
import { fileToRead } from './exchangeFiles.ts';

export function OpenPackageDialog({ onOpened }: { onOpened: (info: SessionInfo) => void }) {
  const { t } = useTranslation('exchange');
  const dialog = useRef<HTMLDialogElement>(null);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = () => {
    setError(null);
    setPicked(null);
    dialog.current?.showModal();
  };

  const choose = async (file: File | null) => {
    setError(null);
    const r = await fileToRead('reviewPackage', file);
    if (!r) return;
    if (r.ok) setPicked(r.value);
    else setError(errorMessage(r.error));
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (!picked) return setError(t('open.fileMissing'));
    const out = bridge.dialogs ? await bridge.dialogs.newSession() : String(form.get('out') ?? '').trim();
    if (!out) return;
    setBusy(true);
    const r = await api.packageOpen({ file: picked.ref, out, passphrase: String(form.get('passphrase') ?? '') });
    setBusy(false);
    if (!r.ok) return setError(errorMessage(r.error));
    dialog.current?.close();
    onOpened(r.value);
  };

  return (
    <>
      <button type="button" onClick={start}>
        {t('open.button')}
      </button>
      <dialog ref={dialog} aria-labelledby="open-package-title">
        <form onSubmit={(e) => void submit(e)}>
          <h2 id="open-package-title">{t('open.title')}</h2>
          <p className="muted">{t('open.intro')}</p>
          {fileAccess === 'upload' ? (
            <>
              <label htmlFor="open-package-file">{t('open.file')}</label>
              <input id="open-package-file" type="file" accept={PACKAGE_EXTENSION} onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)} />
            </>
          ) : (
            <button type="button" onClick={() => void choose(null)}>
              {t('open.choose')}
            </button>
          )}
          {picked?.name ? <p className="muted">{t('open.chosen', { name: picked.name })}</p> : null}
          <label htmlFor="open-package-passphrase">{t('open.passphrase')}</label>
          <input id="open-package-passphrase" name="passphrase" type="password" required autoComplete="off" spellCheck={false} />
          {fileAccess === 'upload' ? (
            <>
              <label htmlFor="open-package-out">{t('open.out')}</label>
              <input id="open-package-out" name="out" required defaultValue={t('open.defaultName')} aria-describedby="open-package-out-help" />
              <p id="open-package-out-help" className="muted">
                {t('open.outHelp')}
              </p>
            </>
          ) : (
            <p className="muted">{t('open.outDesktop')}</p>
          )}
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('open.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('open.running') : t('open.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
