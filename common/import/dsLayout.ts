/**
 * The démarches-simplifiées export layouts, recognised by header text (custom export templates rename and reorder
 * columns, so positions mean nothing). Sources: `Dossier#spreadsheet_columns` and the export templates of
 * github.com/demarches-simplifiees/demarches-simplifiees.fr; the domain notes in design/domain.md.
 */
import type { DossierState } from '../domain/types.ts';
import { foldText, headerKey } from './frenchValues.ts';

/** `ds-2022`: `Archivé`, no `FranceConnect ?`; `ds-2024`: `À archiver`, `FranceConnect ?`, `Dernière mise à jour du
 * dossier le`; `ds`: an export with neither marker (a custom template); `tableur`: a hand-made spreadsheet. */
export type SourceLayout = 'ds-2022' | 'ds-2024' | 'ds' | 'tableur';

export const LAYOUT_LABELS_FR: Record<SourceLayout, string> = {
  'ds-2022': 'export démarches-simplifiées (format 2022)',
  'ds-2024': 'export démarches-simplifiées (format actuel)',
  ds: 'export démarches-simplifiées (modèle personnalisé)',
  tableur: 'tableur',
};

/**
 * Columns the platform adds around the form's own fields. They are never proposed for a form field by similarity
 * (e.g. `Motivation de la décision` is the instructor's, not the applicant's motivation), only by the exact rules
 * in proposeMapping; unmapped, they are kept as additional fields like any other column.
 */
export const DS_SYSTEM_HEADERS: readonly string[] = [
  'ID', 'Email', 'FranceConnect ?', 'Civilité', 'Nom', 'Prénom', 'Dépôt pour un tiers', 'Nom du mandataire',
  'Prénom du mandataire', 'Date de naissance', 'Entreprise raison sociale', 'Archivé', 'À archiver', 'État du dossier',
  'Dernière mise à jour le', 'Dernière mise à jour du dossier le', 'Déposé le', 'Passé en instruction le', 'Traité le',
  'Motivation de la décision', 'Instructeurs', 'Groupe instructeur', 'Domaine Fonctionnel',
  'Référentiel De Programmation', 'Centre De Coût',
];

const SYSTEM_KEYS = new Set(DS_SYSTEM_HEADERS.map(headerKey));

/** The CSV export's establishment columns (`Établissement …`, `Entreprise …`, `Association …`). */
export function isDsSystemHeader(header: string): boolean {
  const key = headerKey(header);
  return SYSTEM_KEYS.has(key) || /^(etablissement|entreprise|association) /.test(key);
}

export function detectLayout(headers: readonly string[]): SourceLayout {
  const keys = new Set(headers.map(headerKey));
  const isDs = keys.has('id') && keys.has('etat du dossier');
  if (!isDs) return 'tableur';
  if (keys.has('a archiver') || keys.has('franceconnect') || keys.has('derniere mise a jour du dossier le')) return 'ds-2024';
  if (keys.has('archive')) return 'ds-2022';
  return 'ds';
}

const STATES: Record<string, DossierState> = {
  brouillon: 'brouillon',
  'en construction': 'en_construction',
  'en instruction': 'en_instruction',
  accepte: 'accepte',
  refuse: 'refuse',
  'classe sans suite': 'sans_suite',
  'sans suite': 'sans_suite',
};

/** `État du dossier` as exported ("En construction", "Accepté"…), or an internal name; undefined when unknown. */
export function stateFromLabel(label: string): DossierState | undefined {
  const key = foldText(label).replace(/_/g, ' ');
  return STATES[key];
}

/** Repeated-block sheets are named `(<id>) <label>`, cut to 30 characters. */
export const REPEATED_BLOCK_SHEET = /^\((\d+)\)\s*(.*)$/;
