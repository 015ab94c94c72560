/**
 * The scoring grid as a JSON file: the format of the shipped templates (resources/templates/*.grid.json) and of
 * `comitia grid SESSION --set FILE.json`. Every invariant the scoring core relies on is checked here, so that a grid
 * that reaches the session file is one the aggregates can use; each error names the field it concerns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fieldName, issueMessage } from '../../common/api/validate.ts';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import type { Grid, Scale } from '../../common/domain/types.ts';
import { readOnScale } from '../../common/scoring/scale.ts';
import { tieBreakRuleProblem } from '../../common/scoring/tieBreak.ts';
import { AppError } from '../../common/result.ts';
import { resourcesDir } from '../paths.ts';

/** A missing field says so; a present one of the wrong type gets `code`. */
const missing = (code: MessageCode) => (issue: { input?: unknown }) => (issue.input === undefined ? 'grid.required' : code);

const text = z.string({ error: missing('validation.text_expected') }).trim().min(1, 'validation.empty_text');

const optionalText = z
  .string({ error: 'validation.text_expected' })
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

/** Ids appear in CSV files (scores import) and in `criterion:<id>` rules: no separators, no spaces. */
const identifier = z
  .string({ error: missing('validation.id_expected') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'validation.id_format');

const number = () => z.number({ error: missing('validation.number_expected') });

/** An object that refuses unknown keys (a misspelt "wieght" must not pass unnoticed). */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? 'grid.unknown_keys' : issue.input === undefined ? 'grid.required' : 'grid.object_expected',
  });
}

const scaleSchema = strictObject({
  min: number(),
  max: number(),
  step: number().positive('grid.step_not_positive'),
}).superRefine((s, ctx) => {
  if (!(s.max > s.min)) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: 'grid.max_not_above_min', params: { min: s.min, max: s.max } });
  } else if (s.step > s.max - s.min) {
    ctx.addIssue({ code: 'custom', path: ['step'], message: 'grid.step_too_wide', params: { min: s.min, max: s.max, step: s.step } });
  }
});

const criterionSchema = strictObject({
  id: identifier,
  label: text,
  description: optionalText,
  section: optionalText,
  weight: number().min(0, 'validation.weight_not_negative'),
  scale: scaleSchema.nullish().transform((v) => v ?? null),
  levels: z
    .record(z.string(), text, { error: 'grid.levels_expected' })
    .optional()
    .transform((v) => v ?? {}),
});

const eligibilitySchema = strictObject({ id: identifier, label: text, description: optionalText });

export const gridFileSchema = strictObject({
  scale: scaleSchema,
  criteria: z.array(criterionSchema, { error: missing('grid.criteria_expected') }).min(1, 'grid.criteria_empty'),
  eligibility: z
    .array(eligibilitySchema, { error: 'grid.checks_expected' })
    .optional()
    .transform((v) => v ?? []),
  tieBreak: z
    .array(z.string({ error: 'grid.rule_expected' }), { error: 'grid.rules_expected' })
    .optional()
    .transform((v) => v ?? []),
}).superRefine((grid, ctx) => {
  // Criteria and eligibility checks share one namespace of ids; the second use names the first by its position.
  const seen = new Map<string, { code: 'grid.id_taken_by_criterion' | 'grid.id_taken_by_check'; n: number }>();
  const claim = (id: string, kind: 'criteria' | 'eligibility', i: number) => {
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [kind, i, 'id'], message: first.code, params: { id, n: first.n } });
    } else {
      seen.set(id, { code: kind === 'criteria' ? 'grid.id_taken_by_criterion' : 'grid.id_taken_by_check', n: i + 1 });
    }
  };
  grid.criteria.forEach((c, i) => {
    claim(c.id, 'criteria', i);
    const scale = c.scale ?? grid.scale;
    // An invalid scale has its own error already; judging levels against it would only add noise.
    if (!isUsableScale(scale)) return;
    for (const key of Object.keys(c.levels)) {
      const problem = levelKeyProblem(key, scale);
      if (problem) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'levels', key], message: problem.code, params: problem.params });
    }
  });
  grid.eligibility.forEach((e, i) => claim(e.id, 'eligibility', i));

  // The rule itself is common/scoring/tieBreak.ts's, the one the ranking applies; only repetition is a file matter.
  const criterionIds = new Set(grid.criteria.map((c) => c.id));
  const rules = new Set<string>();
  grid.tieBreak.forEach((rule, i) => {
    const path = ['tieBreak', i];
    const problem = rules.has(rule) ? { code: 'grid.rule_repeated', params: { rule } } : tieBreakRuleProblem(rule, criterionIds);
    if (problem) ctx.addIssue({ code: 'custom', path, message: problem.code, params: problem.params });
    rules.add(rule);
  });
});

const isUsableScale = (s: Scale): boolean => s.step > 0 && s.max > s.min;

/** A level key is a value of the scale written as a plain number ("0", "1.5"), exactly one of its levels. */
function levelKeyProblem(key: string, scale: Scale): { code: MessageCode; params: Record<string, string | number> } | null {
  const value = Number(key);
  if (key.trim() === '' || !Number.isFinite(value) || String(value) !== key) {
    return { code: 'grid.level_not_a_number', params: { level: key, min: scale.min } };
  }
  const reading = readOnScale(value, scale);
  if (!reading.ok || reading.value !== value) {
    return { code: 'grid.level_off_scale', params: { level: key, min: scale.min, max: scale.max, step: scale.step } };
  }
  return null;
}

export type GridFile = z.input<typeof gridFileSchema>;

/** Validates a parsed grid file and returns the grid; an invalid one throws `grid.invalid` listing every problem by field. */
export function parseGridFile(json: unknown): Grid {
  const parsed = gridFileSchema.safeParse(json);
  if (!parsed.success) {
    // Every problem, each with its field, so that the grid editor can point at all of them at once.
    const issues = parsed.error.issues.map((issue) => {
      const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
      return { ...issueMessage(issue), field: fieldName(path) };
    });
    throw new AppError('grid.invalid', { count: issues.length }, { issues });
  }
  const g = parsed.data;
  return {
    scale: g.scale,
    criteria: g.criteria.map((c) => ({
      id: c.id,
      section: c.section,
      label: c.label,
      description: c.description,
      weight: c.weight,
      scale: c.scale,
      levels: c.levels,
    })),
    eligibility: g.eligibility.map((e) => ({ id: e.id, label: e.label, description: e.description })),
    tieBreak: g.tieBreak,
  };
}

/** Parses the text of a grid file (`source` names it in the error when the JSON itself is unreadable). */
export function parseGridText(content: string, source: string): Grid {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new AppError('grid.not_json', { source, detail: (cause as Error).message });
  }
  return parseGridFile(json);
}

/** One of the grid templates shipped under resources/templates (`<name>.grid.json`). */
export function loadTemplateGrid(name = 'territoires-volontaires'): Grid {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new AppError('grid.template_unknown', { name });
  }
  const path = join(resourcesDir(), 'templates', `${name}.grid.json`);
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('grid.template_missing', { name, path });
  }
  return parseGridText(content, path);
}
