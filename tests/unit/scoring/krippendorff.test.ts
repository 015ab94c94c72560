import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../common/scoring/krippendorff.ts';
import { agreement } from '../../../common/scoring/agreement.ts';
import { analyse } from '../../../common/scoring/analyse.ts';
import { makeInput } from './build.ts';

/**
 * The reliability data matrix of Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C
 * (4 observers × 12 units, missing values marked null), with the alphas the paper reports for it.
 */
const _ = null;
const observers: Record<string, (number | null)[]> = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
};
const units = Array.from({ length: 12 }, (_u, u) =>
  Object.values(observers)
    .map((row) => row[u]!)
    .filter((v): v is number => v !== null),
);

describe("Krippendorff's alpha", () => {
  it('reproduces the paper: interval alpha = 0.849 on the 4 × 12 example with missing values', () => {
    const r = krippendorffAlpha(units, 'interval');
    expect(r.alpha).toBeCloseTo(0.849, 3);
    // Unit 12 has a single value: it is not pairable and is left out (11 units, 40 pairable values).
    expect(r.units).toBe(11);
    expect(r.values).toBe(40);
  });

  it('reproduces the paper: nominal alpha = 0.743 on the same data', () => {
    expect(krippendorffAlpha(units, 'nominal').alpha).toBeCloseTo(0.743, 3);
  });

  it('gives the same alpha through the session pipeline (dossiers as units, members as observers)', () => {
    const dossiers = Array.from({ length: 12 }, (_u, i) => `u${i + 1}`);
    const scores = Object.fromEntries(
      Object.entries(observers).map(([m, row]) => [m, Object.fromEntries(row.map((v, u) => [`u${u + 1}`, [v]]))]),
    );
    const a = analyse(makeInput({ criteria: [['c', 1]], members: Object.keys(observers), dossiers, scores, scale: { min: 0, max: 5, step: 1 } }));
    const stats = agreement(a.mx, a.totals);
    expect(stats.criteria[0]!.alpha).toBeCloseTo(0.849, 3);
    expect(stats.criteria[0]!.units).toBe(11);
    // With one criterion, T is the score itself: the total's alpha is the same number.
    expect(stats.total.alpha).toBeCloseTo(stats.criteria[0]!.alpha!, 12);
  });

  it('is 1 when observers agree perfectly and undefined (null) when nothing varies or nothing pairs', () => {
    expect(krippendorffAlpha([[1, 1], [2, 2, 2], [3, 3]]).alpha).toBeCloseTo(1, 12);
    expect(krippendorffAlpha([[2, 2], [2, 2]]).alpha).toBeNull();
    expect(krippendorffAlpha([[1], [2], []])).toEqual({ alpha: null, units: 0, values: 0 });
  });

  const unitsArb = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 6 }), {
    minLength: 2,
    maxLength: 15,
  });

  it('does not change when a positive affine map is applied to every value (interval metric)', () => {
    fc.assert(
      fc.property(unitsArb, fc.double({ min: 0.1, max: 10, noNaN: true }), fc.integer({ min: -5, max: 5 }), (us, a, b) => {
        const before = krippendorffAlpha(us).alpha;
        const after = krippendorffAlpha(us.map((u) => u.map((v) => a * v + b))).alpha;
        // No variation stays no variation: alpha stays undefined.
        if (before === null) return after === null;
        return after !== null && Math.abs(after - before) < 1e-9;
      }),
    );
  });

  it('ignores the order of units and of values within a unit, and units with fewer than two values', () => {
    fc.assert(
      fc.property(unitsArb, fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 1 }), (us, single) => {
        const before = krippendorffAlpha(us).alpha;
        const shuffled = [...us].reverse().map((u) => [...u].reverse());
        const after = krippendorffAlpha([...shuffled, single]).alpha;
        return before === null ? after === null : after !== null && Math.abs(after - before) < 1e-12;
      }),
    );
  });
});
