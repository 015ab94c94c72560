/** What every view of the Notation area shares: the session's committee, grid and dossiers, and who is looking.
 * Figures derived from scores are queries of their own, refetched when a change event names their topics
 * (data/queryKeys.ts): nothing here moves when a score is typed. */
import { createContext, useContext } from 'react';
import type { Dossier, Grid, Member, ReferenceLabels } from '../../../common/domain/types.ts';

export const SECRETARIAT = 'secretariat';

export type ScoringTab = 'sheet' | 'ranking' | 'compare' | 'whatIf' | 'charts' | 'conflicts';

export interface ScoringShared {
  /** The open session file (what per-computer choices and drafts are keyed by). */
  sessionPath: string;
  members: Member[];
  grid: Grid;
  dossiers: ReadonlyMap<string, Dossier>;
  labels: ReferenceLabels;
  /** A member id, or null for the secretariat. */
  viewer: string | null;
  /** Who the audit chain names for a change made here. */
  actor: string;
  /** Dossiers picked for the side-by-side comparison (2 to 4). */
  basket: readonly string[];
  toggleBasket: (dossier: string) => void;
  clearBasket: () => void;
  showTab: (tab: ScoringTab) => void;
}

export const ScoringContext = createContext<ScoringShared | null>(null);

export function useScoring(): ScoringShared {
  const shared = useContext(ScoringContext);
  if (!shared) throw new Error('useScoring: outside the Notation area (no ScoringContext provider)');
  return shared;
}

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;
