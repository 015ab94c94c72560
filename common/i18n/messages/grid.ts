/**
 * Messages of the grid part of the core (codes: `grid.<key>`): the grid file's checks and the refusals of a grid
 * change. French first; English typed from the French. A field-level message names no field: the issue's `field`
 * does, and the edges word it (`validation.issue_at`, or the interface's label for that field).
 */
import type { Translation } from '../translation.ts';

export const fr = {
  invalid_one: 'Grille invalide : {{count}} problème à corriger.',
  invalid_other: 'Grille invalide : {{count}} problèmes à corriger.',
  not_json: "Grille invalide : « {{source}} » n'est pas un JSON lisible ({{detail}}).",
  template_unknown: 'Modèle de grille « {{name}} » inconnu.',
  template_missing: 'Modèle de grille « {{name}} » introuvable ({{path}}).',
  confirm_required_one:
    'La notation a commencé ({{count}} note saisie) : la modification de la grille doit être confirmée ; elle sera consignée au journal.',
  confirm_required_other:
    'La notation a commencé ({{count}} notes saisies) : la modification de la grille doit être confirmée ; elle sera consignée au journal.',
  scores_off_scale_one:
    'Grille refusée : la nouvelle échelle du critère « {{criterion}} » (de {{min}} à {{max}}, par pas de {{step}}) exclut {{count}} note déjà saisie (par exemple membre « {{member}} », dossier « {{dossier}} » : {{value}}).',
  scores_off_scale_other:
    'Grille refusée : la nouvelle échelle du critère « {{criterion}} » (de {{min}} à {{max}}, par pas de {{step}}) exclut {{count}} notes déjà saisies (par exemple membre « {{member}} », dossier « {{dossier}} » : {{value}}).',
  criterion_referenced: 'Grille refusée : un critère retiré est encore cité par des données de la session.',
  // Field-level problems of the grid file.
  required: 'champ obligatoire manquant',
  object_expected: 'objet JSON attendu',
  unknown_keys: 'clé inconnue ({{keys}})',
  step_not_positive: 'le pas doit être strictement positif',
  max_not_above_min: 'le maximum ({{max}}) doit être supérieur au minimum ({{min}})',
  step_too_wide: "le pas ({{step}}) dépasse l'étendue de l'échelle ({{min}} à {{max}})",
  levels_expected: 'descripteurs attendus : un objet {"0": "…", "1": "…"}',
  criteria_expected: 'liste de critères attendue',
  criteria_empty: 'la grille doit compter au moins un critère',
  checks_expected: "liste de critères d'éligibilité attendue",
  rule_expected: 'règle attendue (texte)',
  rules_expected: 'liste de règles de départage attendue',
  id_taken_by_criterion: 'identifiant « {{id}} » déjà utilisé par le critère n° {{n}}',
  id_taken_by_check: "identifiant « {{id}} » déjà utilisé par le critère d'éligibilité n° {{n}}",
  level_not_a_number: "niveau « {{level}} » : un nombre de l'échelle est attendu (par exemple « {{min}} »)",
  level_off_scale: "niveau « {{level}} » hors de l'échelle ({{min}} à {{max}}, pas de {{step}})",
  rule_repeated: 'règle « {{rule}} » répétée',
  rule_unknown_criterion: 'la règle « {{rule}} » désigne un critère inconnu (« {{criterion}} »)',
  rule_unknown: "règle « {{rule}} » inconnue : « deposited » ou « criterion:<identifiant d'un critère> » attendu",
} as const;

export const en: Translation<typeof fr> = {
  invalid_one: 'Invalid grid: {{count}} problem to correct.',
  invalid_other: 'Invalid grid: {{count}} problems to correct.',
  not_json: 'Invalid grid: “{{source}}” is not readable JSON ({{detail}}).',
  template_unknown: 'Unknown grid template “{{name}}”.',
  template_missing: 'Grid template “{{name}}” not found ({{path}}).',
  confirm_required_one: 'Scoring has started ({{count}} score entered): the grid change must be confirmed; it will be recorded in the log.',
  confirm_required_other: 'Scoring has started ({{count}} scores entered): the grid change must be confirmed; it will be recorded in the log.',
  scores_off_scale_one:
    'Grid refused: the new scale of criterion “{{criterion}}” (from {{min}} to {{max}}, in steps of {{step}}) excludes {{count}} score already entered (for example member “{{member}}”, dossier “{{dossier}}”: {{value}}).',
  scores_off_scale_other:
    'Grid refused: the new scale of criterion “{{criterion}}” (from {{min}} to {{max}}, in steps of {{step}}) excludes {{count}} scores already entered (for example member “{{member}}”, dossier “{{dossier}}”: {{value}}).',
  criterion_referenced: 'Grid refused: a removed criterion is still referred to by data of the session.',
  required: 'required field missing',
  object_expected: 'a JSON object was expected',
  unknown_keys: 'unknown key ({{keys}})',
  step_not_positive: 'the step must be greater than zero',
  max_not_above_min: 'the maximum ({{max}}) must be greater than the minimum ({{min}})',
  step_too_wide: 'the step ({{step}}) is wider than the scale ({{min}} to {{max}})',
  levels_expected: 'descriptors expected: an object {"0": "…", "1": "…"}',
  criteria_expected: 'a list of criteria was expected',
  criteria_empty: 'the grid must have at least one criterion',
  checks_expected: 'a list of eligibility checks was expected',
  rule_expected: 'a rule was expected (text)',
  rules_expected: 'a list of tie-break rules was expected',
  id_taken_by_criterion: 'identifier “{{id}}” already used by criterion no. {{n}}',
  id_taken_by_check: 'identifier “{{id}}” already used by eligibility check no. {{n}}',
  level_not_a_number: 'level “{{level}}”: a number of the scale was expected (for example “{{min}}”)',
  level_off_scale: 'level “{{level}}” is off the scale ({{min}} to {{max}}, step {{step}})',
  rule_repeated: 'rule “{{rule}}” repeated',
  rule_unknown_criterion: 'rule “{{rule}}” names an unknown criterion (“{{criterion}}”)',
  rule_unknown: 'unknown rule “{{rule}}”: “deposited” or “criterion:<id of a criterion>” expected',
};
