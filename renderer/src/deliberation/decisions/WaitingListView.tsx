/**
 * « Liste d'attente » (`#/deliberation/liste-attente`): the waiting list in order; a selected applicant's withdrawal
 * asks whether to promote the first on the list (promotionPropose, nothing written), and records it with its reason
 * (promotionRecord); the promotions on file, who, when, why (issue 9, « Votes and decisions »).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSelected, type Promotion } from '../../../../common/deliberation/decisions.ts';
import type { AppErrorShape } from '../../../../common/result.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { useWho } from './useWho.ts';

interface Pending {
  withdrawn: string;
  proposal: Promotion | null;
}

export function WaitingListView() {
  const { t, i18n } = useTranslation('decisions');
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const decisions = useApiQuery(queryKeys.decisions(), () => api.decisionsList({}));
  const waiting = useApiQuery(queryKeys.decisionsPart('waitingList'), () => api.waitingList({}));
  const promotions = useApiQuery(queryKeys.decisionsPart('promotions'), () => api.promotionsList({}));
  const who = useWho();
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const names = useMemo(() => new Map((dossiers.data ?? []).map((d) => [d.id, d.name])), [dossiers.data]);
  const label = (id: string) => (names.has(id) ? `${names.get(id)!} (${id})` : id);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const selected = (decisions.data ?? []).filter((d) => d.withdrawnAt === null && isSelected(d.decision));

  const propose = async (withdrawn: string) => {
    setError(null);
    setDone(null);
    setReason('');
    const r = await api.promotionPropose({ withdrawn });
    if (r.ok) setPending({ withdrawn, proposal: r.value });
    else setError(r.error);
  };
  const record = async (e: FormEvent) => {
    e.preventDefault();
    if (!pending) return;
    const r = await api.promotionRecord({ withdrawn: pending.withdrawn, reason, actor: null });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setPending(null);
    setError(null);
    setDone(t('waiting.recorded', { promoted: label(r.value.promoted), withdrawn: label(r.value.withdrawn) }));
  };

  return (
    <div className="waiting-view">
      <h2>{t('waiting.title')}</h2>
      <p className="muted">{t('waiting.intro')}</p>
      {done ? <p role="status" className="note">{done}</p> : null}
      {waiting.error ? <p role="alert">{waiting.error}</p> : null}
      {(waiting.data ?? []).length === 0 ? <p className="muted">{t('waiting.empty')}</p> : (
        <table className="data-table" data-testid="waiting-list">
          <thead>
            <tr>
              <th scope="col">{t('waiting.colPosition')}</th>
              <th scope="col">{t('list.colDossier')}</th>
              <th scope="col">{t('list.colMotivation')}</th>
            </tr>
          </thead>
          <tbody>
            {(waiting.data ?? []).map((d) => (
              <tr key={d.dossier} data-dossier={d.dossier}>
                <td>{d.waitlistPosition}</td>
                <th scope="row">{label(d.dossier)}</th>
                <td>{d.motivation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('waiting.selectedTitle')}</h3>
      {selected.length === 0 ? <p className="muted">{t('waiting.selectedNone')}</p> : (
        <ul className="selected-list" data-testid="selected-list">
          {selected.map((d) => (
            <li key={d.dossier} data-dossier={d.dossier}>
              {label(d.dossier)} — {t(`kind.${d.decision}`)}{' '}
              <button type="button" onClick={() => void propose(d.dossier)} aria-label={t('waiting.withdrawOf', { dossier: label(d.dossier) })}>
                {t('waiting.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending ? (
        <form className="promotion" aria-labelledby="promotion-title" onSubmit={(e) => void record(e)} noValidate data-testid="promotion-form">
          <h3 id="promotion-title">{t('waiting.proposeTitle')}</h3>
          {pending.proposal ? (
            <>
              <p>{t('waiting.propose', { withdrawn: label(pending.withdrawn), promoted: label(pending.proposal.promoted), position: pending.proposal.fromPosition })}</p>
              <label htmlFor="promotion-reason">{t('waiting.reason')}</label>
              <input
                id="promotion-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                {...(error ? { 'aria-invalid': true, 'aria-describedby': 'promotion-error' } : {})}
              />
            </>
          ) : (
            <p>{t('waiting.noneToPromote')}</p>
          )}
          {error ? <p id="promotion-error" role="alert" className="error">{errorMessage(error)}</p> : null}
          <div className="actions">
            <button type="button" onClick={() => { setPending(null); setError(null); }}>{t('waiting.cancel')}</button>
            {pending.proposal ? <button type="submit" className="primary">{t('waiting.record')}</button> : null}
          </div>
        </form>
      ) : error ? <p role="alert" className="error">{errorMessage(error)}</p> : null}

      <h3>{t('waiting.promotionsTitle')}</h3>
      {(promotions.data ?? []).length === 0 ? <p className="muted">{t('waiting.promotionsNone')}</p> : (
        <table className="data-table" data-testid="promotions">
          <thead>
            <tr>
              <th scope="col">{t('waiting.colWhen')}</th>
              <th scope="col">{t('waiting.colWithdrawn')}</th>
              <th scope="col">{t('waiting.colPromoted')}</th>
              <th scope="col">{t('waiting.colFrom')}</th>
              <th scope="col">{t('waiting.colReason')}</th>
              <th scope="col">{t('waiting.colWho')}</th>
            </tr>
          </thead>
          <tbody>
            {(promotions.data ?? []).map((p) => (
              <tr key={p.id}>
                <td>{date(p.decidedAt)}</td>
                <td>{label(p.withdrawn)}</td>
                <td>{label(p.promoted)}</td>
                <td>{p.fromPosition}</td>
                <td>{p.reason}</td>
                <td>{who(p.decidedBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
