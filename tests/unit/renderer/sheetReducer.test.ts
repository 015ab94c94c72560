/**
 * The sheet's save rules (renderer/src/scoring/sheet/sheetReducer.ts): what an answer may overwrite, and the
 * comment that waits its turn behind a value instead of writing an old one back.
 */
import { describe, expect, it } from 'vitest';
import type { ScoringSheet, SheetScore } from '../../../common/scoring/views.ts';
import { initialSheetData, sheetReducer, storedScore, type SheetAction, type SheetData } from '../../../renderer/src/scoring/sheet/sheetReducer.ts';
import { cellKey } from '../../../renderer/src/scoring/sheet/sheetModel.ts';

const score = (value: number, comment: string | null = null): SheetScore => ({ value, comment, enteredBy: 'cuf', updatedAt: '2026-12-01T10:00:00Z' });

function sheetWith(scores: Record<string, SheetScore>): ScoringSheet {
  return {
    rows: [{ dossier: 'D1', scores, complete: false, total: null, hidden: false }],
  } as unknown as ScoringSheet;
}

const run = (state: SheetData, ...actions: SheetAction[]) => actions.reduce(sheetReducer, state);
const K = cellKey('D1', 'c1');
const loaded = (state: SheetData, sheet: ScoringSheet) => run(state, { type: 'loaded', sheet, startedAt: state.writes });

describe('sheetReducer', () => {
  it('a value on its way shows as pending, then as what the file holds', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({}));
    s = run(s, { type: 'valueAsked', dossier: 'D1', criterion: 'c1', value: 2 });
    expect(s.pending.get(K)).toBe(2);
    expect(s.inFlight).toBe(1);
    s = run(s, { type: 'valueAnswered', dossier: 'D1', criterion: 'c1', seq: 1, typed: 2, result: { ok: true, score: score(2) } });
    expect(s.pending.has(K)).toBe(false);
    expect(storedScore(s, 'D1', 'c1')?.value).toBe(2);
    expect(s.inFlight).toBe(0);
  });

  it('a refused write keeps what was typed, with the message, in the cell', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({}));
    s = run(
      s,
      { type: 'valueAsked', dossier: 'D1', criterion: 'c1', value: 9 },
      { type: 'valueAnswered', dossier: 'D1', criterion: 'c1', seq: 1, typed: 9, result: { ok: false, error: 'hors échelle' } },
    );
    expect(s.drafts.get(K)).toEqual({ typed: '9', error: 'hors échelle' });
    expect(s.pending.has(K)).toBe(false);
  });

  it('an earlier write answering after a later one on the same cell leaves the cell to the later one', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({}));
    s = run(
      s,
      { type: 'valueAsked', dossier: 'D1', criterion: 'c1', value: 1 },
      { type: 'valueAsked', dossier: 'D1', criterion: 'c1', value: 3 },
      { type: 'valueAnswered', dossier: 'D1', criterion: 'c1', seq: 1, typed: 1, result: { ok: false, error: 'x' } },
    );
    expect(s.pending.get(K)).toBe(3);
    expect(s.drafts.has(K)).toBe(false);
  });

  it('a sheet fetched before (or during) a write is dropped; one fetched after the writes settled is taken', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({ c1: score(1) }));
    const startedAt = s.writes;
    s = run(s, { type: 'valueAsked', dossier: 'D1', criterion: 'c1', value: 2 });
    const stale = sheetWith({ c1: score(1) });
    expect(run(s, { type: 'loaded', sheet: stale, startedAt }).sheet).toBe(s.sheet);
    // Started after the write was asked but answered while it was under way: dropped too.
    expect(run(s, { type: 'loaded', sheet: stale, startedAt: s.writes }).sheet).toBe(s.sheet);
    s = run(s, { type: 'valueAnswered', dossier: 'D1', criterion: 'c1', seq: 1, typed: 2, result: { ok: true, score: score(2) } });
    const fresh = sheetWith({ c1: score(2) });
    expect(run(s, { type: 'loaded', sheet: fresh, startedAt: s.writes }).sheet).toBe(fresh);
  });

  it('a comment asked while a value is on its way takes the value the file holds when its turn comes', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({ c1: score(1) }));
    s = run(s, { type: 'valueAsked', dossier: 'D1', criterion: 'c1', value: 3 }, { type: 'commentAsked' });
    // The queue runs the value first; when the comment's turn comes, it reads the stored value…
    s = run(s, { type: 'valueAnswered', dossier: 'D1', criterion: 'c1', seq: 1, typed: 3, result: { ok: true, score: score(3) } });
    expect(storedScore(s, 'D1', 'c1')?.value).toBe(3);
    s = run(s, { type: 'commentAnswered', dossier: 'D1', criterion: 'c1', score: score(3, 'solide') });
    expect(storedScore(s, 'D1', 'c1')).toMatchObject({ value: 3, comment: 'solide' });
    expect(s.inFlight).toBe(0);
  });

  it('a comment under way makes a sheet fetched meanwhile stale', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({ c1: score(1) }));
    const startedAt = s.writes;
    s = run(s, { type: 'commentAsked' });
    expect(run(s, { type: 'loaded', sheet: sheetWith({}), startedAt }).sheet).toBe(s.sheet);
  });

  it('a refused entry typed, then cleared, leaves nothing behind', () => {
    let s = loaded(initialSheetData(new Map()), sheetWith({}));
    s = run(s, { type: 'refused', dossier: 'D1', criterion: 'c1', draft: { typed: 'x', error: 'pas un nombre' } });
    expect(s.drafts.get(K)?.typed).toBe('x');
    s = run(s, { type: 'draftDropped', dossier: 'D1', criterion: 'c1' });
    expect(s.drafts.size).toBe(0);
  });
});
