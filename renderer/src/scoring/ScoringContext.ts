/** What every view of the Notation area shares: the session's committee, grid and dossiers, who is looking, and a
 * revision counter that moves after every change so that figures derived from scores are fetched again. */
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
  /** Moves only when changes made elsewhere may have arrived (focus, visibility, polling). */
  refreshTick: number;
  changed: () => void;
  /**
   * Calls `listener` at once after each change made here, before React renders anything: the ranking asks for its
   * new figures in the same tick as the write's answer (the time from keystroke to ranking is measured).
   */
  onChanged: (listener: () => void) => () => void;
  /** Dossiers picked for the side-by-side comparison (2 to 4). */
  basket: readonly string[];
  toggleBasket: (dossier: string) => void;
  clearBasket: () => void;
  showTab: (tab: ScoringTab) => void;
}

export const ScoringContext = createContext<ScoringShared | null>(null);

/**
 * Moves after each change to scores, conflicts or eligibility (here or, polled, elsewhere). A context of its own, so
 * that a keystroke re-renders only the views that fetch figures again (comparison, what-if, charts, conflicts), not
 * the sheet being typed in.
 */
export const RevisionContext = createContext(0);
export const useRevision = () => useContext(RevisionContext);

export function useScoring(): ScoringShared {
  const shared = useContext(ScoringContext);
  if (!shared) throw new Error('useScoring: outside the Notation area (no ScoringContext provider)');
  return shared;
}

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;
