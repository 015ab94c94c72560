/**
 * The fingerprint of the decisive data: it changes when any decisive datum changes, and only then — reordering
 * the inputs or changing what is not decisive (names, extra fields) leaves it as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, decisiveDataFingerprint, type DecisiveData } from '../../../../main/minutes/fingerprint.ts';

function sample(): DecisiveData {
  return {
    dossiers: [{ id: 'D1', eligible: true }, { id: 'D2', eligible: true }, { id: 'D3', eligible: false }],
    scores: [
      { memberId: 'm1', dossierId: 'D1', criterionId: 'c1', value: 3 },
      { memberId: 'm1', dossierId: 'D2', criterionId: 'c1', value: 1.5 },
      { memberId: 'm2', dossierId: 'D1', criterionId: 'c1', value: 2 },
      { memberId: 'm2', dossierId: 'D1', criterionId: 'c2', value: 0 },
    ],
    conflicts: [{ memberId: 'm2', dossierId: 'D2', kind: 'recusal' }],
    attendance: [
      { memberId: 'm1', status: 'present', voting: true },
      { memberId: 'm2', status: 'represented', voting: true, representedBy: 'm1' },
    ],
    votes: [{ dossierId: 'D1', for: 5, against: 1, abstentions: 0 }],
    decisions: [
      { dossierId: 'D1', decision: 'retenu', rank: 1 },
      { dossierId: 'D2', decision: 'retenu_sous_reserve', rank: 2, conditions: ['Convention signée', 'Référent désigné'] },
      { dossierId: 'D3', decision: 'liste_attente', rank: 3, waitingPosition: 1 },
    ],
    grid: {
      criteria: [{ id: 'c1', weight: 3, scaleMin: 0, scaleMax: 3 }, { id: 'c2', weight: 1, scaleMin: 0, scaleMax: 3 }],
      eligibilityChecks: [{ id: 'e1' }],
      tieBreaks: [{ id: 'tb1', order: 1 }, { id: 'tb2', order: 2 }],
      normalisation: 'z_scores',
    },
  };
}

const base = decisiveDataFingerprint(sample());

/** Every decisive datum, changed one at a time. */
const changes: [string, (d: DecisiveData) => DecisiveData][] = [
  ['a dossier added', (d) => ({ ...d, dossiers: [...d.dossiers, { id: 'D4', eligible: true }] })],
  ['eligibility', (d) => ({ ...d, dossiers: d.dossiers.map((x) => (x.id === 'D3' ? { ...x, eligible: true } : x)) })],
  ['a score', (d) => ({ ...d, scores: d.scores.map((s, i) => (i === 1 ? { ...s, value: 1.25 } : s)) })],
  ['a score moved to another criterion', (d) => ({ ...d, scores: d.scores.map((s, i) => (i === 0 ? { ...s, criterionId: 'c2' } : s)) })],
  ['a conflict', (d) => ({ ...d, conflicts: [...d.conflicts, { memberId: 'm1', dossierId: 'D3', kind: 'declaration' }] })],
  ['a conflict kind', (d) => ({ ...d, conflicts: d.conflicts.map((c) => ({ ...c, kind: 'declaration' as const })) })],
  ['attendance', (d) => ({ ...d, attendance: d.attendance.map((a) => (a.memberId === 'm1' ? { ...a, status: 'excused' as const } : a)) })],
  ['proxy', (d) => ({ ...d, attendance: d.attendance.map((a) => (a.memberId === 'm2' ? { ...a, representedBy: 'm3' } : a)) })],
  ['a vote', (d) => ({ ...d, votes: d.votes.map((v) => ({ ...v, against: 2 })) })],
  ['a casting vote', (d) => ({ ...d, votes: d.votes.map((v) => ({ ...v, castingVote: true })) })],
  ['a decision', (d) => ({ ...d, decisions: d.decisions.map((x) => (x.dossierId === 'D1' ? { ...x, decision: 'ajourne' as const } : x)) })],
  ['a rank', (d) => ({ ...d, decisions: d.decisions.map((x) => (x.dossierId === 'D1' ? { ...x, rank: 4 } : x)) })],
  ['the order of conditions', (d) => ({ ...d, decisions: d.decisions.map((x) => (x.conditions ? { ...x, conditions: [...x.conditions].reverse() } : x)) })],
  ['a waiting position', (d) => ({ ...d, decisions: d.decisions.map((x) => (x.waitingPosition ? { ...x, waitingPosition: 2 } : x)) })],
  ['a weight', (d) => ({ ...d, grid: { ...d.grid, criteria: d.grid.criteria.map((c) => (c.id === 'c2' ? { ...c, weight: 2 } : c)) } })],
  ['a scale', (d) => ({ ...d, grid: { ...d.grid, criteria: d.grid.criteria.map((c) => (c.id === 'c2' ? { ...c, scaleMax: 4 } : c)) } })],
  ['the tie-break order', (d) => ({ ...d, grid: { ...d.grid, tieBreaks: [{ id: 'tb1', order: 2 }, { id: 'tb2', order: 1 }] } })],
  ['an eligibility check', (d) => ({ ...d, grid: { ...d.grid, eligibilityChecks: [] } })],
  ['the normalisation', (d) => ({ ...d, grid: { ...d.grid, normalisation: 'none' } })],
];

describe('decisiveDataFingerprint', () => {
  it('is a SHA-256 in lower-case hex, stable for the same data', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(decisiveDataFingerprint(sample())).toBe(base);
  });

  it.each(changes)('changes when %s changes', (_name, change) => {
    expect(decisiveDataFingerprint(change(sample()))).not.toBe(base);
  });

  it('does not change when non-decisive fields are added or changed (names, labels, comments)', () => {
    const d = sample();
    const decorated = {
      ...d,
      dossiers: d.dossiers.map((x) => ({ ...x, name: `Commune ${x.id}`, narrative: 'texte libre' })),
      attendance: d.attendance.map((a) => ({ ...a, name: 'Hélène Dupré' })),
      decisions: d.decisions.map((x) => ({ ...x, motivation: 'Projet solide' })),
      grid: { ...d.grid, criteria: d.grid.criteria.map((c) => ({ ...c, label: 'Qualité' })) },
      comment: 'non décisif',
    } as DecisiveData;
    expect(decisiveDataFingerprint(decorated)).toBe(base);
  });

  it('writes numbers in their shortest round-trip form and one zero', () => {
    expect(canonicalJson({ b: 0.1 + 0.2, a: 1e21, c: [2, 'é'] })).toBe('{"a":1e+21,"b":0.30000000000000004,"c":[2,"é"]}');
    const d = sample();
    const minusZero = { ...d, scores: d.scores.map((s) => (s.value === 0 ? { ...s, value: -0 } : s)) };
    expect(decisiveDataFingerprint(minusZero)).toBe(base);
  });

  it('reads composed and decomposed accents alike (Unicode NFC)', () => {
    const d = sample();
    const decomposed = { ...d, decisions: d.decisions.map((x) => (x.conditions ? { ...x, conditions: x.conditions.map((c) => c.normalize('NFD')) } : x)) };
    expect(decisiveDataFingerprint(decomposed)).toBe(base);
  });

  it('refuses duplicates and non-numbers, naming the collection and the key', () => {
    const d = sample();
    expect(() => decisiveDataFingerprint({ ...d, scores: [...d.scores, d.scores[0]!] })).toThrow(
      expect.objectContaining({ code: 'minutes.duplicate_key', params: { collection: 'scores', key: 'D1 / m1 / c1' } }),
    );
    expect(() => decisiveDataFingerprint({ ...d, votes: [{ ...d.votes[0]!, for: Number.NaN }] })).toThrow(
      expect.objectContaining({ code: 'minutes.not_a_number', params: { collection: 'votes', key: 'D1' } }),
    );
  });

  it('property: any reordering of every collection leaves it unchanged; any changed score changes it', () => {
    const shuffled = <T>(items: readonly T[], keys: readonly number[]): T[] =>
      items.map((item, i) => ({ item, k: keys[i % keys.length] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.item);
    const scoreArb = fc.uniqueArray(
      fc.record({
        memberId: fc.constantFrom('m1', 'm2', 'm3'),
        dossierId: fc.constantFrom('D1', 'D2', 'D3', 'D4'),
        criterionId: fc.constantFrom('c1', 'c2'),
        value: fc.double({ min: 0, max: 3, noNaN: true }),
      }),
      { selector: (s) => `${s.dossierId}/${s.memberId}/${s.criterionId}`, minLength: 1, maxLength: 24 },
    );
    fc.assert(
      fc.property(scoreArb, fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(), (scores, keys, pick) => {
        const d = { ...sample(), scores };
        const h = decisiveDataFingerprint(d);
        const reordered: DecisiveData = {
          ...d,
          dossiers: shuffled(d.dossiers, keys),
          scores: shuffled(d.scores, keys),
          attendance: shuffled(d.attendance, keys),
          decisions: shuffled(d.decisions, keys),
          grid: { ...d.grid, criteria: shuffled(d.grid.criteria, keys), tieBreaks: shuffled(d.grid.tieBreaks, keys) },
        };
        expect(decisiveDataFingerprint(reordered)).toBe(h);
        const i = pick % scores.length;
        const old = scores[i]!.value;
        const changed = scores.map((s, j) => (j === i ? { ...s, value: old === 3 ? 2.5 : Math.min(3, old + 0.5) } : s));
        expect(decisiveDataFingerprint({ ...d, scores: changed })).not.toBe(h);
      }),
      { numRuns: 200 },
    );
  });
});
