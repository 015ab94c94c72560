/**
 * Rank + normalise + agree on 300 dossiers × 15 members × 8 criteria (36,000 scores, a few recusals): the work the
 * ranking view redoes when a score arrives. The floor is one pass over the same scores summing them per dossier,
 * the least any ranking must do. Pure functions on an in-memory input: no file access is measured.
 */
import type { Grid } from '../../../common/domain/types.ts';
import { agreementOf, analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import type { ScoreValue, ScoringInput } from '../../../common/scoring/input.ts';
import { mulberry32 } from '../../../common/seededRandom.ts';
import { compare, timeRuns, type BenchCase } from '../measure.ts';

const DOSSIERS = 300;
const MEMBERS = 15;
const CRITERIA = 8;


function session(): ScoringInput {
  // Seeded, so that every run measures the same session.
  const rnd = mulberry32(2022);
  const grid: Grid = {
    scale: { min: 0, max: 3, step: 1 },
    criteria: Array.from({ length: CRITERIA }, (_, c) => ({
      id: `c${c}`, section: null, label: `Critère ${c}`, description: null, weight: 1 + (c % 3), scale: null, levels: {},
    })),
    eligibility: [{ id: 'collectivite', label: 'Collectivité', description: null }],
    tieBreak: ['criterion:c0', 'deposited'],
  };
  const members = Array.from({ length: MEMBERS }, (_, m) => ({ id: `m${m}`, role: 'member' as const }));
  const dossiers = Array.from({ length: DOSSIERS }, (_, d) => ({
    id: `D${d}`,
    depositedAt: new Date(Date.UTC(2022, 1, 14) + d * 3_600_000).toISOString(),
    eligibility: { collectivite: d % 50 !== 7 },
  }));
  const recusals = [];
  const scores: ScoreValue[] = [];
  const quality = dossiers.map(() => rnd() * 3);
  const severity = members.map(() => rnd() - 0.5);
  for (const m of members) {
    for (const [d, dossier] of dossiers.entries()) {
      if (rnd() < 0.02) {
        recusals.push({ member: m.id, dossier: dossier.id });
        continue;
      }
      for (const c of grid.criteria) {
        const v = Math.round(quality[d]! + severity[Number(m.id.slice(1))]! + (rnd() - 0.5) * 1.5);
        scores.push({ member: m.id, dossier: dossier.id, criterion: c.id, value: Math.min(3, Math.max(0, v)) });
      }
    }
  }
  return { grid, members, dossiers, scores, recusals };
}

const bench: BenchCase = {
  name: 'scoring: rank + normalise + agree, 300 dossiers × 15 members × 8 criteria',
  async run() {
    const input = session();
    let ranked = 0;
    let alpha: number | null = null;
    const caseTimes = await timeRuns(() => {
      const a = analyse(input);
      ranked = rankingOf(a, { rankBy: 'normalized', divergenceThreshold: 1 }).ranking.length;
      alpha = agreementOf(a).total.alpha;
    }, 21, 3);
    let sums = new Map<string, number>();
    const floorTimes = await timeRuns(() => {
      sums = new Map();
      for (const s of input.scores) sums.set(s.dossier, (sums.get(s.dossier) ?? 0) + s.value);
    }, 21, 3);
    if (sums.size !== DOSSIERS || ranked === 0) throw new Error(`floor saw ${sums.size} dossiers, ranking ${ranked}`);
    return compare(bench.name, caseTimes, floorTimes, { scores: input.scores.length, ranked, alpha_total: alpha });
  },
};

export default bench;
