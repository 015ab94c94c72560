/**
 * The pure parts of the Notation interface: how a typed score is read against the scale, what a cell shows while a
 * value is saved or refused, the grid editor's round trip to the grid file, who is at the keyboard, and the
 * severity summary of the charts.
 */
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../common/domain/types.ts';
import type { ScoringSheet, SheetScore } from '../../../common/scoring/views.ts';
import { loadTemplateGrid, parseGridFile } from '../../../main/grid/gridTemplate.ts';
import { distributionOf, extremes } from '../../../renderer/src/scoring/charts/distribution.ts';
import { draftOf, gridFileOf, levelKeys, moved, removedCriteria } from '../../../renderer/src/scoring/settings/gridDraft.ts';
import { cellValue, readTypedCheck, readTypedScore, type SheetGridRow } from '../../../renderer/src/scoring/sheet/sheetModel.ts';
import { settleChoice } from '../../../renderer/src/scoring/viewerChoice.ts';

const scale = { min: 0, max: 3, step: 1 };

describe('a score typed in the sheet', () => {
  it('is read as people type it, comma or point', () => {
    expect(readTypedScore('2', scale)).toEqual({ kind: 'value', value: 2 });
    expect(readTypedScore(' 3 ', scale)).toEqual({ kind: 'value', value: 3 });
    expect(readTypedScore('2,5', { min: 0, max: 5, step: 0.5 })).toEqual({ kind: 'value', value: 2.5 });
    expect(readTypedScore('0.1', { min: 0, max: 1, step: 0.1 })).toEqual({ kind: 'value', value: 0.1 });
  });
  it('clears the cell when emptied (Delete)', () => {
    expect(readTypedScore('', scale)).toEqual({ kind: 'clear' });
    expect(readTypedScore(null, scale)).toEqual({ kind: 'clear' });
  });
  it('is refused, as typed, off the scale, off a step, or not a number', () => {
    expect(readTypedScore('5', scale)).toEqual({ kind: 'refused', typed: '5', reason: 'outOfRange' });
    expect(readTypedScore('-1', scale)).toEqual({ kind: 'refused', typed: '-1', reason: 'outOfRange' });
    expect(readTypedScore('1,5', scale)).toEqual({ kind: 'refused', typed: '1,5', reason: 'offStep' });
    expect(readTypedScore('deux', scale)).toEqual({ kind: 'refused', typed: 'deux', reason: 'notANumber' });
    expect(readTypedScore('2..', scale)).toEqual({ kind: 'refused', typed: '2..', reason: 'notANumber' });
  });
  it('reads an eligibility answer as yes or no, in French or English', () => {
    for (const yes of ['o', 'Oui', 'y', 'YES', '1']) expect(readTypedCheck(yes)).toEqual({ kind: 'value', passed: true });
    for (const no of ['n', 'non', 'No', '0']) expect(readTypedCheck(no)).toEqual({ kind: 'value', passed: false });
    expect(readTypedCheck('')).toEqual({ kind: 'clear' });
    expect(readTypedCheck('peut-être')).toEqual({ kind: 'refused', typed: 'peut-être' });
  });
});

describe('what a score cell shows', () => {
  const row = (over: Partial<SheetGridRow>): SheetGridRow => ({
    id: 'D1', name: 'Commune', recused: false, failedChecks: [], hidden: false, complete: false, total: null,
    scores: { c: { value: 1, comment: null, enteredBy: 'm', updatedAt: '2022-04-01T10:00:00Z' } },
    pending: {}, drafts: {}, eligibility: {}, compared: false, ...over,
  });
  it('shows the stored value', () => expect(cellValue(row({}), 'c')).toBe(1));
  it('shows a value on its way to the file before the file answers', () => expect(cellValue(row({ pending: { c: 3 } }), 'c')).toBe(3));
  it('shows an emptied cell as empty while the clearing is saved', () => expect(cellValue(row({ pending: { c: null } }), 'c')).toBeNull());
  it('keeps a refused entry as typed, whatever the file holds', () =>
    expect(cellValue(row({ pending: { c: 3 }, drafts: { c: { typed: '7', error: '…' } } }), 'c')).toBe('7'));
});

describe('the grid editor', () => {
  it('gives back the grid it was given, unchanged, in the file format the core reads', () => {
    const grid = loadTemplateGrid('territoires-volontaires');
    expect(parseGridFile(gridFileOf(draftOf(grid)))).toEqual(grid);
  });
  it('sends numbers typed with a comma as numbers, and what cannot be read as text for the core to name', () => {
    const draft = draftOf(loadTemplateGrid('territoires-volontaires'));
    draft.criteria[0]!.weight = '2,5';
    draft.scale.step = 'un';
    const file = gridFileOf(draft) as { criteria: { weight: unknown }[]; scale: { step: unknown } };
    expect(file.criteria[0]!.weight).toBe(2.5);
    expect(file.scale.step).toBe('un');
  });
  it('offers a descriptor per level of the effective scale, and drops descriptors of levels no longer on it', () => {
    const draft = draftOf(loadTemplateGrid('territoires-volontaires'));
    expect(levelKeys(draft.scale)).toEqual(['0', '1', '2', '3']);
    draft.scale.max = '2';
    const file = gridFileOf(draft) as { criteria: { levels: Record<string, string> }[] };
    expect(Object.keys(file.criteria[0]!.levels)).toEqual(['0', '1', '2']);
  });
  it('names the criteria a change removes (their scores go with them)', () => {
    const grid = loadTemplateGrid('territoires-volontaires');
    const draft = draftOf(grid);
    draft.criteria = draft.criteria.filter((c) => c.id !== 'inclusion');
    expect(removedCriteria(grid, draft)).toEqual([grid.criteria.find((c) => c.id === 'inclusion')!.label]);
  });
  it('moves a rule up or down, and leaves the list alone at its ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('who is at the keyboard', () => {
  const members: Member[] = [
    { id: 'obs', name: 'Observatrice', institution: 'X', role: 'observer' },
    { id: 'm1', name: 'Membre un', institution: 'Y', role: 'member' },
    { id: 'm2', name: 'Membre deux', institution: 'Z', role: 'chair' },
  ];
  it('falls back to the secretariat when the remembered member left the committee', () =>
    expect(settleChoice({ viewer: 'gone', sheetOf: null }, members)).toEqual({ viewer: null, sheetOf: 'm1' }));
  it('gives a member their own sheet', () => expect(settleChoice({ viewer: 'm2', sheetOf: 'm1' }, members)).toEqual({ viewer: 'm2', sheetOf: 'm2' }));
  it('lets the secretariat keep the sheet it was typing, never an observer’s', () => {
    expect(settleChoice({ viewer: null, sheetOf: 'm2' }, members)).toEqual({ viewer: null, sheetOf: 'm2' });
    expect(settleChoice({ viewer: null, sheetOf: 'obs' }, members)).toEqual({ viewer: null, sheetOf: 'm1' });
  });
});

describe('severity of members', () => {
  const member = (id: string): Member => ({ id, name: id, institution: 'I', role: 'member' });
  const sheet = (values: number[], hidden = false): ScoringSheet => ({
    member: member('x'), blind: false, markedComplete: null, remaining: { dossiers: 0, scores: 0 },
    rows: values.map((v, i) => ({
      dossier: `D${i}`, recused: false, failedChecks: [], complete: true, total: v, hidden,
      scores: (hidden ? {} : { c: { value: v, comment: null, enteredBy: 'x', updatedAt: '' } }) as Record<string, SheetScore>,
    })),
  });
  it('counts each member’s scores by value and names the most severe and the most lenient', () => {
    const d = distributionOf([
      { member: member('severe'), sheet: sheet([0, 0, 1, 1, 1]) },
      { member: member('lenient'), sheet: sheet([3, 3, 2, 3, 2]) },
      { member: member('few'), sheet: sheet([3]) },
    ]);
    expect(d.values).toEqual([0, 1, 2, 3]);
    expect(d.members[0]!.counts).toEqual([2, 3, 0, 0]);
    expect(d.members[1]!.meanScore).toBeCloseTo(2.6);
    // A member with fewer than 5 scores says too little to be called lenient.
    expect(extremes(d)).toMatchObject({ severe: { member: 'severe' }, lenient: { member: 'lenient' } });
  });
  it('counts nothing the viewer may not see', () => {
    const d = distributionOf([{ member: member('m'), sheet: sheet([3, 3, 3], true) }]);
    expect(d.members[0]!.scores).toBe(0);
  });
});
