import { describe, expect, it } from 'vitest';
import { whatIf } from '../../../common/scoring/whatIf.ts';
import { makeInput } from './build.ts';

const settings = { rankBy: 'raw', divergenceThreshold: 1 } as const;

describe('what-if', () => {
  const input = makeInput({
    criteria: [['impact', 1], ['partenariat', 1]],
    members: ['m1', 'm2'],
    dossiers: ['A', 'B', 'C'],
    scores: {
      m1: { A: [3, 0], B: [0, 3], C: [1, 1] },
      m2: { A: [3, 1], B: [1, 2], C: [3, 3] },
    },
  });

  it('shows how ranks move when weights change, without touching the grid it was given', () => {
    const frozen = JSON.stringify(input);
    const r = whatIf(input, settings, { weights: { impact: 3 } });
    expect(r.before.ranking.map((x) => [x.dossier, x.rank])).toEqual([['C', 1], ['A', 2], ['B', 3]]);
    expect(r.after.ranking.map((x) => [x.dossier, x.rank])).toEqual([['A', 1], ['C', 2], ['B', 3]]);
    expect(r.moves).toEqual([
      { dossier: 'A', before: 2, after: 1, delta: 1 },
      { dossier: 'C', before: 1, after: 2, delta: -1 },
      { dossier: 'B', before: 3, after: 3, delta: 0 },
    ]);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('shows how ranks move when a member is left out', () => {
    const r = whatIf(input, settings, { excludeMembers: ['m2'] });
    expect(r.after.ranking.every((x) => x.scorers === 1)).toBe(true);
    expect(r.moves.find((m) => m.dossier === 'C')).toEqual({ dossier: 'C', before: 1, after: 3, delta: -2 });
  });

  it('reports a dossier that no one left scores as dropping out of the ranking', () => {
    const lone = makeInput({
      criteria: [['c', 1]],
      members: ['m1', 'm2'],
      dossiers: ['A', 'B'],
      scores: { m1: { A: [2] }, m2: { A: [1], B: [3] } },
    });
    const r = whatIf(lone, settings, { excludeMembers: ['m2'] });
    expect(r.after.unscored).toEqual(['B']);
    expect(r.moves).toContainEqual({ dossier: 'B', before: 1, after: null, delta: null });
  });
});
