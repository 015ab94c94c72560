import { describe, expect, it } from 'vitest';
import { analyse } from '../../../common/scoring/analyse.ts';
import { compareDossiers } from '../../../common/scoring/compare.ts';
import { readOnScale, scaleLevels } from '../../../common/scoring/scale.ts';
import { weightedTotal } from '../../../common/scoring/totals.ts';
import { seesOthersScores, type VisibilityRules } from '../../../common/scoring/visibility.ts';
import { makeInput } from './build.ts';

describe('sheets and totals', () => {
  it('counts a sheet only when every criterion is scored', () => {
    const a = analyse(
      makeInput({
        criteria: [['a', 1], ['b', 1]],
        members: ['m1', 'm2'],
        dossiers: ['D'],
        scores: { m1: { D: [3, 3] }, m2: { D: [0, null] } },
      }),
    );
    expect(Array.from(a.complete)).toEqual([1, 0]);
    expect(a.aggregates[0]).toMatchObject({ raw: 3, count: 1 });
  });

  it('computes T for one sheet, and refuses to invent it when a value is missing or weights sum to zero', () => {
    expect(weightedTotal([2, 1, 1], [3, 1, 2])).toBe(9 / 4);
    expect(weightedTotal([1, 1], [3, Number.NaN])).toBeNull();
    expect(weightedTotal([0, 0], [3, 3])).toBeNull();
  });
});

describe('scale', () => {
  const scale = { min: 0, max: 3, step: 1 };
  it('accepts the levels of the scale and refuses values outside it or between steps, saying why', () => {
    expect([0, 1, 2, 3].map((v) => readOnScale(v, scale))).toEqual([0, 1, 2, 3].map((value) => ({ ok: true, value })));
    expect(readOnScale(4, scale)).toEqual({ ok: false, fault: 'outOfRange' });
    expect(readOnScale(-1, scale)).toEqual({ ok: false, fault: 'outOfRange' });
    expect(readOnScale(1.5, scale)).toEqual({ ok: false, fault: 'offStep' });
    expect(readOnScale(Number.NaN, scale)).toEqual({ ok: false, fault: 'notANumber' });
    expect(readOnScale(Number.POSITIVE_INFINITY, scale)).toEqual({ ok: false, fault: 'notANumber' });
  });
  it('handles decimal steps despite binary floating point', () => {
    const tenth = { min: 0, max: 1, step: 0.1 };
    expect(readOnScale(0.3, tenth)).toEqual({ ok: true, value: 0.3 });
    expect(readOnScale(0.1 + 0.2, tenth)).toEqual({ ok: true, value: 0.3 });
    expect(readOnScale(0.7, tenth)).toEqual({ ok: true, value: 0.7 });
    expect(readOnScale(0.25, tenth)).toEqual({ ok: false, fault: 'offStep' });
    expect(scaleLevels(tenth)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
  it('snaps a value within 1e-9 of a level to that level, even just outside the bounds, and refuses beyond', () => {
    expect(readOnScale(3.0000000009, scale)).toEqual({ ok: true, value: 3 });
    expect(readOnScale(-9e-10, scale)).toEqual({ ok: true, value: 0 });
    expect(readOnScale(5e-324, scale)).toEqual({ ok: true, value: 0 });
    expect(readOnScale(1.0000000001, scale)).toEqual({ ok: true, value: 1 });
    expect(readOnScale(3.000001, scale)).toEqual({ ok: false, fault: 'outOfRange' });
    expect(readOnScale(-0.00001, scale)).toEqual({ ok: false, fault: 'outOfRange' });
    expect(readOnScale(2.5, scale)).toEqual({ ok: false, fault: 'offStep' });
  });
});

describe('side-by-side comparison', () => {
  it('gives per criterion and dossier the mean and spread of complete sheets and every score, in the order asked', () => {
    const a = analyse(
      makeInput({
        criteria: [['a', 1], ['b', 1]],
        members: ['m1', 'm2', 'm3'],
        dossiers: ['D1', 'D2', 'D3'],
        scores: { m1: { D1: [3, 2], D2: [1, 1] }, m2: { D1: [1, 2], D2: [2, 0] }, m3: { D1: [0, null] } },
      }),
    );
    const cmp = compareDossiers(a, ['D2', 'D1']);
    expect(cmp.dossiers).toEqual(['D2', 'D1']);
    expect(cmp.criteria[0]!.cells[1]).toEqual({
      dossier: 'D1',
      mean: 2,
      spread: 2,
      scores: [
        { member: 'm1', value: 3, complete: true },
        { member: 'm2', value: 1, complete: true },
        { member: 'm3', value: 0, complete: false },
      ],
    });
    expect(cmp.totals.map((t) => [t.dossier, t.raw, t.scorers])).toEqual([['D2', 1, 2], ['D1', 2, 2]]);
  });
});

describe('visibility of the others’ scores', () => {
  const rules = (blind: boolean, marked: string[] = []): VisibilityRules => ({
    blind,
    recusals: [{ member: 'm1', dossier: 'D1' }],
    markedComplete: new Set(marked),
  });
  it('hides a dossier from the member recused on it, whatever the mode', () => {
    expect(seesOthersScores('m1', 'D1', rules(false))).toBe(false);
    expect(seesOthersScores('m1', 'D1', rules(true, ['m1']))).toBe(false);
    expect(seesOthersScores('m1', 'D2', rules(false))).toBe(true);
  });
  it('in blind mode, hides everything until the member marks their sheet complete', () => {
    expect(seesOthersScores('m2', 'D2', rules(true))).toBe(false);
    expect(seesOthersScores('m2', 'D2', rules(true, ['m2']))).toBe(true);
  });
  it('shows everything to the secretariat', () => {
    expect(seesOthersScores(null, 'D1', rules(true))).toBe(true);
  });
});
