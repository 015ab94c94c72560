/**
 * « Décisions » (`#/deliberation/decisions`): every dossier with its rank and its decision, filtered by decision
 * type; the dossier picked opens the decision panel beside the table. Below: the motivation phrases per decision
 * type, the results export, and the lock (issue 9, « Votes and decisions », « Locking and the audit trail »).
 * Everything follows the change events through the query cache.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, type DecisionKind } from '../../../../common/deliberation/decisions.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { DecisionPanel } from './DecisionPanel.tsx';
import { LockSection } from './LockSection.tsx';
import { MotivationPhrasesEditor } from './MotivationPhrasesEditor.tsx';
import { ResultsExport } from './ResultsExport.tsx';
import { decisionRows, type DecisionFilter } from './decisionRows.ts';

export function DecisionsView() {
  const { t } = useTranslation('decisions');
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const ranking = useApiQuery(queryKeys.ranking(null), () => api.ranking({ viewer: null }), { keepPrevious: true });
  const decisions = useApiQuery(queryKeys.decisions(), () => api.decisionsList({}));
  const [filter, setFilter] = useState<DecisionFilter>('all');
  const [selected, setSelected] = useState<string | null>(null);

  const rows = useMemo(
    () => decisionRows(dossiers.data ?? [], ranking.data?.ranking ?? [], decisions.data ?? [], filter),
    [dossiers.data, ranking.data, decisions.data, filter],
  );

  return (
    <div className="decisions-view">
      <h2>{t('list.title')}</h2>
      <p className="muted">{t('list.intro')}</p>
      <LockSection />
      <div className="decisions-layout">
        <div className="decisions-table-wrap">
          <p className="decisions-toolbar">
            <label>
              {t('list.filter')}{' '}
              <select value={filter} onChange={(e) => setFilter(e.target.value as DecisionFilter)} data-testid="decision-filter">
                <option value="all">{t('list.filterAll')}</option>
                <option value="none">{t('list.filterNone')}</option>
                {DECISION_KINDS.map((k: DecisionKind) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
              </select>
            </label>{' '}
            <span className="muted" aria-live="polite">{t('list.count', { count: rows.length })}</span>
          </p>
          {dossiers.error ? <p role="alert">{dossiers.error}</p> : null}
          {decisions.error ? <p role="alert">{decisions.error}</p> : null}
          <div className="decisions-scroll">
            <table className="data-table decisions-table" data-testid="decisions-table">
              <thead>
                <tr>
                  <th scope="col">{t('list.colRank')}</th>
                  <th scope="col">{t('list.colDossier')}</th>
                  <th scope="col">{t('list.colName')}</th>
                  <th scope="col">{t('list.colDecision')}</th>
                  <th scope="col"><span className="visually-hidden">{t('list.open')}</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.dossier.id} data-dossier={r.dossier.id} aria-selected={selected === r.dossier.id} className={selected === r.dossier.id ? 'selected' : undefined}>
                    <td>{r.rank ?? '—'}</td>
                    <td>{r.dossier.id}</td>
                    <th scope="row">{r.dossier.name}</th>
                    <td>
                      {r.decision ? (
                        <span className={`tag decision-${r.decision.decision}`}>
                          {t(`kind.${r.decision.decision}`)}
                          {r.decision.waitlistPosition !== null ? ` (${r.decision.waitlistPosition})` : ''}
                        </span>
                      ) : (
                        t('list.undecided')
                      )}
                    </td>
                    <td>
                      <button type="button" onClick={() => setSelected(r.dossier.id)} aria-pressed={selected === r.dossier.id} aria-label={`${t('list.open')} — ${r.dossier.name}`}>
                        {t('list.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <aside className="decisions-side" aria-label={t('panel.aside')}>
          {selected ? (
            <>
              <button type="button" className="close-panel" onClick={() => setSelected(null)}>{t('list.close')}</button>
              <DecisionPanel dossier={selected} />
            </>
          ) : (
            <p className="note">{t('list.selectHint')}</p>
          )}
        </aside>
      </div>
      <MotivationPhrasesEditor />
      <ResultsExport />
    </div>
  );
}
