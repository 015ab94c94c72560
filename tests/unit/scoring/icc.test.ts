import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementOf, analyse } from '../../../common/scoring/analyse.ts';
import { icc2 } from '../../../common/scoring/icc.ts';
import { makeInput } from './build.ts';

/** Shrout & Fleiss (1979), Table 2: six targets rated by four judges; Table 4 gives ICC(2,1) = .29, ICC(2,k) = .62. */
const table2 = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('ICC after Shrout & Fleiss (1979), case 2', () => {
  it('reproduces Table 4 on the data of Table 2: ICC(2,1) = 0.29 and ICC(2,k) = 0.62', () => {
    const r = icc2(table2);
    expect(r.icc21).toBeCloseTo(0.29, 2);
    expect(r.icc2k).toBeCloseTo(0.62, 2);
    expect(r).toMatchObject({ targets: 6, judges: 4 });
  });

  it('matches the formulas on the ANOVA mean squares of Table 3 (BMS 11.24, JMS 32.49, EMS 1.02)', () => {
    // The mean squares of Table 3, unrounded (SS_targets/5, SS_judges/3, SS_error/15).
    const bms = 11.241666666666667;
    const jms = 32.486111111111114;
    const ems = 1.0194444444444446;
    const r = icc2(table2);
    expect(r.icc21).toBeCloseTo((bms - ems) / (bms + 3 * ems + (4 * (jms - ems)) / 6), 10);
    expect(r.icc2k).toBeCloseTo((bms - ems) / (bms + (jms - ems) / 6), 10);
  });

  it('gives the same figures through the session pipeline (dossiers as targets, members as judges)', () => {
    const members = ['j1', 'j2', 'j3', 'j4'];
    const scores = Object.fromEntries(members.map((m, j) => [m, Object.fromEntries(table2.map((row, i) => [`t${i + 1}`, [row[j]!]]))]));
    const input = makeInput({ criteria: [['c', 1]], members, dossiers: table2.map((_r, i) => `t${i + 1}`), scores, scale: { min: 0, max: 10, step: 1 } });
    const stats = agreementOf(analyse(input)).criteria[0]!;
    expect(stats).toMatchObject({ iccUnits: 6, iccRaters: 4 });
    expect(stats.icc21).toBeCloseTo(icc2(table2).icc21!, 12);
    expect(stats.icc2k).toBeCloseTo(icc2(table2).icc2k!, 12);
  });

  it('is 1 when judges agree exactly, and undefined with fewer than two targets or judges or no variation', () => {
    expect(icc2([[1, 1, 1], [2, 2, 2], [3, 3, 3]]).icc21).toBeCloseTo(1, 12);
    expect(icc2([[1, 1, 1]]).icc21).toBeNull();
    expect(icc2([[1], [2]]).icc2k).toBeNull();
    expect(icc2([[2, 2], [2, 2]])).toMatchObject({ icc21: null, icc2k: null });
  });

  it('does not change when the same constant is added to every rating, and ICC(2,k) >= ICC(2,1) when positive', () => {
    const tableArb = fc
      .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 6 }))
      .chain(([n, k]) => fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: k, maxLength: k }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(tableArb, fc.integer({ min: -10, max: 10 }), (rows, shift) => {
        const a = icc2(rows);
        const b = icc2(rows.map((r) => r.map((v) => v + shift)));
        if (a.icc21 === null) return b.icc21 === null;
        const sameShift = b.icc21 !== null && Math.abs(a.icc21 - b.icc21) < 1e-9;
        const ordered = a.icc21 <= 0 || a.icc2k === null || a.icc2k >= a.icc21 - 1e-12;
        return sameShift && ordered;
      }),
    );
  });
});
