import { describe, expect, it } from 'vitest';
import { isMessageCode } from '../../common/i18n/messageCode.ts';
import { errorText } from '../../common/i18n/translateMessage.ts';
import { AppError } from '../../common/result.ts';
import { gridFileSchema, loadTemplateGrid, parseGridFile, parseGridText } from '../../main/grid/gridTemplate.ts';

interface CriterionFile {
  id: string;
  label: string;
  description?: string;
  section?: string;
  weight: number;
  scale?: { min: number; max: number; step: number };
  levels?: Record<string, string>;
}

interface GridFileShape {
  scale: { min: number; max: number; step: number };
  criteria: CriterionFile[];
  eligibility: { id: string; label: string }[];
  tieBreak: string[];
}

/** A small valid grid file; each case below breaks one thing. */
function validFile(): GridFileShape {
  return {
    scale: { min: 0, max: 3, step: 1 },
    criteria: [
      { id: 'pertinence', label: 'Pertinence', weight: 2, levels: { '0': 'absent', '3': 'très satisfaisant' } },
      { id: 'missions', label: 'Missions', description: 'Qualité des missions', section: 'Volontariat', weight: 3 },
      { id: 'bonus', label: 'Bonus', weight: 0, scale: { min: 0, max: 1, step: 0.5 }, levels: { '0.5': 'partiel' } },
    ],
    eligibility: [{ id: 'referent', label: 'Référent nommé' }],
    tieBreak: ['criterion:missions', 'deposited'],
  };
}

type File = GridFileShape;

/** The file as plain JSON, to break its types on purpose. */
const loose = (value: object): Record<string, unknown> => value as Record<string, unknown>;

/** The AppError a broken copy of the valid file raises (or the one `run` raises, when given a thunk). */
function errorOf(mutate: ((f: File) => void) | (() => unknown)): AppError {
  const file = validFile() as File;
  try {
    if (mutate.length === 0) (mutate as () => unknown)();
    else {
      mutate(file);
      parseGridFile(file);
    }
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('parseGridFile accepted an invalid grid');
}

describe('parseGridFile', () => {
  it('accepts a valid file and fills the optional fields', () => {
    const grid = parseGridFile(validFile());
    expect(grid.criteria[1]).toEqual({
      id: 'missions',
      section: 'Volontariat',
      label: 'Missions',
      description: 'Qualité des missions',
      weight: 3,
      scale: null,
      levels: {},
    });
    expect(grid.criteria[0]!.description).toBeNull();
    expect(grid.criteria[2]!.scale).toEqual({ min: 0, max: 1, step: 0.5 });
    expect(grid.eligibility).toEqual([{ id: 'referent', label: 'Référent nommé', description: null }]);
  });

  it('reads back what `grid --json` prints (null description, section and scale)', () => {
    const grid = parseGridFile(validFile());
    expect(parseGridFile(JSON.parse(JSON.stringify(grid)))).toEqual(grid);
  });

  it('defaults missing eligibility checks and tie-break rules to none', () => {
    const { eligibility: _e, tieBreak: _t, ...rest } = validFile();
    const grid = parseGridFile(rest);
    expect(grid.eligibility).toEqual([]);
    expect(grid.tieBreak).toEqual([]);
  });

  const cases: [string, string, (f: File) => void][] = [
    ['max not above min', 'scale.max', (f) => (f.scale.max = 0)],
    ['a zero step', 'scale.step', (f) => (f.scale.step = 0)],
    ['a step wider than the scale', 'scale.step', (f) => (f.scale.step = 5)],
    ['a missing scale', 'scale', (f) => delete (f as Partial<File>).scale],
    ['a scale that is not an object', 'scale', (f) => (loose(f).scale = 3)],
    ['no criteria', 'criteria', (f) => (f.criteria = [])],
    ['a duplicate criterion id', 'criteria[1].id', (f) => (f.criteria[1]!.id = 'pertinence')],
    ['an eligibility id taken by a criterion', 'eligibility[0].id', (f) => (f.eligibility[0]!.id = 'missions')],
    ['an id with a space', 'criteria[0].id', (f) => (f.criteria[0]!.id = 'a b')],
    ['a negative weight', 'criteria[1].weight', (f) => (f.criteria[1]!.weight = -1)],
    ['a weight given as text', 'criteria[1].weight', (f) => (loose(f.criteria[1]!).weight = '3')],
    ['a missing weight', 'criteria[0].weight', (f) => delete loose(f.criteria[0]!).weight],
    ['an empty label', 'criteria[0].label', (f) => (f.criteria[0]!.label = '  ')],
    ['a misspelt key', 'criteria[0].wieght', (f) => (loose(f.criteria[0]!).wieght = 2)],
    ['a level above the scale', 'criteria[0].levels.4', (f) => (f.criteria[0]!.levels = { '4': 'excellent' })],
    ['a level off the step', 'criteria[2].levels.0.25', (f) => (f.criteria[2]!.levels = { '0.25': 'un peu' })],
    ['a level that is not a number', 'criteria[0].levels.bon', (f) => (f.criteria[0]!.levels = { bon: 'bon' })],
    ['a level judged against the criterion scale', 'criteria[2].levels.2', (f) => (f.criteria[2]!.levels = { '2': 'x' })],
    ['a criterion scale with max below min', 'criteria[2].scale.max', (f) => (f.criteria[2]!.scale = { min: 1, max: 0, step: 1 })],
    ['a tie-break on an unknown criterion', 'tieBreak[0]', (f) => (f.tieBreak = ['criterion:budget'])],
    ['an unknown tie-break rule', 'tieBreak[1]', (f) => (f.tieBreak = ['deposited', 'random'])],
    ['a repeated tie-break rule', 'tieBreak[1]', (f) => (f.tieBreak = ['deposited', 'deposited'])],
  ];

  for (const [what, field, mutate] of cases) {
    it(`rejects ${what}, naming ${field}`, () => {
      const error = errorOf(mutate);
      expect(error.code).toBe('grid.invalid');
      const issues = (error.details as { issues: { field: string; code: string }[] }).issues;
      expect(issues[0]!.field).toBe(field);
      // Every problem is a catalogue code (no French sentence travels), and the words name the field.
      for (const issue of issues) expect(isMessageCode(issue.code)).toBe(true);
      expect(errorText(error.toShape())).toContain(`champ « ${field} »`);
    });
  }

  it('rejects something that is not an object', () => {
    expect(errorText(errorOf(() => parseGridFile(null)).toShape())).toMatch(/^Grille invalide : 1 problème à corriger\./);
    expect(errorText(errorOf(() => parseGridFile([])).toShape())).toContain('objet JSON attendu');
  });

  it('names the first holder of a repeated id by its position, not by a path', () => {
    const error = errorOf((f) => (f.eligibility[0]!.id = 'missions'));
    expect((error.details as { issues: unknown[] }).issues).toEqual([
      { field: 'eligibility[0].id', code: 'grid.id_taken_by_criterion', params: { id: 'missions', n: 2 } },
    ]);
    expect(errorText(error.toShape())).toContain('identifiant « missions » déjà utilisé par le critère n° 2');
  });

  it('lists every problem, not the first one and a count, each with its field and parameters', () => {
    const error = errorOf((f) => {
      f.scale.max = 0;
      f.criteria[1]!.weight = -1;
      f.tieBreak = ['criterion:budget', 'random'];
    });
    expect(error.params).toEqual({ count: 4 });
    expect((error.details as { issues: unknown[] }).issues).toEqual([
      { field: 'scale.max', code: 'grid.max_not_above_min', params: { min: 0, max: 0 } },
      { field: 'criteria[1].weight', code: 'validation.weight_not_negative', params: expect.objectContaining({ minimum: 0 }) },
      { field: 'tieBreak[0]', code: 'grid.rule_unknown_criterion', params: { rule: 'criterion:budget', criterion: 'budget' } },
      { field: 'tieBreak[1]', code: 'grid.rule_unknown', params: { rule: 'random' } },
    ]);
    expect(errorText(error.toShape(), 'en')).toContain('field “criteria[1].weight”: the weight must be zero or more');
  });
});

describe('parseGridText', () => {
  it('names the file when the JSON itself is unreadable', () => {
    const error = errorOf(() => parseGridText('{"scale": ', 'grille.json'));
    expect(error).toMatchObject({ code: 'grid.not_json', params: { source: 'grille.json' } });
    expect(errorText(error.toShape())).toMatch(/« grille\.json » n'est pas un JSON lisible/);
  });

  it('tolerates a byte-order mark', () => {
    expect(parseGridText('\uFEFF' + JSON.stringify(validFile()), 'bom.json').criteria).toHaveLength(3);
  });
});

describe('loadTemplateGrid', () => {
  it('loads the Territoires Volontaires template: 6 criteria on 0–3, 4 eligibility checks', () => {
    const grid = loadTemplateGrid();
    expect(grid.scale).toEqual({ min: 0, max: 3, step: 1 });
    expect(grid.criteria.map((c) => c.id)).toEqual([
      'pertinence',
      'partenariat',
      'missions',
      'capacite',
      'inclusion',
      'citoyennete',
    ]);
    expect(grid.eligibility.map((e) => e.id)).toEqual(['statut', 'pays_cad', 'engagement', 'referent']);
    expect(gridFileSchema.safeParse(grid).success).toBe(true);
  });

  it('refuses unknown template names and paths', () => {
    expect(() => loadTemplateGrid('inexistant')).toThrow(expect.objectContaining({ code: 'grid.template_missing' }));
    expect(() => loadTemplateGrid('../reference-data/regions')).toThrow(expect.objectContaining({ code: 'grid.template_unknown' }));
  });
});
