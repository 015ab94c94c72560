import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTargets, REPRESENTED_ECHELONS, territoiresVolontairesTargets, type DossierFlag, type Target } from '../../../common/deliberation/targets.ts';
import { ECHELONS } from '../../../common/domain/types.ts';
import { loadHighs } from '../../../main/deliberation/highs.ts';
import { analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import { candidatesFromRanking, proposeSelection, type ProposalCandidate } from '../../../main/deliberation/proposeSelection.ts';
import { makeInput } from '../scoring/build.ts';
import { dossier } from './targetData.ts';

const candidate = (id: string, value: number, facts: Parameters<typeof dossier>[1] = {}): ProposalCandidate => ({ ...dossier(id, facts), value });

interface Expected {
  status: 'optimal' | 'infeasible';
  objective: number;
  binding: string[];
  conflicting: string[];
  /** Targets relaxed for the expected objective, as a bit mask. */
  relaxed: number;
}

/**
 * The brute force: every subset of the eligible candidates, each with the set of targets it violates (as
 * evaluateTargets says, not the solver's rows). The best value under a relaxation R is the best subset whose
 * violations all lie in R.
 */
function bruteForce(candidates: ProposalCandidate[], targets: Target[]): Expected {
  const pool = candidates.filter((c) => c.eligible !== false);
  const K = targets.length;
  const bestByViolations = new Array<number>(1 << K).fill(-Infinity);
  for (let mask = 0; mask < 1 << pool.length; mask += 1) {
    const chosen = pool.filter((_, i) => mask & (1 << i));
    const violated = evaluateTargets(targets, chosen).reduce((v, s, k) => (s.met ? v : v | (1 << k)), 0);
    const value = chosen.reduce((sum, c) => sum + c.value, 0);
    bestByViolations[violated] = Math.max(bestByViolations[violated]!, value);
  }
  const best = (relaxed: number): number => {
    let b = -Infinity;
    for (let v = 0; v < 1 << K; v += 1) if ((v & ~relaxed) === 0) b = Math.max(b, bestByViolations[v]!);
    return b;
  };
  const full = best(0);
  const ids = (mask: number) => targets.filter((_, k) => mask & (1 << k)).map((t) => t.id);
  if (full > -Infinity) {
    const binding = targets.filter((_, k) => best(1 << k) > full + 1e-7 * Math.max(1, Math.abs(full))).map((t) => t.id);
    return { status: 'optimal', objective: full, binding, conflicting: [], relaxed: 0 };
  }
  // Smallest relaxations first; within a size, lexicographic order of the target indices (the optimiser's order).
  const masks = Array.from({ length: 1 << K }, (_, m) => m).sort((a, b) => {
    const size = (m: number) => m.toString(2).replaceAll('0', '').length;
    if (size(a) !== size(b)) return size(a) - size(b);
    const ia = ids(a).map((id) => targets.findIndex((t) => t.id === id));
    const ib = ids(b).map((id) => targets.findIndex((t) => t.id === id));
    for (let i = 0; i < ia.length; i += 1) if (ia[i] !== ib[i]) return ia[i]! - ib[i]!;
    return 0;
  });
  const relaxed = masks.find((m) => best(m) > -Infinity)!;
  return { status: 'infeasible', objective: best(relaxed), binding: [], conflicting: ids(relaxed), relaxed };
}

const flag = fc.constantFrom<DossierFlag>('firstTime', 'outreMer', 'priorityCountry');
const share = fc.constantFrom(0.25, 0.4, 0.5, 0.6);
const bounds = (limit: number) =>
  fc.oneof(
    fc.record({ min: fc.integer({ min: 0, max: limit }), max: fc.constant(null) }),
    fc.record({ min: fc.constant(null), max: fc.integer({ min: 0, max: limit }) }),
  );
const shareBounds = fc.oneof(fc.record({ min: share, max: fc.constant(null) }), fc.record({ min: fc.constant(null), max: share }));

const targetArb = (n: number): fc.Arbitrary<Omit<Target, 'id' | 'label'>> =>
  fc.oneof(
    bounds(n).map((b) => ({ kind: 'count' as const, ...b })),
    fc.tuple(flag, bounds(4)).map(([f, b]) => ({ kind: 'count_with' as const, flag: f, ...b })),
    fc.tuple(flag, shareBounds).map(([f, b]) => ({ kind: 'share_with' as const, flag: f, ...b })),
    bounds(4 * n).map((b) => ({ kind: 'missions' as const, ...b })),
    fc.tuple(flag, shareBounds).map(([f, b]) => ({ kind: 'mission_share_with' as const, flag: f, ...b })),
    fc
      .record({
        echelons: fc.subarray([...REPRESENTED_ECHELONS], { minLength: 1 }),
        minEach: fc.integer({ min: 0, max: 1 }),
        maxShare: fc.option(share, { nil: null }),
      })
      .map((e) => ({ kind: 'echelons' as const, ...e })),
  ) as fc.Arbitrary<Omit<Target, 'id' | 'label'>>;

const instance = fc.integer({ min: 1, max: 15 }).chain((n) =>
  fc.record({
    candidates: fc.array(
      fc.record({
        // Values to the hundredth, some negative (a normalised value can fall below the others' mean).
        value: fc.integer({ min: -300, max: 3000 }).map((v) => v / 100),
        echelon: fc.constantFrom(...ECHELONS),
        firstTime: fc.boolean(),
        outreMer: fc.boolean(),
        priority: fc.boolean(),
        sci: fc.integer({ min: 0, max: 5 }),
        vsi: fc.integer({ min: 0, max: 2 }),
        // One candidate in six ineligible.
        eligible: fc.integer({ min: 0, max: 5 }).map((v) => v !== 0),
      }),
      { minLength: n, maxLength: n },
    ),
    targets: fc.array(targetArb(n), { minLength: 1, maxLength: 4 }),
  }),
);

describe('the proposed selection', () => {
  it('loads HiGHS from node_modules, offline', async () => {
    const highs = await loadHighs();
    expect(highs.version.string).toMatch(/^\d+\.\d+\.\d+/);
    expect(await loadHighs()).toBe(highs);
  });

  it('is the best the brute force finds, with the same binding and conflicting targets, on random sessions of up to 15 dossiers', async () => {
    let infeasible = 0;
    let withBinding = 0;
    await fc.assert(
      fc.asyncProperty(instance, async ({ candidates: drawn, targets: shapes }) => {
        const candidates = drawn.map((c, i) => ({ ...candidate(`D${i}`, c.value, c), eligible: c.eligible }));
        const targets = shapes.map((t, k) => ({ ...t, id: `t${k}`, label: `t${k}` }) as Target);
        const expected = bruteForce(candidates, targets);
        const got = await proposeSelection(candidates, targets);
        expect({ status: got.status, binding: got.binding, conflicting: got.conflicting }).toEqual({
          status: expected.status,
          binding: expected.binding,
          conflicting: expected.conflicting,
        });
        expect(got.objective).toBeCloseTo(expected.objective, 6);
        // The selection itself: eligible, worth what it says, and violating no target left in force.
        const chosen = candidates.filter((c) => got.selected.includes(c.id));
        expect(chosen.every((c) => c.eligible)).toBe(true);
        expect(chosen.reduce((s, c) => s + c.value, 0)).toBeCloseTo(got.objective, 6);
        evaluateTargets(targets, chosen).forEach((s, k) => {
          if (!(expected.relaxed & (1 << k))) expect(s.met).toBe(true);
        });
        if (got.status === 'infeasible') infeasible += 1;
        if (got.binding.length > 0) withBinding += 1;
      }),
      { seed: 1789, numRuns: 60 },
    );
    // The random sessions exercise both outcomes and binding targets, not only the easy case.
    expect(infeasible).toBeGreaterThan(3);
    expect(withBinding).toBeGreaterThan(3);
  });

  it('names the smallest set of conflicting targets when no selection meets them all', async () => {
    // Two overseas dossiers and one with a priority country: asking for three of each needs both relaxed.
    const candidates = [
      candidate('A', 5, { outreMer: true }),
      candidate('B', 4, { outreMer: true, priority: true }),
      candidate('C', 3),
      candidate('D', 2),
    ];
    const targets: Target[] = [
      { id: 'size', label: 'au plus 3', kind: 'count', min: null, max: 3 },
      { id: 'overseas', label: 'trois outre-mer', kind: 'count_with', flag: 'outreMer', min: 3, max: null },
      { id: 'priority', label: 'trois prioritaires', kind: 'count_with', flag: 'priorityCountry', min: 3, max: null },
    ];
    const p = await proposeSelection(candidates, targets);
    expect(p).toMatchObject({ status: 'infeasible', conflicting: ['overseas', 'priority'], binding: [] });
    // What it would take: the best selection with those two relaxed.
    expect(p.selected).toEqual(['A', 'B', 'C']);
    expect(p.objective).toBe(12);
  });

  it('says which targets bind: those whose relaxation alone would raise the sum', async () => {
    const candidates = [candidate('A', 9, { sci: 4 }), candidate('B', 8, { sci: 1, firstTime: true }), candidate('C', 7, { sci: 1 }), candidate('D', 1, { sci: 1, firstTime: true })];
    const targets: Target[] = [
      { id: 'missions', label: 'au plus 5 missions', kind: 'missions', min: null, max: 5 },
      { id: 'half', label: 'moitié de primo-engagées', kind: 'share_with', flag: 'firstTime', min: 0.5, max: null },
      { id: 'some', label: 'au moins une', kind: 'count', min: 1, max: null },
    ];
    const p = await proposeSelection(candidates, targets);
    // A+B is worth 17 and fits; without the budget, A+B+C+D (25); without the share, A+C (16) is worse than A+B.
    expect(p).toMatchObject({ status: 'optimal', selected: ['A', 'B'], objective: 17, binding: ['missions'], conflicting: [] });
    expect(p.targets.map((t) => t.met)).toEqual([true, true, true]);
  });

  it('never proposes an ineligible dossier, whatever its value', async () => {
    const candidates = [candidate('A', 100), { ...candidate('B', 1000), eligible: false }, candidate('C', 1)];
    const p = await proposeSelection(candidates, [{ id: 'n', label: 'n', kind: 'count', min: 1, max: 2 }]);
    expect(p.selected).toEqual(['A', 'C']);
  });

  it('takes its candidates from the ranking: ranked dossiers at their normalised value, never the ineligible or unscored', () => {
    const input = makeInput({
      criteria: [['c', 1]],
      members: ['m1'],
      eligibility: ['collectivite'],
      dossiers: [
        { id: 'A', depositedAt: null, eligibility: { collectivite: true } },
        { id: 'B', depositedAt: null, eligibility: { collectivite: false } },
        { id: 'C', depositedAt: null, eligibility: {} },
        { id: 'D', depositedAt: null, eligibility: {} },
      ],
      scores: { m1: { A: [3], B: [3], C: [1], D: [null] } },
    });
    const ranking = rankingOf(analyse(input), { rankBy: 'normalized', divergenceThreshold: 1 });
    const got = candidatesFromRanking(ranking, ['A', 'B', 'C', 'D'].map((id) => dossier(id)));
    expect(got.map((c) => [c.id, c.value])).toEqual([['A', 3], ['C', 1]]);
  });

  it('handles nothing to choose from', async () => {
    expect(await proposeSelection([], [{ id: 'n', label: 'n', kind: 'count', min: 1, max: null }])).toMatchObject({
      status: 'infeasible',
      selected: [],
      conflicting: ['n'],
    });
    expect(await proposeSelection([], territoiresVolontairesTargets().slice(4))).toMatchObject({ status: 'optimal', objective: 0 });
  });

  it('refuses candidates given twice or without a value', async () => {
    await expect(proposeSelection([candidate('A', 1), candidate('A', 2)], [])).rejects.toMatchObject({ code: 'deliberation.duplicate_candidate' });
    await expect(proposeSelection([candidate('A', Number.NaN)], [])).rejects.toMatchObject({ code: 'deliberation.candidate_value_invalid' });
  });
});
