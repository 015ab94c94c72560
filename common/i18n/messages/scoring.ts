/** Messages of the scoring part of the core (codes: `scoring.<key>`), French first; English typed from the French. */
import type { Translation } from '../translation.ts';

export const fr = {
  // Who a view or a sheet names.
  unknown_member: 'Membre « {{member}} » inconnu dans cette session.',
  // A score refused (the sheet, the API, a row of a scores file): each names what is at fault.
  score_unknown_member: 'Note refusée : membre « {{member}} » inconnu dans cette session.',
  score_not_a_scorer: 'Note refusée : « {{name}} » ({{member}}) est observateur : les observateurs ne notent pas.',
  score_unknown_dossier: 'Note refusée : dossier « {{dossier}} » inconnu dans cette session.',
  score_unknown_criterion: 'Note refusée : critère « {{criterion}} » absent de la grille.',
  score_recused:
    "Note refusée : « {{name}} » ({{member}}) a déclaré un conflit d'intérêts pour le dossier « {{dossier}} » : il ne peut pas le noter.",
  score_not_a_number: 'Note refusée : critère « {{criterion}} » : la note doit être un nombre (de {{min}} à {{max}}, par pas de {{step}}).',
  score_off_scale:
    "Note refusée : critère « {{criterion}} » : la note {{value}} est hors de l'échelle (de {{min}} à {{max}}, par pas de {{step}}).",
  score_off_step:
    "Note refusée : critère « {{criterion}} » : la note {{value}} ne tombe pas sur un pas de l'échelle (de {{min}} à {{max}}, par pas de {{step}}).",
  entered_by_unknown: "Saisie refusée : « {{enteredBy}} » n'est ni un membre de la session ni « secretariat ».",
  // Conflicts of interest.
  conflict_unknown_member: 'Conflit refusé : membre « {{member}} » inconnu dans cette session.',
  conflict_unknown_dossier: 'Conflit refusé : dossier « {{dossier}} » inconnu dans cette session.',
  conflicts_unknown_member: 'Conflits refusés, entrée {{entry}} : membre « {{member}} » inconnu dans cette session.',
  conflicts_unknown_dossier: 'Conflits refusés, entrée {{entry}} : dossier « {{dossier}} » inconnu dans cette session.',
  // Eligibility results.
  eligibility_unknown_dossier: 'Éligibilité refusée, entrée {{entry}} : dossier « {{dossier}} » inconnu.',
  eligibility_unknown_check: "Éligibilité refusée, entrée {{entry}} : critère d'éligibilité « {{check}} » absent de la grille.",
  // The committee.
  member_still_referenced:
    "Comité refusé : « {{name}} » ({{member}}) ne peut pas être retiré, il a des notes ({{scores}}) ou des conflits d'intérêts ({{conflicts}}) dans cette session.",
  members_referenced: 'Comité refusé : un membre retiré est encore cité par des données de la session.',
  // Sheets and what a member may see.
  observer_has_no_sheet: "« {{name}} » est observateur : il n'a pas de grille de notation.",
  sheet_incomplete_one: "La grille de « {{name}} » n'est pas terminée : {{count}} dossier à compléter ({{dossiers}}).",
  sheet_incomplete_other: "La grille de « {{name}} » n'est pas terminée : {{count}} dossiers à compléter ({{dossiers}}).",
  blind_scoring:
    "Notation à l'aveugle : « {{name}} » verra les notes des autres membres après avoir marqué sa grille comme terminée.",
  whatif_unknown_criterion: 'Simulation impossible : critère « {{criterion}} » absent de la grille.',
  whatif_unknown_member: 'Simulation impossible : membre « {{member}} » inconnu dans cette session.',
  compare_unknown_dossier: 'Comparaison impossible : dossier « {{dossier}} » introuvable dans cette session.',
  // Files handed to the core (committee, conflicts, eligibility, scores).
  file_unreadable: 'Fichier « {{path}} » illisible ({{detail}}).',
  file_not_json: "« {{path}} » n'est pas un JSON lisible ({{detail}}).",
  file_invalid: '{{source}} invalide.',
  // Rows of a scores CSV file (the row and the column travel beside the message).
  csv_unreadable: 'CSV illisible ({{detail}})',
  csv_empty: 'fichier vide : en-tête « member,dossier,criterion,score » attendu',
  csv_unknown_column: 'colonne « {{column}} » inconnue (attendu : member, dossier, criterion, score, comment)',
  csv_missing_column: "colonne « {{column}} » absente de l'en-tête",
  csv_column_count: '{{found}} colonnes au lieu de {{expected}}',
  csv_empty_cell: 'colonne « {{column}} » vide',
  csv_score_unreadable: 'note « {{typed}} » illisible (nombre attendu)',
  csv_duplicate_row: "même membre, dossier et critère qu'à la ligne {{first}}",
  import_rejected_at: 'ligne {{row}}, colonne « {{column}} » : {{problem}}',
  import_rejected_row: 'ligne {{row}} : {{problem}}',
} as const;

export const en: Translation<typeof fr> = {
  unknown_member: 'Member “{{member}}” is not in this session.',
  score_unknown_member: 'Score refused: member “{{member}}” is not in this session.',
  score_not_a_scorer: 'Score refused: “{{name}}” ({{member}}) is an observer: observers do not score.',
  score_unknown_dossier: 'Score refused: dossier “{{dossier}}” is not in this session.',
  score_unknown_criterion: 'Score refused: criterion “{{criterion}}” is not in the grid.',
  score_recused: 'Score refused: “{{name}}” ({{member}}) declared a conflict of interest for dossier “{{dossier}}” and may not score it.',
  score_not_a_number: 'Score refused: criterion “{{criterion}}”: the score must be a number (from {{min}} to {{max}}, in steps of {{step}}).',
  score_off_scale: 'Score refused: criterion “{{criterion}}”: {{value}} is off the scale (from {{min}} to {{max}}, in steps of {{step}}).',
  score_off_step: 'Score refused: criterion “{{criterion}}”: {{value}} is not on a step of the scale (from {{min}} to {{max}}, in steps of {{step}}).',
  entered_by_unknown: 'Entry refused: “{{enteredBy}}” is neither a member of the session nor “secretariat”.',
  conflict_unknown_member: 'Conflict refused: member “{{member}}” is not in this session.',
  conflict_unknown_dossier: 'Conflict refused: dossier “{{dossier}}” is not in this session.',
  conflicts_unknown_member: 'Conflicts refused, entry {{entry}}: member “{{member}}” is not in this session.',
  conflicts_unknown_dossier: 'Conflicts refused, entry {{entry}}: dossier “{{dossier}}” is not in this session.',
  eligibility_unknown_dossier: 'Eligibility refused, entry {{entry}}: unknown dossier “{{dossier}}”.',
  eligibility_unknown_check: 'Eligibility refused, entry {{entry}}: eligibility check “{{check}}” is not in the grid.',
  member_still_referenced:
    'Committee refused: “{{name}}” ({{member}}) cannot be removed, they have scores ({{scores}}) or conflicts of interest ({{conflicts}}) in this session.',
  members_referenced: 'Committee refused: a removed member is still referred to by data of the session.',
  observer_has_no_sheet: '“{{name}}” is an observer and has no scoring sheet.',
  sheet_incomplete_one: 'The sheet of “{{name}}” is not finished: {{count}} dossier to complete ({{dossiers}}).',
  sheet_incomplete_other: 'The sheet of “{{name}}” is not finished: {{count}} dossiers to complete ({{dossiers}}).',
  blind_scoring: 'Blind scoring: “{{name}}” will see the other members’ scores once their own sheet is marked complete.',
  whatif_unknown_criterion: 'Simulation impossible: criterion “{{criterion}}” is not in the grid.',
  whatif_unknown_member: 'Simulation impossible: member “{{member}}” is not in this session.',
  compare_unknown_dossier: 'Comparison impossible: dossier “{{dossier}}” is not in this session.',
  file_unreadable: 'File “{{path}}” cannot be read ({{detail}}).',
  file_not_json: '“{{path}}” is not readable JSON ({{detail}}).',
  file_invalid: '{{source}} is invalid.',
  csv_unreadable: 'unreadable CSV ({{detail}})',
  csv_empty: 'empty file: header “member,dossier,criterion,score” expected',
  csv_unknown_column: 'unknown column “{{column}}” (expected: member, dossier, criterion, score, comment)',
  csv_missing_column: 'column “{{column}}” missing from the header',
  csv_column_count: '{{found}} columns instead of {{expected}}',
  csv_empty_cell: 'column “{{column}}” is empty',
  csv_score_unreadable: 'score “{{typed}}” cannot be read (a number was expected)',
  csv_duplicate_row: 'same member, dossier and criterion as on line {{first}}',
  import_rejected_at: 'line {{row}}, column “{{column}}”: {{problem}}',
  import_rejected_row: 'line {{row}}: {{problem}}',
};
