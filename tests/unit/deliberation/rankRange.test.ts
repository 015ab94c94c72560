import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRanges } from '../../../common/deliberation/rankRange.ts';
import { analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import type { ScoringInput } from '../../../common/scoring/input.ts';
import { makeInput } from '../scoring/build.ts';

const settings = { rankBy: 'normalized', divergenceThreshold: 1 } as const;

/**
 * The independent computation: a member "has a scored sheet" when they scored every criterion of a dossier they are
 * not recused for; leaving them out means rebuilding the session without them (their scores and their seat), not
 * the matrix option rankRanges uses.
 */
function naiveRanges(input: ScoringInput): Map<string, [number, number]> {
  const criteria = input.grid.criteria.map((c) => c.id);
  const scorers = input.members
    .filter((m) => m.role !== 'observer')
    .filter((m) =>
      input.dossiers.some(
        (d) =>
          !input.recusals.some((r) => r.member === m.id && r.dossier === d.id) &&
          criteria.length > 0 &&
          criteria.every((c) => input.scores.some((s) => s.member === m.id && s.dossier === d.id && s.criterion === c)),
      ),
    )
    .map((m) => m.id);
  const rankings = [input, ...scorers.map((id) => ({
    ...input,
    members: input.members.filter((m) => m.id !== id),
    scores: input.scores.filter((s) => s.member !== id),
    recusals: input.recusals.filter((r) => r.member !== id),
  }))].map((i) => rankingOf(analyse(i), settings).ranking);
  const ranges = new Map<string, [number, number]>();
  for (const r of rankings[0]!) {
    const ranks = rankings.flatMap((ranking) => ranking.filter((x) => x.dossier === r.dossier).map((x) => x.rank));
    ranges.set(r.dossier, [Math.min(...ranks), Math.max(...ranks)]);
  }
  return ranges;
}

describe('rank ranges', () => {
  it('widen where one member carries a dossier, and stay narrow where the committee agrees', () => {
    // Six dossiers so that every member's z-scores count (at least five sheets). m3 alone loves C.
    const input = makeInput({
      criteria: [['c', 1]],
      members: ['m1', 'm2', 'm3', ['obs', 'observer']],
      dossiers: ['A', 'B', 'C', 'D', 'E', 'F'],
      scores: {
        m1: { A: [3], B: [2], C: [0], D: [1], E: [1], F: [0] },
        m2: { A: [3], B: [2], C: [1], D: [1], E: [0], F: [0] },
        m3: { A: [3], B: [1], C: [3], D: [0], E: [1], F: [0] },
        obs: { A: [0], B: [0], C: [3], D: [3], E: [3], F: [3] },
      },
    });
    const r = rankRanges(input, settings);
    expect(r.leftOut).toEqual(['m1', 'm2', 'm3']);
    const byId = Object.fromEntries(r.ranges.map((x) => [x.dossier, [x.rank, x.best, x.worst]]));
    expect(byId.A).toEqual([1, 1, 1]);
    expect(byId.C![1]).toBe(2);
    expect(byId.C![2]).toBeGreaterThanOrEqual(4);
    expect(r.ranges.map((x) => x.dossier)).toEqual(r.ranking.ranking.map((x) => x.dossier));
  });

  it('note the rankings from which a dossier drops out when its only scorer is left out', () => {
    const input = makeInput({
      criteria: [['c', 1]],
      members: ['m1', 'm2'],
      dossiers: ['A', 'B'],
      scores: { m1: { A: [3], B: [1] }, m2: { A: [2], B: [null] } },
    });
    const b = rankRanges(input, settings).ranges.find((x) => x.dossier === 'B')!;
    expect(b).toEqual({ dossier: 'B', rank: 2, best: 2, worst: 2, unrankedWithout: ['m1'] });
  });

  it('agree with the independent computation on random sessions', () => {
    const session = fc
      .record({
        members: fc.integer({ min: 1, max: 5 }),
        dossiers: fc.integer({ min: 2, max: 9 }),
      })
      .chain(({ members, dossiers }) =>
        fc.record({
          members: fc.constant(members),
          dossiers: fc.constant(dossiers),
          // Per member and dossier: two scores (null for missing), and whether the member is recused.
          cells: fc.array(
            fc.record({ a: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 6 }), b: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 6 }), recused: fc.boolean() }),
            { minLength: members * dossiers, maxLength: members * dossiers },
          ),
        }),
      );
    fc.assert(
      fc.property(session, ({ members, dossiers, cells }) => {
        const memberIds = Array.from({ length: members }, (_, m) => `m${m}`);
        const dossierIds = Array.from({ length: dossiers }, (_, d) => `D${d}`);
        const scores: Record<string, Record<string, (number | null)[]>> = {};
        const recusals: { member: string; dossier: string }[] = [];
        memberIds.forEach((m, mi) => {
          scores[m] = {};
          dossierIds.forEach((d, di) => {
            const cell = cells[mi * dossiers + di]!;
            // One in eight pairs recused (the boolean alone would recuse half of them).
            if (cell.recused && (mi + di) % 4 === 0) recusals.push({ member: m, dossier: d });
            else scores[m]![d] = [cell.a, cell.b];
          });
        });
        const input = makeInput({ criteria: [['a', 2], ['b', 1]], members: memberIds, dossiers: dossierIds, scores, recusals });
        const expected = naiveRanges(input);
        const got = rankRanges(input, settings).ranges;
        expect(new Map(got.map((r) => [r.dossier, [r.best, r.worst]]))).toEqual(expected);
      }),
      { seed: 2022, numRuns: 150 },
    );
  });
});
