/**
 * « Objectifs » (`#/deliberation/objectifs`): each of the session's targets against the chosen selection — the
 * recorded decisions, the proposed selection, or a selection picked by hand — met or not, goal beside current, then
 * the selection in charts. Everything is read from the cache and follows the change events.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetsAgainst } from '../../../common/api/contract/selection.ts';
import type { Dossier, Echelon, ReferenceLabels } from '../../../common/domain/types.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { useReferenceLabels } from '../dossiers/useReferenceLabels.ts';
import { api } from '../transport.ts';
import { SelectionCharts } from './SelectionCharts.tsx';
import { currentText, goalText, targetLabel } from './targetText.ts';
import { useTargetsEvaluation } from './useSelection.ts';

type Choice = 'decisions' | 'proposal' | 'hand';
const CHOICES: readonly Choice[] = ['decisions', 'proposal', 'hand'];
const NO_LABELS: ReferenceLabels = { countries: {}, regions: {}, departements: {} };

export function TargetsView() {
  const { t, i18n } = useTranslation('deliberation');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const [choice, setChoice] = useState<Choice>('decisions');
  const [picked, setPicked] = useState<readonly string[]>([]);
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const labels = useReferenceLabels() ?? NO_LABELS;
  const against: TargetsAgainst = choice === 'hand' ? { dossiers: [...picked] } : choice;
  const evaluation = useTargetsEvaluation(against);

  const byId = useMemo(() => new Map((dossiers.data ?? []).map((d) => [d.id, d])), [dossiers.data]);
  const selected: Dossier[] = useMemo(
    () => (evaluation.data?.selected ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    [evaluation.data, byId],
  );
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const ev = evaluation.data;
  const met = ev?.targets.filter((x) => x.met).length ?? 0;

  return (
    <div className="targets-view">
      <h2>{t('targets.title')}</h2>
      <p className="muted">{t('targets.intro')}</p>
      <fieldset className="against">
        <legend>{t('targets.against')}</legend>
        {CHOICES.map((c) => (
          <label key={c}>
            <input type="radio" name="targets-against" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            {t(c === 'decisions' ? 'targets.againstDecisions' : c === 'proposal' ? 'targets.againstProposal' : 'targets.againstHand')}
          </label>
        ))}
      </fieldset>
      {choice === 'decisions' ? <p role="note" className="note">{t('targets.noDecisions')}</p> : null}
      {choice === 'hand' ? (
        <details className="hand-pick" open>
          <summary>
            {t('targets.pick')} · {t('targets.picked', { count: picked.length })}
          </summary>
          <ul className="pick-list">
            {(dossiers.data ?? []).map((d) => (
              <li key={d.id}>
                <label>
                  <input type="checkbox" checked={picked.includes(d.id)} onChange={() => toggle(d.id)} />
                  {d.name} <span className="muted">({d.id})</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {evaluation.error ? <p role="alert">{evaluation.error}</p> : null}
      {!ev && !evaluation.error ? <p aria-live="polite">{t('loading')}</p> : null}
      {ev ? (
        <>
          <p data-testid="targets-summary" aria-live="polite">
            {t('targets.selectedCount', { count: ev.selected.length })} · {t('targets.summary', { met, total: ev.targets.length })}
          </p>
          <table className="data-table targets-table" data-testid="targets-table">
            <thead>
              <tr>
                <th scope="col">{t('targets.colTarget')}</th>
                <th scope="col">{t('targets.colGoal')}</th>
                <th scope="col">{t('targets.colCurrent')}</th>
                <th scope="col">{t('targets.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {ev.targets.map((x) => (
                <tr key={x.id} data-target={x.id} className={x.met ? 'target-met' : 'target-unmet'}>
                  <th scope="row">{targetLabel(x, lang)}</th>
                  <td>{goalText(x, t, lang)}</td>
                  <td>{currentText(x, t, (e) => tc(`echelon.${e as Echelon}`), lang)}</td>
                  <td>
                    <span className={x.met ? 'tag tag-ok' : 'tag tag-alert'}>
                      <span aria-hidden="true">{x.met ? '✔ ' : '✘ '}</span>
                      {t(x.met ? 'targets.met' : 'targets.notMet')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <SelectionCharts selected={selected} labels={labels} />
        </>
      ) : null}
    </div>
  );
}
