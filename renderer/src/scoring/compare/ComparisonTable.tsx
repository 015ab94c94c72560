import { useTranslation } from 'react-i18next';
import type { ComparisonView } from '../../../../common/scoring/views.ts';
import { formatNumber, initials, memberName } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';
import { DossierFacts } from './DossierFacts.tsx';

/** The index of the highest value (ties: none marked), so that the eye finds the best dossier on each row. */
function best(values: (number | null)[]): number {
  let at = -1;
  let top = -Infinity;
  let ties = 0;
  values.forEach((v, i) => {
    if (v === null) return;
    if (v > top + 1e-9) {
      top = v;
      at = i;
      ties = 0;
    } else if (Math.abs(v - top) <= 1e-9) ties += 1;
  });
  return ties ? -1 : at;
}

export function ComparisonTable({ view, recused }: {
  view: ComparisonView;
  /** Dossiers for which the viewer declared a conflict of interest. */
  recused: ReadonlySet<string>;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { grid, members, toggleBasket } = useScoring();
  const hidden = new Set(view.hidden);
  const n = (v: number | null) => formatNumber(v, lang);
  const totalRows = ['normalized', 'raw', 'median', 'spread'] as const;

  return (
    <div className="comparison">
      <table className="comparison-table" data-testid="comparison">
        <caption className="visually-hidden">{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.criterion')}</th>
            {view.facts.map((d) => (
              <th scope="col" key={d.id} className="dossier-head">
                <div className="dossier-head-title">
                  <span>{d.name}</span>
                  <button type="button" className="chip-remove" aria-label={t('compare.remove', { name: d.name })} onClick={() => toggleBasket(d.id)}>
                    ×
                  </button>
                </div>
                <span className="muted dossier-id">{d.id}</span>
              </th>
            ))}
          </tr>
          <tr className="facts-row">
            <th scope="row">{t('compare.facts')}</th>
            {view.facts.map((d) => (
              <td key={d.id}>
                <DossierFacts dossier={d} />
                {hidden.has(d.id) ? (
                  <p className="blind-note" data-testid="compare-hidden">
                    {recused.has(d.id) ? t('compare.hiddenRecused') : t('compare.hiddenBlind')}
                  </p>
                ) : null}
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.criteria.map((row) => {
            const criterion = grid.criteria.find((c) => c.id === row.criterion);
            const top = best(row.cells.map((c) => c.mean));
            return (
              <tr key={row.criterion} data-criterion={row.criterion}>
                <th scope="row">
                  {criterion?.label ?? row.criterion}
                  <span className="muted"> · {t('sheet.weight', { weight: formatNumber(criterion?.weight ?? 0, lang) })}</span>
                </th>
                {row.cells.map((cell, i) => (
                  <td key={cell.dossier} className={i === top ? 'best' : undefined}>
                    <div className="cell-figures">
                      <span className="mean" title={t('compare.mean')}>{n(cell.mean)}</span>
                      {i === top ? <span className="visually-hidden"> ({t('compare.best')})</span> : null}
                      <span className="spread muted">{t('compare.spread', { value: n(cell.spread) })}</span>
                    </div>
                    <ul className="member-scores" aria-label={t('compare.membersScores')}>
                      {cell.scores.map((s) => (
                        <li key={s.member} className={s.complete ? undefined : 'not-counted'} title={memberName(members, s.member)}>
                          <abbr title={memberName(members, s.member)}>{initials(memberName(members, s.member))}</abbr> {formatNumber(s.value, lang, 3)}
                          {s.complete ? null : <span className="visually-hidden"> ({t('compare.notCounted')})</span>}
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {totalRows.map((key) => {
            const values = view.totals.map((x) => x[key]);
            const top = key === 'spread' ? -1 : best(values);
            return (
              <tr key={key}>
                <th scope="row">{t(`ranking.col.${key}`)}</th>
                {view.totals.map((x, i) => (
                  <td key={x.dossier} className={i === top ? 'best' : undefined}>
                    {n(x[key])}
                  </td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('ranking.col.scorers')}</th>
            {view.totals.map((x) => (
              <td key={x.dossier}>{x.scorers}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="muted">{t('compare.legend')}</p>
    </div>
  );
}
