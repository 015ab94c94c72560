import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoring } from '../ScoringContext.ts';
import { RankingApart } from './RankingApart.tsx';
import { RankingGrid, type RankingRow } from './RankingGrid.tsx';
import { useRanking, type RankingState } from './useRanking.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

const FIELDS = ['rank', 'raw', 'normalized', 'median', 'spread', 'scorers', 'tied', 'divergent', 'decidedBy', 'hidden', 'moved', 'name', 'compared', 'current', 'range', 'contested'] as const;

/**
 * The ranking's rows; a row that shows the same figures keeps its object, so that AG Grid redraws only what moved.
 * `current` marks the dossier being scored beside it.
 */
export function useRankingRows(state: RankingState, current: string | null = null): RankingRow[] {
  const { dossiers, basket } = useScoring();
  const previous = useRef<ReadonlyMap<string, RankingRow>>(new Map());
  return useMemo(() => {
    const rows = (state.ranking?.ranking ?? []).map((r): RankingRow => {
      // « 3–7 »; a rank that holds in every ranking is shown alone.
      const range = !r.rankRange ? '' : r.rankRange[0] === r.rankRange[1] ? String(r.rankRange[0]) : `${r.rankRange[0]}–${r.rankRange[1]}`;
      const next = { ...r, name: dossiers.get(r.dossier)?.name ?? r.dossier, compared: basket.includes(r.dossier), current: r.dossier === current, range };
      const before = previous.current.get(r.dossier);
      return before && FIELDS.every((f) => before[f] === next[f]) ? before : next;
    });
    previous.current = new Map(rows.map((r) => [r.dossier, r]));
    return rows;
  }, [state.ranking, dossiers, basket, current]);
}

/** The ranking tab: rank, dossier, normalised and raw side by side, median, spread, count, flags; then what is apart. */
export function RankingView() {
  const { t } = useTranslation('scoring');
  const state = useRanking();
  const rows = useRankingRows(state);
  const [search, setSearch] = useState('');

  if (state.error) return <p role="status" className="blind-note">{errorMessage(state.error)}</p>;
  if (!state.ranking) return <p aria-live="polite">{t('loading')}</p>;
  const r = state.ranking;
  return (
    <div className="ranking-view">
      <p className="muted" data-testid="ranking-summary">
        {t(r.rankBy === 'raw' ? 'ranking.byRaw' : 'ranking.byNormalized')} · {t('ranking.count', { count: r.ranking.length })}
      </p>
      <div className="filters" role="search">
        <label htmlFor="ranking-search">{t('sheet.search')}</label>
        <input id="ranking-search" type="search" value={search} placeholder={t('sheet.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="grid-wrap ranking-grid" data-testid="ranking-grid">
        <RankingGrid rows={rows} search={search} />
      </div>
      <RankingApart ranking={r} />
    </div>
  );
}
