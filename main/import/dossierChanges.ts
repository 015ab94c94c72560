/**
 * What a newer export changes in a dossier, field by field, and whether the change touches what the committee
 * scores (the applicant's answers) or only the platform's bookkeeping (state, instructors, update dates).
 */
import type { Dossier } from '../../common/domain/types.ts';
import { headerKey } from '../../common/import/frenchValues.ts';
import type { FieldChange } from '../../common/import/types.ts';
import type { DossierDraft } from './buildDossier.ts';

const COMPARED = [
  'name', 'echelon', 'insee', 'siren', 'departement', 'region', 'outreMer', 'population', 'referent', 'email', 'profile',
  'firstTimeInternational', 'firstTimeVolunteering', 'countries', 'priorityCountry', 'partnerAuthority', 'schemes',
  'missionsSending', 'missionsHosting', 'missionsSci', 'missionsVsi', 'narrative', 'state', 'depositedAt',
] as const satisfies readonly (keyof DossierDraft)[];

/** Platform columns that move without the applicant changing anything (démarches-simplifiées' export columns). */
const BOOKKEEPING_EXTRA = new Set(
  [
    'Archivé', 'À archiver', 'Dernière mise à jour le', 'Dernière mise à jour du dossier le', 'Passé en instruction le',
    'Traité le', 'Motivation de la décision', 'Instructeurs', 'Groupe instructeur',
  ].map(headerKey),
);

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

export function diffDossier(before: Dossier, after: DossierDraft): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED) {
    if (!same(before[field], after[field])) changes.push({ field, before: before[field], after: after[field] });
  }
  const keys = new Set([...Object.keys(before.extraFields), ...Object.keys(after.extraFields)]);
  for (const key of keys) {
    const a = before.extraFields[key] ?? null;
    const b = after.extraFields[key] ?? null;
    if (a !== b) changes.push({ field: `extraFields.${key}`, before: a, after: b });
  }
  return changes;
}

/** Whether a change concerns what the applicant wrote (and so what members scored). */
export function isContentChange(change: FieldChange): boolean {
  if (change.field === 'state') return false;
  if (change.field.startsWith('extraFields.')) return !BOOKKEEPING_EXTRA.has(headerKey(change.field.slice('extraFields.'.length)));
  return true;
}

/** The field as the committee reads it in a warning: "narrative" → the French label. */
export function changeLabel(change: FieldChange, labels: Record<string, string>): string {
  if (change.field.startsWith('extraFields.')) return `« ${change.field.slice('extraFields.'.length)} »`;
  return labels[change.field] ?? change.field;
}
