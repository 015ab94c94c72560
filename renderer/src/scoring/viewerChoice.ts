/**
 * Who is using the Notation area. The application has no login: the person at the keyboard says who they are, the
 * secretariat or a committee member. The choice is remembered per session file on this computer (localStorage), so
 * that a member's laptop reopens on their own sheet.
 */
import { useCallback, useState } from 'react';
import type { Member } from '../../../common/domain/types.ts';
import { scoresInSession } from '../../../common/scoring/input.ts';

export interface ViewerChoice {
  /** A member id, or null for the secretariat. */
  viewer: string | null;
  /** Whose sheet the secretariat is entering (a scoring member id); a member always sees their own. */
  sheetOf: string | null;
}

const storageKey = (sessionPath: string) => `comitia.scoring.viewer:${sessionPath}`;

function read(sessionPath: string): ViewerChoice {
  try {
    const raw = localStorage.getItem(storageKey(sessionPath));
    const parsed = raw ? (JSON.parse(raw) as Partial<ViewerChoice>) : {};
    return {
      viewer: typeof parsed.viewer === 'string' ? parsed.viewer : null,
      sheetOf: typeof parsed.sheetOf === 'string' ? parsed.sheetOf : null,
    };
  } catch {
    return { viewer: null, sheetOf: null };
  }
}

/** Drops ids that are no longer in the committee, and picks a sheet for the secretariat. */
export function settleChoice(choice: ViewerChoice, members: readonly Member[]): ViewerChoice {
  const known = (id: string | null) => (id !== null && members.some((m) => m.id === id) ? id : null);
  const viewer = known(choice.viewer);
  const scorers = members.filter((m) => scoresInSession(m.role));
  const sheetOf = viewer ?? (scorers.some((m) => m.id === choice.sheetOf) ? choice.sheetOf : (scorers[0]?.id ?? null));
  return { viewer, sheetOf };
}

export function useViewerChoice(sessionPath: string, members: readonly Member[]): [ViewerChoice, (next: ViewerChoice) => void] {
  const [stored, setStored] = useState(() => ({ path: sessionPath, choice: read(sessionPath) }));
  const current = stored.path === sessionPath ? stored.choice : read(sessionPath);
  const change = useCallback(
    (next: ViewerChoice) => {
      try {
        localStorage.setItem(storageKey(sessionPath), JSON.stringify(next));
      } catch {
        // Storage refused (private mode, quota): the choice still holds for this visit.
      }
      setStored({ path: sessionPath, choice: next });
    },
    [sessionPath],
  );
  return [settleChoice(current, members), change];
}

/** Who last used the Notation area on this computer for this session (null: the secretariat): the Dossiers pages show scores as they would see them. */
export function storedViewer(sessionPath: string): string | null {
  return read(sessionPath).viewer;
}
