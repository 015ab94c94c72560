/**
 * What the sheet holds between the core and the grid, as one reducer: the core's sheet, the values on their way to
 * the file (`pending`), the refused entries kept as typed (`drafts`), and the bookkeeping of the ordered save queue.
 * Pure (no React, no api): every rule about which answer may overwrite what is here and tested
 * (tests/unit/scoring/sheetReducer.test.ts).
 *
 * - Writes (values, clears, comments) go through one queue in the order they were asked; `writes` counts them as
 *   they are asked, `inFlight` as long as they are not answered.
 * - A sheet fetched while a write was asked or under way is stale: dropped (`loaded` carries the `writes` count at
 *   the time the fetch started). The sheet is fetched again once the queue is idle.
 * - The latest write of a cell owns its state: an earlier one answering late patches the sheet (the file did take
 *   it) but does not clear the cell's pending value or set its draft.
 */
import type { ScoringSheet, SheetScore } from '../../../../common/scoring/views.ts';
import { cellKey, patchScore, type CellDraft } from './sheetModel.ts';

export interface SheetData {
  sheet: ScoringSheet | null;
  loadError: string | null;
  pending: ReadonlyMap<string, number | null>;
  drafts: ReadonlyMap<string, CellDraft>;
  /** Writes asked so far (values, clears, comments) and entries refused or dropped: what a fetched sheet must match. */
  writes: number;
  /** Writes asked and not yet answered. */
  inFlight: number;
  /** By cell: the number of the write (or refusal) that last touched it. */
  latest: ReadonlyMap<string, number>;
}

export type SheetAction =
  | { type: 'loaded'; sheet: ScoringSheet; startedAt: number }
  | { type: 'loadFailed'; error: string; startedAt: number }
  /** A value (or, null, a clear) is queued for the file. */
  | { type: 'valueAsked'; dossier: string; criterion: string; value: number | null }
  /** The core answered a value write: `seq` is the write's number, `score` what the cell holds now (null: cleared). */
  | { type: 'valueAnswered'; dossier: string; criterion: string; seq: number; typed: number | null; result: { ok: true; score: SheetScore | null } | { ok: false; error: string } }
  | { type: 'commentAsked' }
  /** `score` undefined: nothing was written (no stored value to comment on, or the core refused). */
  | { type: 'commentAnswered'; dossier: string; criterion: string; score?: SheetScore }
  | { type: 'refused'; dossier: string; criterion: string; draft: CellDraft }
  | { type: 'draftDropped'; dossier: string; criterion: string };

export const initialSheetData = (drafts: ReadonlyMap<string, CellDraft>): SheetData => ({
  sheet: null,
  loadError: null,
  pending: new Map(),
  drafts,
  writes: 0,
  inFlight: 0,
  latest: new Map(),
});

const without = <V,>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> => {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
};
const withEntry = <V,>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> => new Map(map).set(key, value);

export function sheetReducer(state: SheetData, action: SheetAction): SheetData {
  switch (action.type) {
    case 'loaded':
      if (action.startedAt !== state.writes || state.inFlight > 0) return state;
      return { ...state, sheet: action.sheet, loadError: null };
    case 'loadFailed':
      if (action.startedAt !== state.writes || state.inFlight > 0) return state;
      return { ...state, loadError: action.error };
    case 'valueAsked': {
      const key = cellKey(action.dossier, action.criterion);
      const seq = state.writes + 1;
      return {
        ...state,
        writes: seq,
        inFlight: state.inFlight + 1,
        latest: withEntry(state.latest, key, seq),
        drafts: without(state.drafts, key),
        pending: withEntry(state.pending, key, action.value),
      };
    }
    case 'valueAnswered': {
      const key = cellKey(action.dossier, action.criterion);
      const { result } = action;
      const sheet = result.ok && state.sheet ? patchScore(state.sheet, action.dossier, action.criterion, result.score) : state.sheet;
      const next = { ...state, sheet, inFlight: state.inFlight - 1 };
      if (state.latest.get(key) !== action.seq) return next;
      return {
        ...next,
        pending: without(state.pending, key),
        drafts: result.ok ? state.drafts : withEntry(state.drafts, key, { typed: action.typed === null ? '' : String(action.typed), error: result.error }),
      };
    }
    case 'commentAsked':
      return { ...state, writes: state.writes + 1, inFlight: state.inFlight + 1 };
    case 'commentAnswered': {
      const sheet = action.score && state.sheet ? patchScore(state.sheet, action.dossier, action.criterion, action.score) : state.sheet;
      return { ...state, sheet, inFlight: state.inFlight - 1 };
    }
    case 'refused': {
      const key = cellKey(action.dossier, action.criterion);
      const seq = state.writes + 1;
      return { ...state, writes: seq, latest: withEntry(state.latest, key, seq), pending: without(state.pending, key), drafts: withEntry(state.drafts, key, action.draft) };
    }
    case 'draftDropped': {
      const key = cellKey(action.dossier, action.criterion);
      const seq = state.writes + 1;
      return { ...state, writes: seq, latest: withEntry(state.latest, key, seq), drafts: without(state.drafts, key) };
    }
  }
}

/** The value the file holds for a cell, as far as this sheet knows after the writes answered so far. */
export function storedScore(state: SheetData, dossier: string, criterion: string): SheetScore | undefined {
  return state.sheet?.rows.find((r) => r.dossier === dossier)?.scores[criterion];
}
