import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIfView } from '../../../../common/scoring/views.ts';
import { formatNumber } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';

/** How each dossier would move: new rank, old rank, an arrow and the delta, and the value before and after. */
export function RankMoves({ view }: { view: WhatIfView }) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { dossiers } = useScoring();
  const [onlyMoves, setOnlyMoves] = useState(false);
  const key = view.after.rankBy === 'raw' ? 'raw' : 'normalized';
  const before = new Map(view.before.ranking.map((r) => [r.dossier, r[key]]));
  const after = new Map(view.after.ranking.map((r) => [r.dossier, r[key]]));
  const moved = view.moves.filter((m) => m.delta !== 0);
  const shown = onlyMoves ? moved : view.moves;

  return (
    <div className="rank-moves">
      <p aria-live="polite" data-testid="whatif-summary">
        {moved.length === 0 ? t('whatIf.noMove') : t('whatIf.moves', { count: moved.length })}
      </p>
      <label className="inline">
        <input type="checkbox" checked={onlyMoves} onChange={(e) => setOnlyMoves(e.target.checked)} /> {t('whatIf.onlyMoves')}
      </label>
      <div className="table-scroll">
        <table className="moves-table" data-testid="whatif-moves">
          <caption className="visually-hidden">{t('whatIf.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('whatIf.col.after')}</th>
              <th scope="col">{t('whatIf.col.dossier')}</th>
              <th scope="col">{t('whatIf.col.before')}</th>
              <th scope="col">{t('whatIf.col.move')}</th>
              <th scope="col">{t('whatIf.col.value', { rankBy: t(`ranking.col.${key}`) })}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => {
              const arrow =
                m.delta === null ? (m.after === null ? t('whatIf.leaves') : t('whatIf.enters'))
                : m.delta > 0 ? `▲ +${m.delta}`
                : m.delta < 0 ? `▼ ${m.delta}`
                : '=';
              const spoken =
                m.delta === null ? arrow
                : m.delta > 0 ? t('ranking.movedUp', { count: m.delta })
                : m.delta < 0 ? t('ranking.movedDown', { count: -m.delta })
                : t('whatIf.same');
              return (
                <tr key={m.dossier} data-dossier={m.dossier} className={m.delta ? (m.delta > 0 ? 'up' : 'down') : undefined}>
                  <td>{m.after ?? '—'}</td>
                  <td>{dossiers.get(m.dossier)?.name ?? m.dossier}</td>
                  <td>{m.before ?? '—'}</td>
                  <td className="move-cell">
                    <span aria-hidden="true">{arrow}</span>
                    <span className="visually-hidden">{spoken}</span>
                  </td>
                  <td>
                    {formatNumber(before.get(m.dossier), lang)} → {formatNumber(after.get(m.dossier), lang)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
