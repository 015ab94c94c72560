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
import i18next from 'i18next';
import { AppError } from '../../../common/result.ts';
import { fieldLabelKey, invalidProps, refusalView, touches } from '../../../renderer/src/scoring/settings/fieldProblems.ts';
import { draftOf, gridFileOf, levelKeys, moved } from '../../../renderer/src/scoring/settings/gridDraft.ts';
import * as settingsWords from '../../../common/i18n/interface/scoringSettings.ts';
import { runtimeLookup } from '../../../common/i18n/translation.ts';
import { buildRows, cellKey, cellValue, readTypedCheck, readTypedScore, type SheetGridRow } from '../../../renderer/src/scoring/sheet/sheetModel.ts';
import { settleChoice } from '../../../renderer/src/scoring/viewerChoice.ts';

const scale = { min: 0, max: 3, step: 1 };

/** The Réglages words as the interface has them (namespace `scoringSettings`, French). */
const settings = i18next.createInstance();
void settings.init({
  resources: { fr: { scoringSettings: settingsWords.fr }, en: { scoringSettings: settingsWords.en } },
  lng: 'fr',
  ns: ['scoringSettings'],
  defaultNS: 'scoringSettings',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const settingsT = runtimeLookup(settings.t.bind(settings));

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

describe('a score typed in the sheet', () => {
  it('is read as people type it, comma or point', () => {
    expect(readTypedScore('2', scale)).toEqual({ kind: 'value', value: 2 });
    expect(readTypedScore(' 3 ', scale)).toEqual({ kind: 'value', value: 3 });
    expect(readTypedScore('2,5', { min: 0, max: 5, step: 0.5 })).toEqual({ kind: 'value', value: 2.5 });
    expect(readTypedScore('0.1', { min: 0, max: 1, step: 0.1 })).toEqual({ kind: 'value', value: 0.1 });
  });
  it('sends a value within 1e-9 of a level as that level, with the core’s rule', () => {
    expect(readTypedScore('3,0000000009', scale)).toEqual({ kind: 'value', value: 3 });
    expect(readTypedScore(-9e-10, scale)).toEqual({ kind: 'value', value: 0 });
    expect(readTypedScore(5e-324, scale)).toEqual({ kind: 'value', value: 0 });
    expect(readTypedScore('3,001', scale)).toEqual({ kind: 'refused', typed: '3,001', reason: 'outOfRange' });
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
    // The words the import reads, no fewer: a checkbox's « on » / « off », « Vrai » / « Faux ».
    for (const yes of ['on', 'Vrai', 'true']) expect(readTypedCheck(yes)).toEqual({ kind: 'value', passed: true });
    for (const no of ['off', 'FAUX', 'false']) expect(readTypedCheck(no)).toEqual({ kind: 'value', passed: false });
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

describe('the sheet’s rows', () => {
  const score = (value: number): SheetScore => ({ value, comment: null, enteredBy: 'm', updatedAt: '2022-04-01T10:00:00Z' });
  const sheet = (scores: Record<string, Record<string, SheetScore>>): ScoringSheet => ({
    member: { id: 'm', name: 'M', role: 'member', organisation: null } as unknown as Member,
    blind: false,
    markedComplete: null,
    rows: Object.entries(scores).map(([dossier, s]) => ({ dossier, recused: false, failedChecks: [], scores: s, complete: false, total: null, hidden: false })),
    remaining: { dossiers: 0, scores: 0 },
  });
  const dossiers = new Map([['D1', { id: 'D1', name: 'Un' }], ['D2', { id: 'D2', name: 'Deux' }]]) as never;
  const none = { pending: new Map(), drafts: new Map() };

  it('puts each value being saved and each refused entry on its own dossier and criterion', () => {
    const rows = buildRows(sheet({ D1: { a: score(1) }, D2: {} }), dossiers, ['a', 'b'], {
      pending: new Map([[cellKey('D1', 'b'), 2], [cellKey('D2', 'a'), null], [cellKey('D2', 'gone'), 3]]),
      drafts: new Map([[cellKey('D2', 'b'), { typed: '9', error: 'hors échelle' }]]),
    }, [], ['D2']);
    expect(rows.map((r) => [r.id, r.name, r.pending, r.drafts, r.compared])).toEqual([
      ['D1', 'Un', { b: 2 }, {}, false],
      ['D2', 'Deux', { a: null }, { b: { typed: '9', error: 'hors échelle' } }, true],
    ]);
  });

  it('keeps a row that shows the same thing as the same object, and makes a new one for a row that changed', () => {
    const first = buildRows(sheet({ D1: { a: score(1) }, D2: { a: score(2) } }), dossiers, ['a'], none, [], []);
    const previous = new Map(first.map((r) => [r.id, r]));
    // The core's answer again (new objects, same content), with one value being saved on D2.
    const next = buildRows(sheet({ D1: { a: score(1) }, D2: { a: score(2) } }), dossiers, ['a'], {
      pending: new Map([[cellKey('D2', 'a'), 3]]),
      drafts: new Map(),
    }, [], [], previous);
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(cellValue(next[1]!, 'a')).toBe(3);
    const changed = buildRows(sheet({ D1: { a: score(0) }, D2: { a: score(2) } }), dossiers, ['a'], none, [], [], previous);
    expect(changed[0]).not.toBe(first[0]);
    expect(changed[1]).toBe(first[1]);
  });
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
  it('sends what cannot be read as typed, for the core to name the field, and shows every problem in words', () => {
    const draft = draftOf(loadTemplateGrid('territoires-volontaires'));
    draft.scale.max = 'trois';
    draft.criteria[1]!.weight = '-2';
    draft.criteria[3]!.levels = {};
    draft.criteria[3]!.id = 'a b';
    const error = errorOf(() => parseGridFile(gridFileOf(draft)));
    const view = refusalView(error.toShape(), settingsT, 'fr', 'gridRefused');
    expect(view.headline).toBe('Grille non enregistrée : 3 problèmes à corriger.');
    expect(view.problems.map((p) => p.text)).toEqual([
      'Note maximale de l’échelle : nombre attendu',
      'Poids du critère n° 2 : le poids doit être positif ou nul',
      'Identifiant du critère n° 4 : identifiant invalide : 1 à 64 lettres, chiffres, « _ », « - » ou « . »',
    ]);
    expect([...view.fields]).toEqual(['scale.max', 'criteria[1].weight', 'criteria[3].id']);
    expect(invalidProps(view.fields, 'criteria[1].weight', 'wide')).toEqual({ 'aria-invalid': true, className: 'wide field-invalid' });
    expect(invalidProps(view.fields, 'criteria[0].weight')).toEqual({});
    expect(touches(view.fields, 'criteria[3]')).toBe(true);
    expect(touches(view.fields, 'criteria[0]')).toBe(false);
  });
  it('moves a rule up or down, and leaves the list alone at its ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the name of a field the core refuses, in the user’s words', () => {
  const label = (path: string) => {
    const l = fieldLabelKey(path);
    return l ? settingsT(`field.${l.key}`, l.params) : null;
  };
  it('names every field of the grid, the committee and the rules', () => {
    expect(label('members[8].id')).toBe('Identifiant du membre n° 9');
    expect(label('members[0].role')).toBe('Rôle du membre n° 1');
    expect(label('scale.max')).toBe('Note maximale de l’échelle');
    expect(label('scale')).toBe('Échelle par défaut');
    expect(label('criteria[2].scale.step')).toBe('Pas de l’échelle du critère n° 3');
    expect(label('criteria[2].levels.0.25')).toBe('Descripteur du niveau 0.25 du critère n° 3');
    expect(label('eligibility[0].id')).toBe('Identifiant de la condition d’éligibilité n° 1');
    expect(label('tieBreak[1]')).toBe('Règle de départage n° 2');
    expect(label('divergenceThreshold')).toBe('Seuil de divergence');
    expect(label('weights.pertinence')).toBe('Poids du critère « pertinence » dans la simulation');
    expect(label('criteria[0].wieght')).toBeNull();
  });
  it('keeps the core’s own sentence when the refusal lists no field, and never shows a method name', () => {
    const plain = refusalView({ code: 'scoring.member_still_referenced', params: { name: 'A', member: 'a', scores: 2, conflicts: 0 } }, settingsT, 'fr', 'committeeRefused');
    expect(plain.headline).toMatch(/^Comité refusé : « A » \(a\) ne peut pas être retiré/);
    const invalid = refusalView(
      { code: 'core.invalid_argument', params: { method: 'membersSet' }, details: { issues: [{ field: 'members[8].id', code: 'validation.id_format' }] } },
      settingsT,
      'fr',
      'committeeRefused',
    );
    expect(invalid.headline).toBe('Comité non enregistré : 1 problème à corriger.');
    expect(invalid.problems[0]!.text).toBe('Identifiant du membre n° 9 : identifiant invalide : 1 à 64 lettres, chiffres, « _ », « - » ou « . »');
    expect(JSON.stringify(invalid)).not.toContain('membersSet');
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
