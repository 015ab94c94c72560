/**
 * The ranking as the viewer may see it, fetched again as soon as a change is saved here (without waiting for React to
 * render), and when changes made elsewhere may have arrived. The last ranking stays on screen while the next one
 * loads, and each row carries how far it moved since then.
 */
import type { AppErrorShape } from '../../../../common/result.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RankingView, RankingViewRow } from '../../../../common/scoring/views.ts';
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

export function useRanking(): RankingState {
  const { viewer, refreshTick, onChanged } = useScoring();
  const [state, setState] = useState<RankingState>({ ranking: null, error: null });
  const previous = useRef<Map<string, number> | null>(null);
  const asked = useRef(0);

  const fetchRanking = useCallback(() => {
    asked.current += 1;
    const call = asked.current;
    void api.ranking({ viewer }).then((r) => {
      // Answers can cross on the wire: only the latest question's answer is shown.
      if (call !== asked.current) return;
      if (!r.ok) {
        setState({ ranking: null, error: r.error });
        return;
      }
      const before = previous.current;
      const ranking = r.value.ranking.map((row): MovedRow => {
        const was = before?.get(row.dossier);
        return { ...row, moved: was === undefined ? null : was - row.rank };
      });
      previous.current = new Map(r.value.ranking.map((row) => [row.dossier, row.rank]));
      setState({ ranking: { ...r.value, ranking }, error: null });
    });
  }, [viewer]);

  useEffect(() => fetchRanking(), [fetchRanking, refreshTick]);
  useEffect(() => onChanged(fetchRanking), [onChanged, fetchRanking]);

  return state;
}
