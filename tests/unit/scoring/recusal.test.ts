import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementOf, analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import { compareDossiers } from '../../../common/scoring/compare.ts';
import type { ScoringInput } from '../../../common/scoring/input.ts';
import { makeInput } from './build.ts';

const settings = { rankBy: 'normalized', divergenceThreshold: 1 } as const;

describe('recused pairs are excluded from everything', () => {
  // m3 declared a conflict for D1 but a score for it is on file (typed before the declaration, or imported).
  const input = makeInput({
    criteria: [['a', 1], ['b', 1]],
    members: ['m1', 'm2', 'm3'],
    dossiers: ['D1', 'D2'],
    scores: {
      m1: { D1: [2, 2], D2: [1, 1] },
      m2: { D1: [3, 3], D2: [2, 2] },
      m3: { D1: [0, 0], D2: [3, 3] },
    },
    recusals: [{ member: 'm3', dossier: 'D1' }],
  });

  it('from the aggregates of that dossier, but not from the member’s other dossiers', () => {
    const r = rankingOf(analyse(input), settings);
    expect(r.ranking.find((x) => x.dossier === 'D1')).toMatchObject({ raw: 2.5, scorers: 2, spread: 1 });
    expect(r.ranking.find((x) => x.dossier === 'D2')).toMatchObject({ raw: 2, scorers: 3 });
  });

  it('from the sheets owed: a recused member owes no sheet for that dossier', () => {
    const partial: ScoringInput = { ...input, scores: input.scores.filter((s) => s.member !== 'm3') };
    expect(rankingOf(analyse(partial), settings).incomplete).toEqual([{ member: 'm3', dossier: 'D2' }]);
  });

  it('from agreement and from the side-by-side comparison', () => {
    const a = analyse(input);
    expect(agreementOf(a).criteria[0]!.units).toBe(2);
    const cells = compareDossiers(a, ['D1']).criteria[0]!.cells[0]!;
    expect(cells.scores.map((s) => s.member)).toEqual(['m1', 'm2']);
    expect(cells.mean).toBe(2.5);
  });

  it('exactly as if the recused member had never scored the dossier (random sessions)', () => {
    const arb = fc.record({
      values: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { freq: 5 }), { minLength: 12, maxLength: 12 }), { minLength: 6, maxLength: 6 }),
      recused: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 })), { maxLength: 6, selector: ([m, d]) => `${m}:${d}` }),
    });
    fc.assert(
      fc.property(arb, ({ values, recused }) => {
        // values[d] holds 4 members × 3 criteria.
        const members = ['m0', 'm1', 'm2', 'm3'];
        const scores = Object.fromEntries(members.map((m, mi) => [m, Object.fromEntries(values.map((row, d) => [`d${d}`, row.slice(mi * 3, mi * 3 + 3)]))]));
        const spec = { criteria: [['a', 1], ['b', 2], ['c', 1]] as [string, number][], members, dossiers: values.map((_r, d) => `d${d}`), scores };
        const recusals = recused.map(([m, d]) => ({ member: `m${m}`, dossier: `d${d}` }));
        const withRecusal = makeInput({ ...spec, recusals });
        const withoutScores = { ...withRecusal, scores: withRecusal.scores.filter((s) => !recusals.some((r) => r.member === s.member && r.dossier === s.dossier)) };
        const a = analyse(withRecusal);
        const b = analyse(withoutScores);
        return (
          JSON.stringify(rankingOf(a, settings)) === JSON.stringify(rankingOf(b, settings)) &&
          JSON.stringify(agreementOf(a)) === JSON.stringify(agreementOf(b))
        );
      }),
    );
  });
});
