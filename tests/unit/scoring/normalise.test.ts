import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import { totalsInput } from './build.ts';

const SQRT = Math.sqrt;

/** The definition written out naively, as an independent reference for the property test below. */
function referenceNormalised(totals: Record<string, Record<string, number | null>>): Map<string, number | null> {
  const members = Object.keys(totals);
  const dossiers = [...new Set(members.flatMap((m) => Object.keys(totals[m]!)))];
  const ts = (m: string) => Object.values(totals[m]!).filter((v): v is number => v !== null);
  const meanOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sdOf = (xs: number[]) => SQRT(meanOf(xs.map((x) => (x - meanOf(xs)) ** 2)));
  const all = members.flatMap(ts);
  const mu = meanOf(all);
  const sigma = sdOf(all);
  const out = new Map<string, number | null>();
  for (const d of dossiers) {
    const raws = members.map((m) => totals[m]![d]).filter((v): v is number => v != null);
    if (!raws.length) {
      out.set(d, null);
      continue;
    }
    const zs: number[] = [];
    for (const m of members) {
      const t = totals[m]![d];
      const own = ts(m);
      if (t == null || own.length < 5 || sdOf(own) <= 1e-12) continue;
      zs.push((t - meanOf(own)) / sdOf(own));
    }
    out.set(d, zs.length ? mu + sigma * meanOf(zs) : meanOf(raws));
  }
  return out;
}

describe('per-member z-score normalisation', () => {
  it('maps a severe and a lenient member with the same judgement onto the same scale (worked example)', () => {
    // S is two points more severe than L on every dossier: same z-scores, -√2 … √2.
    const a = analyse(
      totalsInput({
        S: { d1: 1, d2: 2, d3: 3, d4: 4, d5: 5 },
        L: { d1: 3, d2: 4, d3: 5, d4: 6, d5: 7 },
      }),
    );
    // mu = 4, sigma = √3 over the ten totals; mu_S = 3, mu_L = 5, sigma_S = sigma_L = √2.
    expect(a.normalisation.mu).toBeCloseTo(4, 12);
    expect(a.normalisation.sigma).toBeCloseTo(SQRT(3), 12);
    expect(a.normalisation.members.map((m) => [m.mu, m.sigma, m.contributes])).toEqual([
      [3, SQRT(2), true],
      [5, SQRT(2), true],
    ]);
    const expected = [-SQRT(2), -1 / SQRT(2), 0, 1 / SQRT(2), SQRT(2)].map((z) => 4 + SQRT(3) * z);
    a.normalisation.normalized.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    // Raw values stay what they are, beside the normalised ones.
    expect(a.aggregates.map((x) => x.raw)).toEqual([2, 3, 4, 5, 6]);
  });

  it("cancels a lenient member's advantage when members scored different dossiers", () => {
    // L gave dx its best total (7), S gave dy its best total (5): raw prefers dx, normalised sees them as equals.
    const input = totalsInput({
      L: { d1: 3, d2: 4, d3: 5, d4: 6, d5: 7, dx: 7, dy: null },
      S: { d1: 1, d2: 2, d3: 3, d4: 4, d5: 5, dx: null, dy: 5 },
    });
    const a = analyse(input);
    const byRaw = rankingOf(a, { rankBy: 'raw', divergenceThreshold: 1 });
    expect(byRaw.ranking[0]).toMatchObject({ dossier: 'dx', rank: 1, tied: false });
    expect(byRaw.ranking.find((r) => r.dossier === 'dy')!.rank).toBeGreaterThan(1);
    const byNorm = rankingOf(a, { rankBy: 'normalized', divergenceThreshold: 1 });
    const dx = byNorm.ranking.find((r) => r.dossier === 'dx')!;
    const dy = byNorm.ranking.find((r) => r.dossier === 'dy')!;
    expect(dx.normalized).toBeCloseTo(dy.normalized, 9);
    expect(dx.rank).toBe(dy.rank);
    expect(dx.tied && dy.tied).toBe(true);
  });

  it('takes no z from a member with fewer than five complete sheets, but keeps their totals in mu and sigma', () => {
    const totals = {
      A: { d1: 1, d2: 2, d3: 3, d4: 4, d5: 5 },
      B: { d1: 2, d2: 2, d3: 3, d4: 3, d5: 3 },
      C: { d1: 3, d2: 3, d3: 3, d4: 1, d5: null },
    };
    const a = analyse(totalsInput(totals));
    expect(a.normalisation.members.find((m) => m.member === 'C')).toMatchObject({ sheets: 4, contributes: false });
    const ref = referenceNormalised(totals);
    a.mx.dossiers.forEach((d, i) => expect(a.normalisation.normalized[i]).toBeCloseTo(ref.get(d.id)!, 12));
    // C's totals count in mu: 14 totals, not 10.
    const all = [1, 2, 3, 4, 5, 2, 2, 3, 3, 3, 3, 3, 3, 1];
    expect(a.normalisation.mu).toBeCloseTo(all.reduce((s, x) => s + x) / all.length, 12);
  });

  it('takes no z from a member whose totals never vary, and falls back to raw where no member contributes', () => {
    const a = analyse(
      totalsInput({
        flat: { d1: 2.1, d2: 2.1, d3: 2.1, d4: 2.1, d5: 2.1, d6: 2.1 },
        few: { d1: 1, d6: 3 },
      }),
    );
    expect(a.normalisation.members.map((m) => m.contributes)).toEqual([false, false]);
    a.aggregates.forEach((agg, d) => expect(a.normalisation.normalized[d]).toBe(agg.raw));
  });

  it('matches the definition on random sessions', () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 9 }))
      .chain(([members, dossiers]) =>
        fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 30 }).map((x) => x / 10), { freq: 4 }), { minLength: dossiers, maxLength: dossiers }),
          { minLength: members, maxLength: members },
        ),
      );
    fc.assert(
      fc.property(table, (rows) => {
        const totals = Object.fromEntries(
          rows.map((row, m) => [`m${m}`, Object.fromEntries(row.map((v, d) => [`d${d}`, v]))]),
        );
        const a = analyse(totalsInput(totals));
        const ref = referenceNormalised(totals);
        return a.mx.dossiers.every((d, i) => {
          const got = a.normalisation.normalized[i];
          const want = ref.get(d.id);
          return want == null ? got == null : got != null && Math.abs(got - want) < 1e-9;
        });
      }),
    );
  });

  it("leaves the normalised order unchanged when one member's totals are stretched and shifted", () => {
    // z-scores do not see a member's severity (shift) or spread (scale): only the order they give counts.
    const grid = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 6 }), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(grid, fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (rows, scale, shift) => {
        const build = (r: number[][]) =>
          Object.fromEntries(r.map((row, m) => [`m${m}`, Object.fromEntries(row.map((v, d) => [`d${d}`, v]))]));
        const before = analyse(totalsInput(build(rows))).normalisation;
        const after = analyse(totalsInput(build(rows.map((row, m) => (m === 0 ? row.map((v) => scale * v + shift) : row))))).normalisation;
        if (!before.members.every((m) => m.contributes)) return true;
        const zb = before.normalized.map((v) => (v! - before.mu!) / before.sigma!);
        const za = after.normalized.map((v) => (v! - after.mu!) / after.sigma!);
        return zb.every((z, i) => Math.abs(z - za[i]!) < 1e-9);
      }),
    );
  });
});
