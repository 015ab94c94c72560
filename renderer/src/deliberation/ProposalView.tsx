/**
 * « Proposition » (`#/deliberation/proposition`): « Proposer une sélection » runs the optimiser (the core's `propose`,
 * which writes nothing) and shows the proposal beside the recorded decisions, which targets bind it and, when no
 * selection meets them all, which conflict. There is no button to apply it: decisions cannot be recorded yet, and
 * the view says so.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelledStatus } from '../../../common/api/contract/selection.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { api } from '../transport.ts';
import { formatNumber } from '../scoring/format.ts';
import { targetLabel } from './targetText.ts';
import { useProposal, useTargetsEvaluation } from './useSelection.ts';

export function ProposalView() {
  const { t, i18n } = useTranslation('deliberation');
  const lang = i18n.language;
  // The solve runs when asked, then follows the change events like any query.
  const [asked, setAsked] = useState(false);
  const proposal = useProposal(asked);
  const decisions = useTargetsEvaluation('decisions');
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const ranking = useApiQuery(queryKeys.ranking(null), () => api.ranking({ viewer: null }));

  const names = useMemo(() => new Map((dossiers.data ?? []).map((d) => [d.id, d.name])), [dossiers.data]);
  const ranks = useMemo(() => new Map((ranking.data?.ranking ?? []).map((r) => [r.dossier, r])), [ranking.data]);
  const p = proposal.data;
  const labelOf = (targets: LabelledStatus[], ids: string[]) =>
    ids.map((id) => {
      const s = targets.find((x) => x.id === id);
      return s ? targetLabel(s, lang) : id;
    }).join(' ; ');

  return (
    <div className="proposal-view">
      <h2>{t('proposal.title')}</h2>
      <p className="muted">{t('proposal.intro')}</p>
      <p>
        <button type="button" className="primary" onClick={() => (asked ? proposal.reload() : setAsked(true))} disabled={asked && proposal.loading}>
          {asked ? t('proposal.rerun') : t('proposal.run')}
        </button>
      </p>
      {asked && proposal.loading ? <p aria-live="polite">{t('proposal.running')}</p> : null}
      {proposal.error ? <p role="alert">{proposal.error}</p> : null}
      {p ? (
        <div data-testid="proposal-result" data-status={p.status} aria-live="polite">
          {p.status === 'optimal' ? (
            <p className="proposal-status">{t('proposal.optimal', { count: p.selected.length, objective: formatNumber(p.objective, lang, 2) })}</p>
          ) : (
            <>
              <p className="proposal-status" role="alert">{t('proposal.infeasible')}</p>
              <p data-testid="proposal-conflicting">{t('proposal.conflicting', { list: labelOf(p.targets, p.conflicting) })}</p>
              <p>{t('proposal.relaxed', { count: p.selected.length, objective: formatNumber(p.objective, lang, 2) })}</p>
            </>
          )}
          {p.status === 'optimal' ? (
            <p data-testid="proposal-binding">{p.binding.length ? t('proposal.binding', { list: labelOf(p.targets, p.binding) }) : t('proposal.noBinding')}</p>
          ) : null}
          <p className="muted">{t('proposal.candidates', { count: p.candidates })}</p>
        </div>
      ) : null}
      <p role="note" className="note">{t('proposal.applyAbsent')}</p>
      <div className="side-by-side">
        <section aria-labelledby="proposal-list-title">
          <h3 id="proposal-list-title">{t('proposal.proposed')}</h3>
          {p ? (
            <table className="data-table" data-testid="proposal-table">
              <thead>
                <tr>
                  <th scope="col">{t('proposal.colRank')}</th>
                  <th scope="col">{t('proposal.colDossier')}</th>
                  <th scope="col">{t('proposal.colValue')}</th>
                </tr>
              </thead>
              <tbody>
                {p.selected.map((id) => (
                  <tr key={id}>
                    <td>{ranks.get(id)?.rank ?? ''}</td>
                    <th scope="row">{names.get(id) ?? id}</th>
                    <td>{formatNumber(ranks.get(id)?.normalized ?? null, lang, 2, true)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">—</p>
          )}
        </section>
        <section aria-labelledby="decisions-list-title">
          <h3 id="decisions-list-title">{t('proposal.decisions')}</h3>
          {decisions.data && decisions.data.selected.length ? (
            <ul>
              {decisions.data.selected.map((id) => (
                <li key={id}>{names.get(id) ?? id}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('proposal.noDecisions')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
