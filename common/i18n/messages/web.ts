/**
 * Messages of the web shell (codes: `web.<key>`): its refusals, answered as JSON Results so the page can say what
 * happened, and what `npm run web` prints. French first; English typed from the French.
 */
import type { Translation } from '../translation.ts';

export const fr = {
  misdirected: "Requête refusée : « {{host}} » n'est pas l'adresse de ce serveur Comitia.",
  bad_escape: 'Adresse refusée : une séquence « %xx » y est mal formée.',
  unauthorized: "Jeton d'accès invalide : rouvrez l'adresse affichée au lancement du serveur web.",
  method_not_allowed: 'Méthode HTTP {{method}} refusée ici : {{allowed}} seulement.',
  unknown_route: "Adresse inconnue de l'API : « {{path}} ».",
  not_found: 'Fichier introuvable : « {{path}} ».',
  body_too_large: "Requête trop volumineuse (plus de {{limit}} Mo) : rien n'a été lu.",
  bad_json: 'Corps de requête illisible : un objet JSON était attendu.',
  upload_parameters: 'Envoi refusé : paramètres « kind » (source ou attachments) et « name » attendus.',
  upload_too_large_source: "Le fichier de dossiers dépasse la taille admise pour un envoi ({{limit}} Mo) : rien n'a été reçu.",
  upload_too_large_attachments:
    "L'archive des pièces jointes dépasse la taille admise pour un envoi ({{limit}} Mo) : rien n'a été reçu.",
  upload_too_large: "Le fichier dépasse la taille admise pour un envoi ({{limit}} Mo) : rien n'a été reçu.",
  upload_interrupted: 'Envoi de « {{name}} » interrompu : {{detail}}.',
  upload_quota:
    "Envoi refusé : le serveur garde déjà {{count}} fichiers envoyés ({{total}} Mo, au plus {{maxCount}} fichiers et {{maxTotal}} Mo). Terminez ou annulez l'import en cours.",
  too_many_event_streams: 'Trop de connexions au flux d’événements (au plus {{max}}) : fermez des onglets de Comitia.',
  upload_reference_expected:
    '{{method}} : « {{field}} » doit désigner un fichier envoyé depuis cette page (bouton « Choisir… »), pas un chemin.',
  session_outside_folder:
    'Dans le navigateur, une session ne s’ouvre ou ne se crée que dans le dossier des sessions du serveur web ({{folder}}) : « {{given}} » est ailleurs.',
  session_symlink: '« {{name}} » est un lien symbolique : le serveur web n’ouvre que des fichiers de session ordinaires.',
  internal: 'Erreur du serveur web : {{detail}}',
  started: 'Comitia (web) : {{url}}',
  session_line: 'Session : {{path}}',
  sessions_folder_line: 'Dossier des sessions (navigateur) : {{folder}}',
  no_session_line: 'Session : aucune',
  not_built: 'Interface non construite ({{dir}}) : lancez « npm run build » ou « npm run web ».',
  session_not_created: 'Session non créée : {{detail}}',
  session_not_opened: 'Session non ouverte : {{detail}}',
  read_only_needs_session: '--read-only demande --session FICHIER (un fichier de session existant).',
  bad_port: '--port : numéro de port attendu (0 à 65535), pas « {{value}} ».',
  usage_error: '{{detail}} (npm run web -- --help pour l’aide)',
  usage: 'Usage : npm run web -- [options]',
  usage_intro:
    'Sert l’interface et l’API sur 127.0.0.1 derrière un jeton propre à chaque lancement, et affiche l’adresse à ouvrir.',
  option_session: 'fichier de session à ouvrir (créé comme démonstration s’il n’existe pas)',
  option_empty: 'avec --session : crée une session vide plutôt qu’une démonstration',
  option_read_only: 'avec --session : ouvre ce fichier existant en lecture seule (rien n’y est écrit, ni migration ni copie)',
  option_sessions_dir:
    'dossier où le navigateur peut ouvrir et créer des sessions (par défaut : celui de --session, sinon le dossier des données)',
  option_port: 'port d’écoute (par défaut : un port libre)',
  option_data_dir: 'dossier des réglages et de la session de démonstration (par défaut : celui de l’application)',
  option_renderer: 'dossier de l’interface construite (par défaut : out/renderer)',
  option_help: 'affiche cette aide',
} as const;

export const en: Translation<typeof fr> = {
  misdirected: 'Request refused: “{{host}}” is not the address of this Comitia server.',
  bad_escape: 'Address refused: it holds a malformed “%xx” sequence.',
  unauthorized: 'Invalid access token: reopen the address printed when the web server started.',
  method_not_allowed: 'HTTP method {{method}} refused here: {{allowed}} only.',
  unknown_route: 'Unknown API address: “{{path}}”.',
  not_found: 'File not found: “{{path}}”.',
  body_too_large: 'Request too large (over {{limit}} MB): nothing was read.',
  bad_json: 'Unreadable request body: a JSON object was expected.',
  upload_parameters: 'Upload refused: parameters “kind” (source or attachments) and “name” expected.',
  upload_too_large_source: 'The applications file exceeds the size allowed for an upload ({{limit}} MB): nothing was received.',
  upload_too_large_attachments: 'The attachments archive exceeds the size allowed for an upload ({{limit}} MB): nothing was received.',
  upload_too_large: 'The file exceeds the size allowed for an upload ({{limit}} MB): nothing was received.',
  upload_interrupted: 'Upload of “{{name}}” interrupted: {{detail}}.',
  upload_quota:
    'Upload refused: the server already keeps {{count}} uploaded files ({{total}} MB; at most {{maxCount}} files and {{maxTotal}} MB). Finish or cancel the import under way.',
  too_many_event_streams: 'Too many connections to the event stream (at most {{max}}): close some Comitia tabs.',
  upload_reference_expected: '{{method}}: “{{field}}” must name a file uploaded from this page (“Choose…” button), not a path.',
  session_outside_folder:
    'In the browser, a session is opened or created only in the web server’s sessions folder ({{folder}}): “{{given}}” is elsewhere.',
  session_symlink: '“{{name}}” is a symbolic link: the web server opens ordinary session files only.',
  internal: 'Web server error: {{detail}}',
  started: 'Comitia (web): {{url}}',
  session_line: 'Session: {{path}}',
  sessions_folder_line: 'Sessions folder (browser): {{folder}}',
  no_session_line: 'Session: none',
  not_built: 'Interface not built ({{dir}}): run “npm run build” or “npm run web”.',
  session_not_created: 'Session not created: {{detail}}',
  session_not_opened: 'Session not opened: {{detail}}',
  read_only_needs_session: '--read-only needs --session FILE (an existing session file).',
  bad_port: '--port: a port number was expected (0 to 65535), not “{{value}}”.',
  usage_error: '{{detail}} (npm run web -- --help for help)',
  usage: 'Usage: npm run web -- [options]',
  usage_intro: 'Serves the interface and the API on 127.0.0.1 behind a per-run token, and prints the address to open.',
  option_session: 'session file to open (created as a demonstration if it does not exist)',
  option_empty: 'with --session: creates an empty session rather than a demonstration',
  option_read_only: 'with --session: opens that existing file read-only (nothing is written to it, no migration, no copy)',
  option_sessions_dir: 'folder where the browser may open and create sessions (default: that of --session, else the data folder)',
  option_port: 'port to listen on (default: a free port)',
  option_data_dir: 'folder of the settings and of the demonstration session (default: the application’s)',
  option_renderer: 'folder of the built interface (default: out/renderer)',
  option_help: 'prints this help',
};
