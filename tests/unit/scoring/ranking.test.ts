import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import type { ScoringDossier } from '../../../common/scoring/input.ts';
import { makeInput, totalsInput } from './build.ts';

const raw = { rankBy: 'raw', divergenceThreshold: 1 } as const;
const dossier = (id: string, depositedAt: string | null = null, eligibility: ScoringDossier['eligibility'] = {}) => ({
  id,
  depositedAt,
  eligibility,
});

describe('ranking and tie-breaks', () => {
  // Two criteria of equal weight: D1 (3, 1) and D2 (1, 3) have the same total, 2, and differ on each criterion.
  const equalTotals = (tieBreak: string[], dossiers = [dossier('D1'), dossier('D2')]) =>
    makeInput({
      criteria: [['impact', 1], ['partenariat', 1]],
      members: ['m1'],
      dossiers,
      scores: { m1: { D1: [3, 1], D2: [1, 3] } },
      tieBreak,
    });

  it('orders by the value first, highest first, with competition ranks', () => {
    const r = rankingOf(analyse(totalsInput({ m: { a: 1, b: 3, c: 2 } })), raw);
    expect(r.ranking.map((x) => [x.dossier, x.rank, x.tied, x.decidedBy])).toEqual([
      ['b', 1, false, null],
      ['c', 2, false, null],
      ['a', 3, false, null],
    ]);
  });

  it('breaks a tie with `criterion:<id>`: the higher raw mean on that criterion comes first', () => {
    const byImpact = rankingOf(analyse(equalTotals(['criterion:impact'])), raw).ranking;
    expect(byImpact.map((x) => [x.dossier, x.rank, x.tied, x.decidedBy])).toEqual([
      ['D1', 1, false, 'criterion:impact'],
      ['D2', 2, false, 'criterion:impact'],
    ]);
    const byPartnership = rankingOf(analyse(equalTotals(['criterion:partenariat'])), raw).ranking;
    expect(byPartnership.map((x) => x.dossier)).toEqual(['D2', 'D1']);
  });

  it('applies the rules in order: `deposited` (earlier first) only when the criterion does not separate', () => {
    const input = makeInput({
      criteria: [['impact', 1], ['partenariat', 1]],
      members: ['m1'],
      dossiers: [dossier('late', '2022-03-30T10:00:00+02:00'), dossier('early', '2022-03-01T09:00:00+01:00')],
      scores: { m1: { late: [2, 2], early: [2, 2] } },
      tieBreak: ['criterion:impact', 'deposited'],
    });
    expect(rankingOf(analyse(input), raw).ranking.map((x) => [x.dossier, x.rank, x.decidedBy])).toEqual([
      ['early', 1, 'deposited'],
      ['late', 2, 'deposited'],
    ]);
  });

  it('puts a dossier without a submission date after the dated ones under `deposited`', () => {
    const input = equalTotals(['deposited'], [dossier('D1'), dossier('D2', '2022-03-30T10:00:00Z')]);
    expect(rankingOf(analyse(input), raw).ranking.map((x) => x.dossier)).toEqual(['D2', 'D1']);
  });

  it('gives dossiers still tied after every rule the same rank, flags them for a vote, and skips the next rank', () => {
    const r = rankingOf(analyse(totalsInput({ m: { a: 2, b: 2, c: 1, d: 3 } }, { tieBreak: ['deposited'] })), raw);
    expect(r.ranking.map((x) => [x.dossier, x.rank, x.tied])).toEqual([
      ['d', 1, false],
      ['a', 2, true],
      ['b', 2, true],
      ['c', 4, false],
    ]);
  });

  it('counts values within 1e-9 as equal, and values further apart as different', () => {
    const nearly = rankingOf(analyse(totalsInput({ m: { a: 0.1 + 0.2, b: 0.3 } })), raw).ranking;
    expect(nearly.map((x) => [x.rank, x.tied])).toEqual([[1, true], [1, true]]);
    const apart = rankingOf(analyse(totalsInput({ m: { a: 0.3, b: 0.3 + 1e-6 } })), raw).ranking;
    expect(apart.map((x) => [x.dossier, x.rank, x.tied])).toEqual([['b', 1, false], ['a', 2, false]]);
  });

  it('lists dossiers that failed an eligibility check apart, unranked, and ranks the unassessed ones', () => {
    const input = makeInput({
      criteria: [['c', 1]],
      members: ['m1'],
      dossiers: [
        dossier('ok', null, { collectivite: true }),
        dossier('out', null, { collectivite: false, referent: true }),
        dossier('unassessed', null, { collectivite: null }),
      ],
      scores: { m1: { ok: [1], out: [3], unassessed: [2] } },
      eligibility: ['collectivite', 'referent'],
    });
    const r = rankingOf(analyse(input), raw);
    expect(r.ranking.map((x) => [x.dossier, x.rank])).toEqual([['unassessed', 1], ['ok', 2]]);
    expect(r.ineligible).toEqual([{ dossier: 'out', failed: ['collectivite'] }]);
  });

  it('lists eligible dossiers nobody completed as unscored, and every sheet still owed as incomplete', () => {
    const input = makeInput({
      criteria: [['a', 1], ['b', 1]],
      members: ['m1', 'm2', ['obs', 'observer']],
      dossiers: ['D1', 'D2'],
      scores: { m1: { D1: [1, 2], D2: [3, null] }, m2: { D1: [2, 2] }, obs: { D2: [3, 3] } },
    });
    const r = rankingOf(analyse(input), raw);
    expect(r.ranking.map((x) => [x.dossier, x.scorers, x.raw])).toEqual([['D1', 2, 1.75]]);
    expect(r.unscored).toEqual(['D2']);
    // Observers neither score nor owe sheets.
    expect(r.incomplete).toEqual([
      { member: 'm1', dossier: 'D2' },
      { member: 'm2', dossier: 'D2' },
    ]);
  });

  it('reports raw mean, median, spread and count of T, and flags a spread reaching the divergence threshold', () => {
    const input = totalsInput({ m1: { d: 1 }, m2: { d: 2 }, m3: { d: 2.5 }, m4: { d: 3 } });
    const [row] = rankingOf(analyse(input), { rankBy: 'raw', divergenceThreshold: 2 }).ranking;
    expect(row).toMatchObject({ raw: 2.125, median: 2.25, spread: 2, scorers: 4, divergent: true });
    expect(rankingOf(analyse(input), { rankBy: 'raw', divergenceThreshold: 2.01 }).ranking[0]!.divergent).toBe(false);
  });

  it('weighs criteria: T is the weighted mean of the scores', () => {
    const input = makeInput({ criteria: [['a', 3], ['b', 1]], members: ['m'], dossiers: ['d'], scores: { m: { d: [3, 1] } } });
    expect(analyse(input).aggregates[0]!.raw).toBe((3 * 3 + 1 * 1) / 4);
  });

  it('does not depend on the order dossiers and scores come in', () => {
    const table = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (rows) => {
        const scores = Object.fromEntries(rows.map((row, m) => [`m${m}`, Object.fromEntries(row.map((v, d) => [`d${d}`, [v, 3 - v]]))]));
        const spec = { criteria: [['a', 2], ['b', 1]] as [string, number][], members: rows.map((_r, m) => `m${m}`), scores, tieBreak: ['criterion:a'] };
        const ids = rows[0]!.map((_v, d) => `d${d}`);
        const forward = makeInput({ ...spec, dossiers: ids });
        const backward = makeInput({ ...spec, dossiers: [...ids].reverse() });
        backward.scores = [...backward.scores].reverse();
        const settings = { rankBy: 'normalized', divergenceThreshold: 1 } as const;
        const f = rankingOf(analyse(forward), settings).ranking;
        const b = rankingOf(analyse(backward), settings).ranking;
        // Same order, ranks and flags; values equal up to the summation order's last bits.
        const shape = (r: typeof f) => JSON.stringify(r.map((x) => [x.dossier, x.rank, x.tied, x.decidedBy]));
        const close = f.every((x, i) => Math.abs(x.normalized - b[i]!.normalized) < 1e-12);
        const descending = f.every((x, i) => i === 0 || x.normalized <= f[i - 1]!.normalized + 1e-9);
        return shape(f) === shape(b) && close && descending;
      }),
    );
  });
});
