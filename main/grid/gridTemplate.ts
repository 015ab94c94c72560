/**
 * The scoring grid as a JSON file: the format of the shipped templates (resources/templates/*.grid.json) and of
 * `comitia grid SESSION --set FILE.json`. Every invariant the scoring core relies on is checked here, so that a grid
 * that reaches the session file is one the aggregates can use; each error names the field it concerns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fieldName, issueMessage } from '../../common/api/validate.ts';
import { isMessageCode } from '../../common/i18n/messageCode.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';
import type { Grid, Scale } from '../../common/domain/types.ts';
import { AppError } from '../../common/result.ts';
import { resourcesDir } from '../paths.ts';

const missing = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'champ obligatoire manquant' : what;

const text = z
  .string({ error: missing('texte attendu') })
  .trim()
  .min(1, 'ne doit pas être vide');

const optionalText = z
  .string({ error: 'texte attendu' })
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

/** Ids appear in CSV files (scores import) and in `criterion:<id>` rules: no separators, no spaces. */
const identifier = z
  .string({ error: missing('identifiant attendu (texte)') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'identifiant invalide : 1 à 64 lettres, chiffres, « _ », « - » ou « . »');

const number = (what: string) => z.number({ error: missing(`${what} : nombre attendu`) });

/** An object that refuses unknown keys (a misspelt "wieght" must not pass unnoticed). */
function strictObject<T extends z.ZodRawShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `clé inconnue (${issue.keys.map((k) => `« ${k} »`).join(', ')})`
        : issue.input === undefined
          ? 'champ obligatoire manquant'
          : `${what} : objet JSON attendu`,
  });
}

const scaleSchema = strictObject(
  {
    min: number('minimum'),
    max: number('maximum'),
    step: number('pas').positive('le pas doit être strictement positif'),
  },
  'échelle',
).superRefine((s, ctx) => {
  if (!(s.max > s.min)) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: `le maximum (${s.max}) doit être supérieur au minimum (${s.min})` });
  } else if (s.step > s.max - s.min) {
    ctx.addIssue({ code: 'custom', path: ['step'], message: `le pas (${s.step}) dépasse l'étendue de l'échelle (${s.min} à ${s.max})` });
  }
});

const criterionSchema = strictObject(
  {
    id: identifier,
    label: text,
    description: optionalText,
    section: optionalText,
    weight: number('poids').min(0, 'le poids doit être positif ou nul'),
    scale: scaleSchema.nullish().transform((v) => v ?? null),
    levels: z
      .record(z.string(), text, { error: 'descripteurs attendus : un objet {"0": "…", "1": "…"}' })
      .optional()
      .transform((v) => v ?? {}),
  },
  'critère',
);

const eligibilitySchema = strictObject(
  { id: identifier, label: text, description: optionalText },
  "critère d'éligibilité",
);

const DEPOSITED = 'deposited';
const CRITERION_RULE = 'criterion:';

export const gridFileSchema = strictObject(
  {
    scale: scaleSchema,
    criteria: z
      .array(criterionSchema, { error: missing('liste de critères attendue') })
      .min(1, 'la grille doit compter au moins un critère'),
    eligibility: z
      .array(eligibilitySchema, { error: "liste de critères d'éligibilité attendue" })
      .optional()
      .transform((v) => v ?? []),
    tieBreak: z
      .array(z.string({ error: 'règle attendue (texte)' }), { error: 'liste de règles de départage attendue' })
      .optional()
      .transform((v) => v ?? []),
  },
  'grille',
).superRefine((grid, ctx) => {
  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const first = seen.get(id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path, message: `identifiant « ${id} » déjà utilisé par ${first}` });
    } else {
      seen.set(id, fieldName(path.slice(0, 2)));
    }
  };
  grid.criteria.forEach((c, i) => {
    claim(c.id, ['criteria', i, 'id']);
    const scale = c.scale ?? grid.scale;
    // An invalid scale has its own error already; judging levels against it would only add noise.
    if (!isUsableScale(scale)) return;
    for (const key of Object.keys(c.levels)) {
      const problem = levelKeyProblem(key, scale);
      if (problem) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'levels', key], message: problem });
    }
  });
  grid.eligibility.forEach((e, i) => claim(e.id, ['eligibility', i, 'id']));

  const criterionIds = new Set(grid.criteria.map((c) => c.id));
  const rules = new Set<string>();
  grid.tieBreak.forEach((rule, i) => {
    const path = ['tieBreak', i];
    if (rules.has(rule)) {
      ctx.addIssue({ code: 'custom', path, message: `règle « ${rule} » répétée` });
    } else if (rule.startsWith(CRITERION_RULE)) {
      const id = rule.slice(CRITERION_RULE.length);
      if (!criterionIds.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `la règle « ${rule} » désigne un critère inconnu (« ${id} »)` });
      }
    } else if (rule !== DEPOSITED) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `règle « ${rule} » inconnue : « ${DEPOSITED} » ou « ${CRITERION_RULE}<identifiant d'un critère> » attendu`,
      });
    }
    rules.add(rule);
  });
});

const isUsableScale = (s: Scale): boolean => s.step > 0 && s.max > s.min;

/** A level key is a value of the scale written as a plain number ("0", "1.5"). */
function levelKeyProblem(key: string, scale: Scale): string | null {
  const value = Number(key);
  if (key.trim() === '' || !Number.isFinite(value) || String(value) !== key) {
    return `niveau « ${key} » : un nombre de l'échelle est attendu (par exemple « ${scale.min} »)`;
  }
  const steps = (value - scale.min) / scale.step;
  if (value < scale.min || value > scale.max || Math.abs(steps - Math.round(steps)) > 1e-9) {
    return `niveau « ${key} » hors de l'échelle (${scale.min} à ${scale.max}, pas de ${scale.step})`;
  }
  return null;
}

export type GridFile = z.input<typeof gridFileSchema>;

/** Validates a parsed grid file and returns the grid; an invalid one throws AppError('invalid_grid') naming the field. */
export function parseGridFile(json: unknown): Grid {
  const parsed = gridFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: fieldName(
        issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path,
      ),
      // Transitional: this schema still words some of its messages in French; codes are worded by the catalogue.
      message: isMessageCode(issue.message) ? messageText(issueMessage(issue)) : issue.message,
    }));
    const first = issues[0]!;
    const where = first.field ? `champ « ${first.field} » : ` : '';
    const more = issues.length > 1 ? ` (et ${issues.length - 1} autre${issues.length > 2 ? 's' : ''} erreur${issues.length > 2 ? 's' : ''})` : '';
    throw new AppError('invalid_grid', `Grille invalide, ${where}${first.message}${more}.`, { issues });
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
    throw new AppError('invalid_grid', `Grille invalide : « ${source} » n'est pas un JSON lisible (${(cause as Error).message}).`);
  }
  return parseGridFile(json);
}

/** One of the grid templates shipped under resources/templates (`<name>.grid.json`). */
export function loadTemplateGrid(name = 'territoires-volontaires'): Grid {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new AppError('not_found', `Modèle de grille « ${name} » inconnu.`);
  }
  const path = join(resourcesDir(), 'templates', `${name}.grid.json`);
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('not_found', `Modèle de grille « ${name} » introuvable (${path}).`);
  }
  return parseGridText(content, path);
}
