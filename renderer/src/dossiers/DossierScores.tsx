import { useTranslation } from 'react-i18next';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { formatNumber } from '../scoring/format.ts';
import { storedViewer } from '../scoring/viewerChoice.ts';
import { api } from '../transport.ts';

/**
 * The dossier's place in the ranking and its scores by criterion, as the person using this computer may see them
 * (the viewer chosen in Notation: blind scoring and recusals apply, the core withholds what they may not see).
 */
export function DossierScores({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useApiQuery(queryKeys.session(), () => api.sessionInfo({}));
  const path = session.data?.path ?? null;
  const viewer = path ? storedViewer(path) : null;
  const ranking = useApiQuery(queryKeys.ranking(viewer), () => api.ranking({ viewer }), { enabled: path !== null });
  const grid = useApiQuery(queryKeys.grid(), () => api.gridGet({}));
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const scores = useApiQuery(queryKeys.dossierScores(id, viewer), () => api.dossierScores({ dossier: id, viewer }), { enabled: path !== null });

  const r = ranking.data;
  const row = r?.ranking.find((x) => x.dossier === id) ?? null;
  const ineligible = r?.ineligible.find((x) => x.dossier === id) ?? null;
  const who = viewer === null ? t('dossier.scores.secretariat') : members.data?.find((m) => m.id === viewer)?.name ?? viewer;
  const criteria = grid.data?.criteria ?? [];
  const hidden = row?.hidden || (scores.data?.hidden ?? false);

  return (
    <section aria-labelledby="dossier-scores-title" className="page-card" data-testid="dossier-scores">
      <h2 id="dossier-scores-title">{t('dossier.scores.title')}</h2>
      <p className="muted">{t('dossier.scores.viewedBy', { who })}</p>
      {ranking.error ? <p role="alert">{ranking.error}</p> : null}
      {r ? (
        <p data-testid="dossier-rank">
          {row
            ? row.hidden
              ? t('dossier.scores.rankHidden', { rank: row.rank, count: r.ranking.length })
              : t('dossier.scores.rank', { rank: row.rank, count: r.ranking.length, total: formatNumber(row.normalized, lang, 2, true) })
            : ineligible
              ? t('dossier.scores.ineligible')
              : t('dossier.scores.unscored')}
        </p>
      ) : null}
      {hidden ? <p className="blind-note">{t('dossier.scores.hidden')}</p> : null}
      {scores.data ? (
        <table className="data-table dossier-scores">
          <thead>
            <tr>
              <th scope="col">{t('dossier.scores.criterion')}</th>
              <th scope="col">{t('dossier.scores.mean')}</th>
              <th scope="col">{t('dossier.scores.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.data.criteria.map((c) => (
              <tr key={c.criterion}>
                <th scope="row">{criteria.find((x) => x.id === c.criterion)?.label ?? c.criterion}</th>
                <td>{formatNumber(c.mean, lang)}</td>
                <td>{formatNumber(c.spread, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
