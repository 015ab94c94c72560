/**
 * Réglages › Notation hors ligne (issue 11), the secretariat's side of the offline review: prepare a member's review
 * package (the proposed passphrase shown once, to hand over by another channel), see which packages went out and
 * which returns came back, import a member's return with its report, and resolve the discrepancies one by one.
 * Every write goes through the api; the lists follow the core's change events (topic `exchange`).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseCopy } from './PassphraseCopy.tsx';
import type { SessionInfo } from '../../../common/domain/types.ts';
import { packageFileName, RETURN_EXTENSION } from '../../../common/exchange/fileNames.ts';
import type { PackageIssued, ReturnConflict, ReturnImportReport } from '../../../common/exchange/records.ts';
import { scoresInSession } from '../../../common/scoring/input.ts';
import { sectionAnchor } from '../areas/settingsSections.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api, fileAccess } from '../transport.ts';
import { shortDateTime } from './dates.ts';
import { downloadOf, fileName, fileToRead, fileToWrite, today } from './exchangeFiles.ts';
import { AllPackagesExport } from './AllPackagesExport.tsx';
import { useMemberMode } from './useMemberMode.ts';
import './exchange.css';

/** The core's own floor (main/exchange/passphrase.ts), checked here first to say so before a slow export. */
const PASSPHRASE_MIN_LENGTH = 12;

export function OfflineReview({ info }: { info: SessionInfo | null }) {
  const { t } = useTranslation('exchange');
  const mode = useMemberMode(info !== null);
  return (
    <section className="offline-review" aria-labelledby={sectionAnchor('offline')}>
      <h2 id={sectionAnchor('offline')}>{t('title')}</h2>
      {!info ? (
        <p>{t('noSession')}</p>
      ) : mode.data ? (
        <p className="muted">{t('memberFile')}</p>
      ) : mode.loading ? null : (
        <>
          <p className="muted">{t('intro')}</p>
          <PackageExport />
          <AllPackagesExport />
          <IssuedPackages />
          <ReturnImport />
          <ReturnConflicts />
        </>
      )}
    </section>
  );
}

function PackageExport() {
  const { t } = useTranslation('exchange');
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const scorers = (members.data ?? []).filter((m) => scoresInSession(m.role));
  const [member, setMember] = useState('');
  const [typed, setTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<PackageIssued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = member || scorers[0]?.id || '';
  const nameOf = (id: string) => scorers.find((m) => m.id === id)?.name ?? id;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    if (typed !== null && typed.trim().length < PASSPHRASE_MIN_LENGTH) return setError(t('export.tooShort', { min: PASSPHRASE_MIN_LENGTH }));
    const out = await fileToWrite('packageTarget', packageFileName(chosen, today()));
    if (out === null) return;
    setIssued(null);
    setBusy(true);
    const r = await api.packageExport({ member: chosen, out, ...(typed !== null ? { passphrase: typed } : {}) });
    setBusy(false);
    if (r.ok) setIssued(r.value);
    else setError(errorMessage(r.error));
  };
  const link = issued ? downloadOf(issued.out) : null;

  return (
    <form className="offline-export" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('export.title')}</legend>
        <label htmlFor="offline-member">{t('export.member')}</label>{' '}
        <select id="offline-member" value={chosen} onChange={(e) => setMember(e.target.value)}>
          {scorers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} — {m.institution}
            </option>
          ))}
        </select>
        <fieldset className="offline-passphrase">
          <legend>{t('export.passphrase')}</legend>
          <label className="inline">
            <input type="radio" name="passphrase-mode" checked={typed === null} onChange={() => setTyped(null)} /> {t('export.proposed')}
          </label>
          <label className="inline">
            <input type="radio" name="passphrase-mode" checked={typed !== null} onChange={() => setTyped('')} /> {t('export.typed')}
          </label>
          {typed !== null ? (
            <>
              <label htmlFor="offline-typed">{t('export.typedLabel')}</label>{' '}
              <input id="offline-typed" type="text" value={typed} minLength={PASSPHRASE_MIN_LENGTH} required autoComplete="off" spellCheck={false} onChange={(e) => setTyped(e.target.value)} />
            </>
          ) : null}
        </fieldset>
        <button type="submit" className="primary" disabled={busy || !chosen}>
          {busy ? t('export.running') : t('export.button')}
        </button>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        {issued ? (
          <div role="status" className="offline-issued">
            <p>
              {t('export.done', { member: nameOf(issued.member), dossiers: issued.dossiers })}{' '}
              {link ? (
                <a href={link} download={fileName(issued.out)}>
                  {t('export.download')}
                </a>
              ) : (
                t('export.saved', { path: issued.out })
              )}
            </p>
            {issued.passphrase ? <PassphraseOnce passphrase={issued.passphrase} /> : null}
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}

/** The proposed passphrase: shown here once (the core keeps no copy), with a copy button and the advice. */
function PassphraseOnce({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation('exchange');
  const [hidden, setHidden] = useState(false);
  if (hidden) return <p className="muted">{t('export.hidden')}</p>;
  return (
    <div className="passphrase-once" aria-labelledby="passphrase-once-title">
      <h3 id="passphrase-once-title">{t('export.passphraseTitle')}</h3>
      <p>
        <code className="passphrase" data-testid="proposed-passphrase">
          {passphrase}
        </code>{' '}
        <PassphraseCopy passphrase={passphrase} label={t('export.copy')} />
      </p>
      <p className="muted">{t('export.passphraseAdvice')}</p>
      <button type="button" onClick={() => setHidden(true)}>
        {t('export.hide')}
      </button>
    </div>
  );
}

function IssuedPackages() {
  const { t, i18n } = useTranslation('exchange');
  const list = useApiQuery(queryKeys.exchange('packages'), () => api.packagesList({}));
  const rows = list.data ?? [];
  return (
    <>
      <h3>{t('issued.title')}</h3>
      {list.error ? <p role="alert">{list.error}</p> : null}
      {rows.length === 0 ? (
        <p className="muted">{t('issued.none')}</p>
      ) : (
        <table className="offline-packages">
          <thead>
            <tr>
              <th scope="col">{t('issued.member')}</th>
              <th scope="col">{t('issued.issuedAt')}</th>
              <th scope="col">{t('issued.dossiers')}</th>
              <th scope="col">{t('issued.lastReturn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.packageId}>
                <td>{p.memberName}</td>
                <td>{shortDateTime(p.issuedAt, i18n.language)}</td>
                <td>{p.dossiers}</td>
                <td>
                  {p.lastReturn
                    ? t('issued.returnLine', { sequence: p.lastReturn.sequence, date: shortDateTime(p.lastReturn.createdAt, i18n.language) })
                    : t('issued.noReturn')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function ReturnImport() {
  const { t } = useTranslation('exchange');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ReturnImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    const ref = await fileToRead('scoreReturn', file);
    if (!ref) return;
    if (!ref.ok) return setError(errorMessage(ref.error));
    setBusy(true);
    const r = await api.returnImport({ file: ref.value.ref });
    setBusy(false);
    if (r.ok) setReport(r.value);
    else {
      setReport(null);
      setError(errorMessage(r.error));
    }
  };

  return (
    <fieldset className="offline-import">
      <legend>{t('import.title')}</legend>
      {fileAccess === 'upload' ? (
        <>
          <label htmlFor="offline-return-file">{t('import.file')}</label>{' '}
          <input id="offline-return-file" type="file" accept={RETURN_EXTENSION} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />{' '}
        </>
      ) : null}
      <button type="button" className="primary" onClick={() => void run()} disabled={busy || (fileAccess === 'upload' && !file)}>
        {busy ? t('import.running') : fileAccess === 'upload' ? t('import.button') : t('import.choose')}
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {report ? <ImportReport report={report} /> : null}
    </fieldset>
  );
}

function ImportReport({ report }: { report: ReturnImportReport }) {
  const { t } = useTranslation('exchange');
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const member = members.data?.find((m) => m.id === report.member)?.name ?? report.member;
  const notes = report.readingNotes;
  const rows: [string, number][] = [
    [t('import.new'), report.new],
    [t('import.updated'), report.updated],
    [t('import.unchanged'), report.unchanged],
    [t('import.conflicts'), report.conflicts.length],
    [t('import.declarations'), report.declarations],
    [t('import.withheld'), report.withheld],
    [t('import.ignored'), report.ignored.length],
  ];
  return (
    <section className="offline-report" aria-labelledby="offline-report-title" role="status">
      <h4 id="offline-report-title">{t('import.reportTitle', { sequence: report.sequence, member })}</h4>
      {report.status === 'replay' ? <p>{t('import.replay')}</p> : null}
      {report.status === 'stale' ? <p>{t('import.stale')}</p> : null}
      <dl className="facts">
        {rows.map(([label, count]) => (
          <div className="fact-row" key={label}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
        <div className="fact-row">
          <dt>{t('import.readingNotes')}</dt>
          <dd>{t('import.readingNotesLine', { new: notes.new, updated: notes.updated, unchanged: notes.unchanged })}</dd>
        </div>
      </dl>
      {report.ignored.length ? (
        <ul>
          {report.ignored.map((i) => (
            <li key={`${i.dossier}:${i.criterion}`}>
              {t('import.ignoredLine', { dossier: i.dossier, criterion: i.criterion, reason: errorMessage({ code: i.code, params: i.params }) })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ReturnConflicts() {
  const { t, i18n } = useTranslation('exchange');
  const list = useApiQuery(queryKeys.exchange('conflicts'), () => api.returnConflictsList({}));
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const grid = useApiQuery(queryKeys.grid(), () => api.gridGet({}));
  const [error, setError] = useState<string | null>(null);
  const open = (list.data ?? []).filter((c) => c.status === 'open');
  const memberName = (id: string) => members.data?.find((m) => m.id === id)?.name ?? id;
  const criterionLabel = (id: string) => grid.data?.criteria.find((c) => c.id === id)?.label ?? id;

  const resolve = async (c: ReturnConflict, keep: 'member' | 'session') => {
    setError(null);
    const r = await api.returnConflictResolve({ member: c.member, dossier: c.dossier, criterion: c.criterion, keep });
    if (!r.ok) setError(errorMessage(r.error));
  };
  const withComment = (value: number, comment: string | null) => (comment ? `${value}, ${t('conflicts.comment', { comment })}` : String(value));

  return (
    <>
      <h3>{t('conflicts.title')}</h3>
      {list.error ? <p role="alert">{list.error}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {open.length === 0 ? (
        <p className="muted">{t('conflicts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('conflicts.intro')}</p>
          <ul className="offline-conflicts">
            {open.map((c) => (
              <li key={`${c.member}:${c.dossier}:${c.criterion}`}>
                <strong>{t('conflicts.cell', { member: memberName(c.member), dossier: c.dossier, criterion: criterionLabel(c.criterion) })}</strong>
                <br />
                {t('conflicts.session', { value: withComment(c.sessionValue, c.sessionComment), date: shortDateTime(c.sessionAt, i18n.language) })}
                <br />
                {t('conflicts.member', { value: withComment(c.returnValue, c.returnComment), date: shortDateTime(c.returnAt, i18n.language) })}
                <br />
                <button type="button" onClick={() => void resolve(c, 'member')}>
                  {t('conflicts.keepMember')}
                </button>{' '}
                <button type="button" onClick={() => void resolve(c, 'session')}>
                  {t('conflicts.keepSession')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
