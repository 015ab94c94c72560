import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../common/scoring/views.ts';
import { memberName } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';

/** What the ranking leaves out, and why: ineligible dossiers, dossiers nobody completed, incomplete sheets. */
export function RankingApart({ ranking }: { ranking: Pick<RankingView, 'ineligible' | 'unscored' | 'incomplete'> }) {
  const { t } = useTranslation('scoring');
  const { dossiers, grid, members } = useScoring();
  const name = (id: string) => dossiers.get(id)?.name ?? id;
  const checkLabel = (id: string) => grid.eligibility.find((e) => e.id === id)?.label ?? id;
  const byMember = new Map<string, string[]>();
  for (const s of ranking.incomplete) byMember.set(s.member, [...(byMember.get(s.member) ?? []), s.dossier]);

  return (
    <div className="ranking-apart">
      <section aria-labelledby="apart-ineligible">
        <h2 id="apart-ineligible">{t('ranking.ineligible', { count: ranking.ineligible.length })}</h2>
        {ranking.ineligible.length ? (
          <ul data-testid="ranking-ineligible">
            {ranking.ineligible.map((d) => (
              <li key={d.dossier}>
                {name(d.dossier)} — <span className="muted">{t('ranking.failed', { checks: d.failed.map(checkLabel).join(', ') })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('ranking.none')}</p>
        )}
      </section>
      <section aria-labelledby="apart-unscored">
        <h2 id="apart-unscored">{t('ranking.unscored', { count: ranking.unscored.length })}</h2>
        {ranking.unscored.length ? <p>{ranking.unscored.map(name).join(' · ')}</p> : <p className="muted">{t('ranking.none')}</p>}
      </section>
      <section aria-labelledby="apart-incomplete">
        <h2 id="apart-incomplete">{t('ranking.incomplete', { count: ranking.incomplete.length })}</h2>
        {byMember.size ? (
          <ul>
            {[...byMember.entries()].map(([member, list]) => (
              <li key={member}>
                <details>
                  <summary>
                    {memberName(members, member)} — {t('ranking.incompleteCount', { count: list.length })}
                  </summary>
                  <p>{list.map(name).join(' · ')}</p>
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('ranking.none')}</p>
        )}
      </section>
    </div>
  );
}
