/**
 * The Procès-verbal area (issue 10): generate a version (annexes chosen, progress shown), the stored versions with
 * a preview in the page, sign a version (certificate uploaded in the web shell, password asked in a dialog and
 * never kept), create a self-issued certificate, verify a stored version or a PDF received from elsewhere, export,
 * letters. Every write goes through the api; the lists follow the core's change events through the query cache.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureReport, VerificationResult } from '../../../common/api/contract/minutes.ts';
import type { AnnexPreset, MinutesVersion } from '../../../common/minutes/versions.ts';
import type { Result } from '../../../common/result.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api, bridge, fileAccess, minutesUrl, uploadFile } from '../transport.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';

type Role = 'chair' | 'secretary';

/**
 * The reference of a file the minutes read: on the desktop the native dialog's (the page never sees the path), in
 * the web shell the upload's. Null when nothing was chosen.
 */
async function upload(file: File | null, kind: 'certificate' | 'pdfToVerify'): Promise<Result<string> | null> {
  if (bridge.dialogs) {
    const picked = await bridge.dialogs.pickMinutesFile(kind);
    return picked ? { ok: true, value: picked.ref } : null;
  }
  if (!file) return null;
  const sent = await uploadFile(file, kind);
  return sent.ok ? { ok: true, value: sent.value.ref } : sent;
}

/** Where a file of the minutes is written: the desktop's "save as" (or folder) dialog, else the name typed for the web shell's folder. */
async function target(kind: 'newCertificate' | 'exportTarget' | 'lettersTarget', typed: string): Promise<string | null> {
  if (!bridge.dialogs) return typed;
  return (await bridge.dialogs.pickMinutesFile(kind))?.ref ?? null;
}

export function MinutesArea({ sessionOpen }: { sessionOpen: boolean }) {
  const { t } = useTranslation('minutes');
  // Both follow the core's change events through the query cache (`minutes` for versions, `settings` for trust).
  const versions = useApiQuery(queryKeys.minutes(), () => api.minutesList({}), { enabled: sessionOpen });
  const trust = useApiQuery(queryKeys.minutesTrust(), () => api.minutesTrustList({}));
  const [shown, setShown] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const list = versions.data ?? [];
  const current = list.find((v) => v.version === shown) ?? list[0] ?? null;
  const say = (r: Result<unknown>, text: string) => setMessage(r.ok ? { text, error: false } : { text: errorMessage(r.error), error: true });

  if (!sessionOpen) return <section aria-labelledby="area-title"><h1 id="area-title">{t('title')}</h1><p>{t('noSession')}</p></section>;
  return (
    <section aria-labelledby="area-title" className="minutes-area">
      <h1 id="area-title">{t('title')}</h1>
      {message ? <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>{message.text}</p> : null}
      <Generate onDone={(r) => { say(r, ''); if (r.ok) setShown(r.value.version); }} />
      <h2>{t('versions.title')}</h2>
      {versions.error ? <p role="alert">{versions.error}</p> : null}
      {list.length === 0 ? <p className="muted">{t('versions.none')}</p> : (
        <ul className="minutes-versions">
          {list.map((v) => (
            <li key={v.version}>
              <VersionLine version={v} />{' '}
              <button type="button" onClick={() => setShown(v.version)} aria-pressed={current?.version === v.version}>{t('versions.show')}</button>
            </li>
          ))}
        </ul>
      )}
      {current ? (
        <>
          <p><a href={minutesUrl(current.version, { download: true })} download={`proces-verbal-v${current.version}.pdf`}>{t('versions.download')}</a></p>
          <iframe
            key={`${current.version}:${current.signatures.length}`}
            className="pdf-viewer"
            title={t('versions.preview', { version: current.version })}
            src={`${minutesUrl(current.version)}#navpanes=0&view=FitH`}
          />
          <Sign version={current} onDone={(r, role) => say(r, t('sign.done', { version: current.version, role: t(`sign.${role}`) }))} />
        </>
      ) : null}
      <CreateCertificate onDone={(r) => say(r, r.ok ? t('cert.done', r.value) : '')} />
      <Verify version={current?.version ?? null} trusted={trust.data ?? []} onTrustChanged={trust.reload} />
      {current ? <ExportAndLetters version={current.version} onDone={say} /> : null}
    </section>
  );
}

function VersionLine({ version: v }: { version: MinutesVersion }) {
  const { t, i18n } = useTranslation('minutes');
  const date = new Date(v.createdAt).toLocaleString(i18n.language);
  const signers = v.signatures.map((s) => s.signer.replace(/^CN=/, '').split(',')[0]).join(', ');
  return (
    <span>
      {t('versions.label', { version: v.version, date, pages: v.pages })} · <strong>{v.locked ? t('versions.final') : t('versions.draft')}</strong> ·{' '}
      {v.signatures.length ? t('versions.signedBy', { signers }) : t('versions.unsigned')}
    </span>
  );
}

function Generate({ onDone }: { onDone: (r: Result<MinutesVersion>) => void }) {
  const { t } = useTranslation('minutes');
  const [annexes, setAnnexes] = useState<AnnexPreset>('all');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => bridge.onProgress((e) => { if (e.task === 'minutes') setProgress({ done: e.done, total: e.total }); }), []);
  const run = async () => {
    setProgress({ done: 0, total: 4 });
    const r = await api.minutesGenerate({ annexes });
    setProgress(null);
    onDone(r);
  };
  return (
    <fieldset>
      <legend>{t('generate.title')}</legend>
      <label>
        {t('generate.annexes')}{' '}
        <select value={annexes} onChange={(e) => setAnnexes(e.target.value as AnnexPreset)}>
          {(['all', 'anonymous', 'none'] as const).map((p) => <option key={p} value={p}>{t(`generate.${p}`)}</option>)}
        </select>
      </label>{' '}
      <button type="button" onClick={() => void run()} disabled={progress !== null}>{progress ? t('generate.running') : t('generate.button')}</button>
      {progress ? <progress aria-label={t('generate.progress')} max={progress.total} value={progress.done} /> : null}
    </fieldset>
  );
}

function Sign({ version, onDone }: { version: MinutesVersion; onDone: (r: Result<unknown>, role: Role) => void }) {
  const { t } = useTranslation('minutes');
  const [role, setRole] = useState<Role>(version.signatures.some((s) => s.role === 'chair') ? 'secretary' : 'chair');
  const [file, setFile] = useState<File | null>(null);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const ref = await upload(file, 'certificate');
    if (!ref) return setError(t('sign.noFile'));
    if (!ref.ok) return setError(errorMessage(ref.error));
    const r = await api.minutesSign({ version: version.version, p12: ref.value, password, role });
    // The password leaves the page's state as soon as it has been used.
    setPassword('');
    setAsking(false);
    onDone(r, role);
  };
  if (version.signatures.length >= 2) return null;
  return (
    <fieldset>
      <legend>{t('sign.title', { version: version.version })}</legend>
      <label>{t('sign.role')}{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="chair">{t('sign.chair')}</option>
          <option value="secretary">{t('sign.secretary')}</option>
        </select>
      </label>{' '}
      {fileAccess === 'upload' ? (
        <label>{t('sign.certificate')}{' '}<input type="file" accept=".p12,.pfx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></label>
      ) : null}{' '}
      <button type="button" onClick={() => { setError(null); setAsking(true); }}>{t('sign.button')}</button>
      {error ? <p role="alert">{error}</p> : null}
      {asking ? (
        <div role="dialog" aria-modal="true" aria-labelledby="p12-password-title" className="dialog">
          <form onSubmit={(e) => void confirm(e)}>
            <h3 id="p12-password-title">{t('sign.passwordTitle')}</h3>
            <label>{t('sign.password')}{' '}<input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus /></label>
            <p className="muted">{t('sign.passwordNote')}</p>
            <button type="submit">{t('sign.confirm')}</button>{' '}
            <button type="button" onClick={() => { setPassword(''); setAsking(false); }}>{t('sign.cancel')}</button>
          </form>
        </div>
      ) : null}
    </fieldset>
  );
}

function CreateCertificate({ onDone }: { onDone: (r: Result<{ subject: string; path: string }>) => void }) {
  const { t } = useTranslation('minutes');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [password, setPassword] = useState('');
  const [fileName, setFileName] = useState('certificat.p12');
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const out = await target('newCertificate', fileName);
    if (!out) return;
    const r = await api.minutesCertificateCreate({ name, organisation, password, out });
    setPassword('');
    onDone(r);
  };
  return (
    <form onSubmit={(e) => void create(e)}>
      <fieldset>
        <legend>{t('cert.title')}</legend>
        <p className="muted">{t('cert.note')}</p>
        <label>{t('cert.name')}{' '}<input value={name} onChange={(e) => setName(e.target.value)} required /></label>{' '}
        <label>{t('cert.organisation')}{' '}<input value={organisation} onChange={(e) => setOrganisation(e.target.value)} /></label>{' '}
        <label>{t('cert.password')}{' '}<input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required /></label>{' '}
        {fileAccess === 'upload' ? <label>{t('cert.fileName')}{' '}<input value={fileName} onChange={(e) => setFileName(e.target.value)} required /></label> : null}{' '}
        <button type="submit">{t('cert.button')}</button>
      </fieldset>
    </form>
  );
}

function SignatureLine({ s, n, trusted, onTrust }: { s: SignatureReport; n: number; trusted: boolean; onTrust: (add: boolean) => void }) {
  const { t, i18n } = useTranslation('minutes');
  const trust = s.selfIssued ? t('verify.selfIssued') : trusted ? t('verify.trusted') : t('verify.untrusted');
  return (
    <li>
      {t('verify.signature', { n, signer: s.signer, role: s.role ? t(`sign.${s.role}`) : t('verify.unknownRole'), date: s.signedAt ? new Date(s.signedAt).toLocaleString(i18n.language) : '—' })}
      {' — '}{s.intact ? t('verify.intact') : <strong>{t('verify.broken')}</strong>}, {s.coversWholeDocument ? t('verify.whole') : t('verify.partial')}, <strong>{trust}</strong>
      {!s.selfIssued && s.certificateFingerprint ? (
        <> <button type="button" onClick={() => onTrust(!trusted)}>{trusted ? t('verify.distrust') : t('verify.trust')}</button></>
      ) : null}
    </li>
  );
}

function Verify({ version, trusted, onTrustChanged }: { version: number | null; trusted: string[]; onTrustChanged: () => void }) {
  const { t } = useTranslation('minutes');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<VerificationResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = (r: Result<VerificationResult>) => (r.ok ? (setReport(r.value), setError(null)) : (setReport(null), setError(errorMessage(r.error))));
  const verifyFile = async () => {
    const ref = await upload(file, 'pdfToVerify');
    if (!ref) return;
    if (!ref.ok) return setError(errorMessage(ref.error));
    show(await api.minutesVerify({ pdf: ref.value }));
  };
  const setTrust = async (fingerprint: string, add: boolean) => {
    await (add ? api.minutesTrustAdd({ fingerprint }) : api.minutesTrustRemove({ fingerprint }));
    onTrustChanged();
  };
  return (
    <fieldset>
      <legend>{t('verify.title')}</legend>
      {version !== null ? <button type="button" onClick={() => void api.minutesVerify({ version }).then(show)}>{t('verify.stored', { version })}</button> : null}{' '}
      {fileAccess === 'upload' ? (
        <>
          <label>{t('verify.file')}{' '}<input type="file" accept=".pdf,application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} /></label>{' '}
          <button type="button" onClick={() => void verifyFile()} disabled={!file}>{t('verify.button')}</button>
        </>
      ) : (
        <button type="button" onClick={() => void verifyFile()}>{t('verify.file')}…</button>
      )}
      {error ? <p role="alert">{error}</p> : null}
      {report ? (
        <div role="status" className="verification">
          <p><strong>{report.signatures.length === 0 ? t('verify.unsigned') : report.valid ? t('verify.valid') : t('verify.invalid')}</strong></p>
          {report.modifiedAfterLastSignature ? <p>{t('verify.appended')}</p> : null}
          <ul>
            {report.signatures.map((s, i) => (
              <SignatureLine key={i} s={s} n={i + 1} trusted={trusted.includes(s.certificateFingerprint)} onTrust={(add) => void setTrust(s.certificateFingerprint, add)} />
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}

function ExportAndLetters({ version, onDone }: { version: number; onDone: (r: Result<unknown>, text: string) => void }) {
  const { t } = useTranslation('minutes');
  const [fileName, setFileName] = useState(`proces-verbal-v${version}.pdf`);
  const [letters, setLetters] = useState('lettres');
  const [merged, setMerged] = useState(false);
  const exportVersion = async () => {
    const out = await target('exportTarget', fileName);
    if (!out) return;
    const r = await api.minutesExport({ version, out });
    onDone(r, r.ok ? t('export.exported', { path: r.value.path }) : '');
  };
  // On the desktop the letters go to a folder chosen in the dialog, one file per applicant.
  const writeLetters = async () => {
    const out = await target('lettersTarget', letters);
    if (!out) return;
    const r = await api.minutesLetters({ out, merged: bridge.dialogs ? false : merged });
    onDone(r, r.ok ? t('export.done', { count: r.value.files.length }) : '');
  };
  return (
    <fieldset>
      <legend>{t('export.title')}</legend>
      {fileAccess === 'upload' ? <label>{t('export.fileName')}{' '}<input value={fileName} onChange={(e) => setFileName(e.target.value)} /></label> : null}{' '}
      <button type="button" onClick={() => void exportVersion()}>
        {t('export.button', { version })}
      </button>
      <br />
      {fileAccess === 'upload' ? (
        <>
          <label>{t('export.lettersName')}{' '}<input value={letters} onChange={(e) => setLetters(e.target.value)} /></label>{' '}
          <label><input type="checkbox" checked={merged} onChange={(e) => setMerged(e.target.checked)} /> {t('export.merged')}</label>{' '}
        </>
      ) : null}
      <button type="button" onClick={() => void writeLetters()}>
        {t('export.letters')}
      </button>
    </fieldset>
  );
}
