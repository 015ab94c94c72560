/** Messages about the session file and its contents as a whole (codes: `session.<key>`). */
import type { Translation } from '../translation.ts';

export const fr = {
  no_session: 'Aucune session ouverte : ouvrez ou créez un fichier de session.',
  exists: 'Le fichier « {{path}} » existe déjà : choisissez un autre nom ou ouvrez-le.',
  file_missing: "Le fichier de session « {{path}} » n'existe pas.",
  not_a_session: "« {{path}} » n'est pas un fichier de session Comitia lisible ({{detail}}).",
  not_comitia: '« {{path}} » est une base SQLite, mais pas un fichier de session Comitia.',
  newer_version:
    '« {{path}} » a été écrit par une version plus récente de Comitia (schéma {{version}}, cette version lit jusqu’au schéma {{supported}}) : mettez l’application à jour.',
  bad_version: '« {{path}} » porte un numéro de schéma invalide ({{version}}) : ce n’est pas un fichier de session Comitia intact.',
  schema_tampered:
    '« {{path}} » a été modifié hors de Comitia : sa structure ne correspond pas à celle d’un fichier de session ({{objects}}). Il n’a pas été ouvert.',
  audit_chain_broken: 'Le journal d’audit de cette session est rompu à l’entrée n° {{seq}} : une entrée a été modifiée ou supprimée hors de Comitia.',
  audit_rewritten:
    'Le journal d’audit ne contient plus l’entrée n° {{seq}} enregistrée sur cet ordinateur le {{at}} : le fichier a été réécrit ailleurs depuis.',
  disk_full: 'Le disque est plein : l’enregistrement n’a pas été fait et le fichier de session est resté tel qu’il était. Libérez de la place puis recommencez.',
  read_only: 'Le fichier de session est en lecture seule (support protégé, droits insuffisants) : rien n’a été modifié.',
  busy: 'Le fichier de session est occupé par un autre programme : réessayez dans un instant.',
  corrupt: 'Le fichier de session est endommagé : restaurez une copie de sauvegarde (Réglages › Sauvegardes).',
  io_error: 'Le fichier de session n’a pas pu être lu ou écrit ({{detail}}) : rien n’a été modifié.',
  backup_failed: 'La copie de sauvegarde de « {{path}} » a échoué ({{detail}}) : rien n’a été modifié.',
  backup_not_found: 'Copie de sauvegarde « {{name}} » introuvable pour cette session.',
  dossier_not_found: 'Dossier « {{id}} » introuvable dans cette session.',
  attachment_not_found: 'Pièce jointe n° {{id}} introuvable dans cette session.',
  demo_not_empty: 'La session contient déjà des dossiers : la démonstration se crée dans une session vide.',
  demo_count_invalid: 'Nombre de dossiers de démonstration invalide ({{count}}).',
} as const;

export const en: Translation<typeof fr> = {
  no_session: 'No session open: open or create a session file.',
  exists: 'The file “{{path}}” already exists: choose another name or open it.',
  file_missing: 'The session file “{{path}}” does not exist.',
  not_a_session: '“{{path}}” is not a readable Comitia session file ({{detail}}).',
  not_comitia: '“{{path}}” is an SQLite database, but not a Comitia session file.',
  newer_version:
    '“{{path}}” was written by a newer version of Comitia (schema {{version}}; this version reads up to schema {{supported}}): update the application.',
  bad_version: '“{{path}}” carries an invalid schema number ({{version}}): it is not an intact Comitia session file.',
  schema_tampered:
    '“{{path}}” was modified outside Comitia: its structure does not match a session file ({{objects}}). It was not opened.',
  audit_chain_broken: 'The audit log of this session is broken at entry no. {{seq}}: an entry was changed or removed outside Comitia.',
  audit_rewritten: 'The audit log no longer holds entry no. {{seq}} recorded on this computer on {{at}}: the file has been rewritten elsewhere since.',
  disk_full: 'The disk is full: nothing was saved and the session file is as it was. Free some space, then try again.',
  read_only: 'The session file is read-only (protected medium, insufficient rights): nothing was changed.',
  busy: 'The session file is held by another program: try again in a moment.',
  corrupt: 'The session file is damaged: restore a backup copy (Settings › Backups).',
  io_error: 'The session file could not be read or written ({{detail}}): nothing was changed.',
  backup_failed: 'The backup copy of “{{path}}” failed ({{detail}}): nothing was changed.',
  backup_not_found: 'Backup copy “{{name}}” not found for this session.',
  dossier_not_found: 'Dossier “{{id}}” not found in this session.',
  attachment_not_found: 'Attachment no. {{id}} not found in this session.',
  demo_not_empty: 'The session already holds dossiers: the demonstration is created in an empty session.',
  demo_count_invalid: 'Invalid number of demonstration dossiers ({{count}}).',
};
