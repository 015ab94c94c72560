/** Messages of the core as a whole: its entrance, the session file, the transports. */
import type { Translation } from '../translation.ts';

export const fr = {
  internal: '{{method}} : erreur interne ({{detail}}).',
  unknown_method: 'Méthode inconnue : « {{method}} ».',
  invalid_argument: '{{method}} : argument invalide.',
  transport: 'Serveur injoignable : {{detail}}',
  upload_failed: 'Envoi impossible : {{detail}}',
  busy: 'Une opération est déjà en cours : attendez sa fin ou annulez-la.',
  file_unreadable: 'Fichier « {{path}} » illisible ({{detail}}).',
} as const;

export const en: Translation<typeof fr> = {
  internal: '{{method}}: internal error ({{detail}}).',
  unknown_method: 'Unknown method: “{{method}}”.',
  invalid_argument: '{{method}}: invalid argument.',
  transport: 'Server unreachable: {{detail}}',
  upload_failed: 'Upload failed: {{detail}}',
  busy: 'An operation is already running: wait for it to end or cancel it.',
  file_unreadable: 'File “{{path}}” cannot be read ({{detail}}).',
};
