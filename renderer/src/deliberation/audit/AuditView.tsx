/**
 * « Journal » (`#/deliberation/journal`): the audit log in pages with the filters auditList accepts (kind, author,
 * dossier, dates), and « Vérifier la chaîne » (auditVerify): intact, or the first entry that no longer fits (issue 9,
 * « Locking and the audit trail »). Every write appends to the log, whatever its topic, so the journal is fetched
 * again after any change event rather than after a topic of its own.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../common/deliberation/records.ts';
import { fr } from '../../../../common/i18n/interface/decisions.ts';
import type { AppErrorShape } from '../../../../common/result.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api, bridge } from '../../transport.ts';
import { useWho } from '../decisions/useWho.ts';
import { AUDIT_FILTER_KINDS, AUDIT_PAGE_SIZE, NO_FILTERS, auditActionKey, auditKind, auditQuery, auditSubject, type AuditForm } from './auditQuery.ts';

const KNOWN_KINDS = Object.keys(fr.audit.kinds);
const KNOWN_ACTIONS = Object.keys(fr.audit.actions);

export function AuditView() {
  const { t, i18n } = useTranslation('decisions');
  const client = useQueryClient();
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const [draft, setDraft] = useState<AuditForm>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditForm>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const query = auditQuery(filters, page);
  const log = useApiQuery(queryKeys.audit(query), () => api.auditList(query), { keepPrevious: true });
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<AppErrorShape | null>(null);
  const [verifying, setVerifying] = useState(false);
  const who = useWho();

  useEffect(() => bridge.onChange(() => void client.invalidateQueries({ queryKey: ['audit'] })), [client]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    setPage(0);
  };
  const reset = () => {
    setDraft(NO_FILTERS);
    setFilters(NO_FILTERS);
    setPage(0);
  };
  const verify = async () => {
    setVerifying(true);
    const r = await api.auditVerify({});
    setVerifying(false);
    if (r.ok) {
      setVerification(r.value);
      setVerifyError(null);
    } else setVerifyError(r.error);
  };
  const data = log.data;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const field = (name: keyof AuditForm) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
  });

  return (
    <div className="audit-view">
      <h2>{t('audit.title')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <p className="audit-verify">
        <button type="button" onClick={() => void verify()} disabled={verifying}>{verifying ? t('audit.verifying') : t('audit.verify')}</button>{' '}
        {verification ? (
          <span role="status" data-testid="audit-verification" data-intact={verification.intact} className={verification.intact ? 'tag tag-ok' : 'tag tag-alert'}>
            {verification.intact
              ? t('audit.intact', { entries: verification.entries })
              : t('audit.broken', { seq: verification.firstBroken ?? 0, entries: verification.entries })}
          </span>
        ) : null}
        {verifyError ? <span role="alert" className="error">{errorMessage(verifyError)}</span> : null}
      </p>
      <form className="audit-filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <div>
          <label htmlFor="audit-kind">{t('audit.action')}</label>
          <select id="audit-kind" {...field('kind')}>
            <option value="">{t('audit.actionAll')}</option>
            {AUDIT_FILTER_KINDS.map((k) => <option key={k} value={k}>{t(`audit.kinds.${k}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor">{t('audit.actor')}</label>
          <select id="audit-actor" {...field('actor')}>
            <option value="">{t('audit.actionAll')}</option>
            <option value="secretariat">{who('secretariat')}</option>
            {(members.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-dossier">{t('audit.dossier')}</label>
          <input id="audit-dossier" {...field('dossier')} size={10} />
        </div>
        <div>
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input id="audit-from" type="date" {...field('from')} />
        </div>
        <div>
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" type="date" {...field('to')} />
        </div>
        <button type="submit" className="primary">{t('audit.apply')}</button>
        <button type="button" onClick={reset}>{t('audit.reset')}</button>
      </form>
      {log.error ? <p role="alert">{log.error}</p> : null}
      {data && data.entries.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
      {data && data.entries.length > 0 ? (
        <>
          <table className="data-table audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.colSeq')}</th>
                <th scope="col">{t('audit.colAt')}</th>
                <th scope="col">{t('audit.colActor')}</th>
                <th scope="col">{t('audit.colAction')}</th>
                <th scope="col">{t('audit.colDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => {
                const kind = auditKind(e.action, KNOWN_KINDS);
                const action = auditActionKey(e.action, KNOWN_ACTIONS);
                const subject = auditSubject(e.payload);
                return (
                  <tr key={e.seq} data-action={e.action}>
                    <td>{e.seq}</td>
                    <td>{new Date(e.at).toLocaleString(i18n.language)}</td>
                    <td>{who(e.actor)}</td>
                    <td title={e.action}>{action ? t(`audit.actions.${action}`) : kind ? t(`audit.kinds.${kind}`) : e.action}</td>
                    <td>
                      {[subject.dossier && `${t('audit.dossier')} ${subject.dossier}`, subject.member && who(subject.member)].filter(Boolean).join(' · ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="audit-pages">
            <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page === 0}>{t('audit.previous')}</button>{' '}
            <span aria-live="polite">
              {t('audit.page', { first: data.offset + 1, last: data.offset + data.entries.length, total })}
            </span>{' '}
            <button type="button" onClick={() => setPage((p) => p + 1)} disabled={page + 1 >= pages}>{t('audit.next')}</button>
          </p>
        </>
      ) : null}
    </div>
  );
}
