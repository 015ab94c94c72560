/**
 * Refused entries (a value the core would not take, kept in its cell as typed) survive a reload or a crash of the
 * window: nothing typed is lost before the person corrects or clears it. Kept per session file and member, on this
 * computer (localStorage), like the "Qui note ?" choice.
 */
import type { CellDraft } from './sheetModel.ts';

const storageKey = (sessionPath: string, member: string) => `comitia.scoring.drafts:${sessionPath}:${member}`;

export function readDrafts(sessionPath: string, member: string): Map<string, CellDraft> {
  try {
    const raw = localStorage.getItem(storageKey(sessionPath, member));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object') return new Map();
    const entries = Object.entries(parsed as Record<string, unknown>).filter(
      (e): e is [string, CellDraft] =>
        typeof e[1] === 'object' && e[1] !== null && typeof (e[1] as CellDraft).typed === 'string' && typeof (e[1] as CellDraft).error === 'string',
    );
    return new Map(entries);
  } catch {
    // Unreadable storage (quota, privacy mode, a hand-edited value): start without drafts rather than fail the sheet.
    return new Map();
  }
}

export function writeDrafts(sessionPath: string, member: string, drafts: ReadonlyMap<string, CellDraft>): void {
  try {
    if (drafts.size === 0) localStorage.removeItem(storageKey(sessionPath, member));
    else localStorage.setItem(storageKey(sessionPath, member), JSON.stringify(Object.fromEntries(drafts)));
  } catch {
    // Storage full or refused: the drafts stay on screen for this visit, as before.
  }
}
