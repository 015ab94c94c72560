/**
 * Réglages › Notation hors ligne › « Préparer les dossiers de tous les membres » (issue 11, « pour un membre ou pour
 * tous »): one package per scoring member (the members the single export offers), each with its OWN proposed
 * passphrase, prepared one after the other (allPackages.ts) with the progress said, then a table member →
 * passphrase (shown once, copy, hide) → file. A member's failure is said on that member's row; the others go on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseCopy } from './PassphraseCopy.tsx';
import { packageFileName } from '../../../common/exchange/fileNames.ts';
import type { PackageIssued } from '../../../common/exchange/records.ts';
import { scoresInSession } from '../../../common/scoring/input.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api } from '../transport.ts';
import { exportEach, type MemberOutcome } from './allPackages.ts';
import { downloadOf, fileName, packagesToWrite, today } from './exchangeFiles.ts';

export function AllPackagesExport() {
  const { t } = useTranslation('exchange');
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const scorers = (members.data ?? []).filter((m) => scoresInSession(m.role));
  const [outcomes, setOutcomes] = useState<MemberOutcome<PackageIssued>[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [allHidden, setAllHidden] = useState(false);
  const nameOf = (id: string) => scorers.find((m) => m.id === id)?.name ?? id;

  const run = async () => {
    const ids = scorers.map((m) => m.id);
    const day = today();
    const targets = await packagesToWrite(ids.map((id) => packageFileName(id, day)));
    if (targets === null) return;
    setFolder(targets.folder);
    setAllHidden(false);
    setBusy(true);
    // No passphrase given: the core proposes a new one for every member, returned once with that member's package.
    await exportEach<PackageIssued>(ids, (member, i) => api.packageExport({ member, out: targets.outs[i]! }), setOutcomes);
    setBusy(false);
  };

  const done = outcomes?.filter((o) => o.state === 'done').length ?? 0;
  const settled = outcomes?.filter((o) => o.state === 'done' || o.state === 'failed').length ?? 0;
  const total = outcomes?.length ?? 0;

  return (
    <fieldset className="offline-export-all">
      <legend>{t('all.title')}</legend>
      <p className="muted">{t('all.intro')}</p>
      <button type="button" className="primary" onClick={() => void run()} disabled={busy || scorers.length === 0}>
        {t('all.button')}
      </button>
      {members.data && scorers.length === 0 ? <p className="muted">{t('all.none')}</p> : null}
      {outcomes ? (
        <>
          <p role="status">
            {busy ? (
              <>
                <progress value={settled} max={total} aria-label={t('all.progress')} /> {t('all.running', { done: settled, total })}
              </>
            ) : (
              <>
                {t('all.finished', { count: done, total })} {folder ? t('all.folder', { folder }) : null}
              </>
            )}
          </p>
          {!busy && done > 0 ? <p className="passphrase-advice">{t('all.advice')}</p> : null}
          <table className="offline-all">
            <thead>
              <tr>
                <th scope="col">{t('all.member')}</th>
                <th scope="col">{t('all.dossiers')}</th>
                <th scope="col">{t('all.passphrase')}</th>
                <th scope="col">{t('all.file')}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => (
                <tr key={o.member} data-member={o.member}>
                  <th scope="row">{nameOf(o.member)}</th>
                  {o.state === 'done' ? (
                    <>
                      <td>{o.value.dossiers}</td>
                      <td>{o.value.passphrase ? <PassphraseCell passphrase={o.value.passphrase} hidden={allHidden} /> : null}</td>
                      <td>
                        <PackageFile out={o.value.out} />
                      </td>
                    </>
                  ) : o.state === 'failed' ? (
                    <td colSpan={3} role="alert" className="error">
                      {t('all.failed', { reason: errorMessage(o.error) })}
                    </td>
                  ) : (
                    <td colSpan={3} className="muted">
                      {o.state === 'running' ? t('all.preparing') : t('all.waiting')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {!busy && done > 0 && !allHidden ? (
            <button type="button" onClick={() => setAllHidden(true)}>
              {t('all.hideAll')}
            </button>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

/** The web shell: a download link from the private downloads folder; the desktop: the file's name in the folder chosen. */
function PackageFile({ out }: { out: string }) {
  const { t } = useTranslation('exchange');
  const link = downloadOf(out);
  return link ? (
    <a href={link} download={fileName(out)} aria-label={t('all.downloadOf', { file: fileName(out) })}>
      {t('all.download')}
    </a>
  ) : (
    <code>{fileName(out)}</code>
  );
}

/** One member's proposed passphrase, shown once (the core keeps no copy): copy it, or hide it for good. */
function PassphraseCell({ passphrase, hidden }: { passphrase: string; hidden: boolean }) {
  const { t } = useTranslation('exchange');
  const [hiddenHere, setHiddenHere] = useState(false);
  if (hidden || hiddenHere) return <span className="muted">{t('all.hidden')}</span>;
  return (
    <>
      <code className="passphrase" data-testid="member-passphrase">
        {passphrase}
      </code>{' '}
      <PassphraseCopy passphrase={passphrase} label={t('all.copy')} />{' '}
      <button type="button" onClick={() => setHiddenHere(true)}>
        {t('all.hide')}
      </button>
    </>
  );
}
