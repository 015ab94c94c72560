/**
 * The ranking as the viewer may see it, from the query cache: fetched again when a change event names scores,
 * conflicts, eligibility, the grid… (data/queryKeys.ts), whichever window or process made the change. The last
 * ranking stays on screen while the next one loads, and each row carries how far it moved since then.
 */
import { useMemo, useRef } from 'react';
import type { AppErrorShape } from '../../../../common/result.ts';
import type { RankingView, RankingViewRow } from '../../../../common/scoring/views.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { useScoring } from '../ScoringContext.ts';

export type MovedRow = RankingViewRow & {
  /** Places gained since the previous fetch (positive: up); null when new to the ranking or on first load. */
  moved: number | null;
};

export interface RankingState {
  ranking: (Omit<RankingView, 'ranking'> & { ranking: MovedRow[] }) | null;
  error: AppErrorShape | null;
}

/** `ranges` false: without the rank ranges, which the compact ranking beside the sheet does not show (and cost most). */
export function useRanking({ ranges = true }: { ranges?: boolean } = {}): RankingState {
  const { viewer } = useScoring();
  const query = useApiQuery(queryKeys.ranking(viewer, ranges), () => api.ranking({ viewer, ranges }), { keepPrevious: true });
  // The ranking this view showed before the current one, to say how far each dossier moved. Kept by the answer it
  // came with, so that rendering twice (StrictMode) gives the same figures.
  const shown = useRef<{ view: RankingView; before: Map<string, number> | null; ranks: Map<string, number> } | null>(null);
  const view = query.data;
  if (view && shown.current?.view !== view) {
    shown.current = { view, before: shown.current?.ranks ?? null, ranks: new Map(view.ranking.map((row) => [row.dossier, row.rank])) };
  }
  const before = shown.current?.before ?? null;
  const ranking = useMemo(() => {
    if (!view) return null;
    const rows = view.ranking.map((row): MovedRow => {
      const was = before?.get(row.dossier);
      return { ...row, moved: was === undefined ? null : was - row.rank };
    });
    return { ...view, ranking: rows };
  }, [view, before]);
  return { ranking, error: query.errorShape };
}
