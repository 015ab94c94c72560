/**
 * Messages of the shells (codes: `shell.<key>`): what both the desktop and the web shell refuse or report about
 * files, attachments and IPC, French first; English typed from the French.
 */
import type { Translation } from '../translation.ts';

export const fr = {
  path_reference_expected: '{{method}} : « {{field}} » doit désigner un fichier choisi dans Comitia, pas un chemin.',
  dialog_reference_expected:
    '{{method}} : « {{field}} » doit désigner un fichier choisi dans une boîte de dialogue de Comitia (« Ouvrir… », « Choisir… »), pas un chemin.',
  ipc_channel_refused: "Canal IPC refusé : « {{channel}} » n'est pas un canal de l'API Comitia.",
  ipc_sender_refused: "Appel IPC refusé ({{channel}}) : l'expéditeur n'est pas la fenêtre de Comitia.",
  dialog_sender_refused: "Demande refusée ({{dialog}}) : l'expéditeur n'est pas la fenêtre de Comitia.",
  attachment_id_expected: 'Pièce jointe : identifiant entier positif attendu.',
  attachment_read_failed: 'Pièce jointe n° {{id}} illisible : la base de la session a répondu par une erreur ({{detail}}).',
  attachment_unsafe_type:
    "« {{name}} » n'est pas ouvert par Comitia : les fichiers .{{ext}} peuvent contenir du code exécuté à l'ouverture. Enregistrez-le (« Enregistrer sous… ») et faites-le vérifier avant de l’ouvrir.",
  attachment_unsafe_no_extension:
    "« {{name}} » n'est pas ouvert par Comitia : les fichiers sans extension peuvent contenir du code exécuté à l'ouverture. Enregistrez-le (« Enregistrer sous… ») et faites-le vérifier avant de l’ouvrir.",
  attachment_open_failed: "« {{name}} » n'a pas pu être ouvert : {{detail}}",
  attachment_macro_capable:
    "« {{name}} » n'est pas ouvert par Comitia : les documents .{{ext}} peuvent contenir des macros exécutées à l'ouverture. Enregistrez-le (« Enregistrer sous… ») et faites-le vérifier avant de l’ouvrir.",
  attachment_bad_record:
    "Pièce jointe n° {{id}} refusée : son enregistrement dans la session est invalide ({{field}}). Le fichier de session a peut-être été modifié hors de Comitia.",
  attachment_path_outside: "Pièce jointe n° {{id}} refusée : sa copie sortirait du dossier privé de Comitia.",
  // The desktop shell's own words (menu, native dialogs, error boxes): main/shell/texts.ts reads them.
  file_menu: 'Fichier',
  new_session: 'Nouvelle session…',
  open_session: 'Ouvrir…',
  quit: 'Quitter',
  edit_menu: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  select_all: 'Tout sélectionner',
  view_menu: 'Affichage',
  reload: 'Recharger',
  zoom_in: 'Zoom avant',
  zoom_out: 'Zoom arrière',
  reset_zoom: 'Taille réelle',
  full_screen: 'Plein écran',
  dev_tools: 'Outils de développement',
  help_menu: 'Aide',
  about: 'À propos de Comitia',
  about_detail: 'Comitia {{version}}\nNotation, délibération et procès-verbal des comités de sélection, hors ligne, dans un fichier par session.',
  open_dialog_title: 'Ouvrir une session',
  new_dialog_title: 'Nouvelle session',
  new_session_default_name: 'nouvelle-session.comitia',
  session_file_filter: 'Sessions Comitia',
  error_title: 'Comitia : erreur',
  startup_failed: "Aucune session n'a pu être ouverte au démarrage",
  import_source_title: 'Choisir le fichier des dossiers à importer',
  import_source_filter: 'Exports de dossiers (XLSX, ODS, CSV)',
  import_attachments_title: 'Choisir l’archive des pièces jointes',
  import_attachments_filter: 'Archives ZIP',
  all_files_filter: 'Tous les fichiers',
  save_attachment_title: 'Enregistrer la pièce jointe',
  review_package_filter: 'Dossiers de notation Comitia',
  score_return_filter: 'Retours de notes Comitia',
} as const;

export const en: Translation<typeof fr> = {
  path_reference_expected: '{{method}}: “{{field}}” must name a file chosen in Comitia, not a path.',
  dialog_reference_expected:
    '{{method}}: “{{field}}” must name a file chosen in one of Comitia’s dialogs (“Open…”, “Choose…”), not a path.',
  ipc_channel_refused: 'IPC channel refused: “{{channel}}” is not a Comitia API channel.',
  ipc_sender_refused: 'IPC call refused ({{channel}}): the sender is not the Comitia window.',
  dialog_sender_refused: 'Request refused ({{dialog}}): the sender is not the Comitia window.',
  attachment_id_expected: 'Attachment: a positive whole number was expected as its identifier.',
  attachment_read_failed: 'Attachment no. {{id}} cannot be read: the session database answered with an error ({{detail}}).',
  attachment_unsafe_type:
    'Comitia does not open “{{name}}”: .{{ext}} files may run code when opened. Save it (“Save as…”) and have it checked before opening it.',
  attachment_unsafe_no_extension:
    'Comitia does not open “{{name}}”: files without an extension may run code when opened. Save it (“Save as…”) and have it checked before opening it.',
  attachment_open_failed: '“{{name}}” could not be opened: {{detail}}',
  attachment_macro_capable:
    'Comitia does not open “{{name}}”: .{{ext}} documents may contain macros that run when opened. Save it (“Save as…”) and have it checked before opening it.',
  attachment_bad_record:
    'Attachment no. {{id}} refused: its record in the session is invalid ({{field}}). The session file may have been changed outside Comitia.',
  attachment_path_outside: 'Attachment no. {{id}} refused: its copy would land outside Comitia’s private folder.',
  // The desktop shell's own words.
  file_menu: 'File',
  new_session: 'New session…',
  open_session: 'Open…',
  quit: 'Quit',
  edit_menu: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  select_all: 'Select all',
  view_menu: 'View',
  reload: 'Reload',
  zoom_in: 'Zoom in',
  zoom_out: 'Zoom out',
  reset_zoom: 'Actual size',
  full_screen: 'Full screen',
  dev_tools: 'Developer tools',
  help_menu: 'Help',
  about: 'About Comitia',
  about_detail: 'Comitia {{version}}\nScoring, deliberation and minutes for selection committees, offline, in one file per session.',
  open_dialog_title: 'Open a session',
  new_dialog_title: 'New session',
  new_session_default_name: 'new-session.comitia',
  session_file_filter: 'Comitia sessions',
  error_title: 'Comitia: error',
  startup_failed: 'No session could be opened at start-up',
  import_source_title: 'Choose the file of applications to import',
  import_source_filter: 'Application exports (XLSX, ODS, CSV)',
  import_attachments_title: 'Choose the attachments archive',
  import_attachments_filter: 'ZIP archives',
  all_files_filter: 'All files',
  save_attachment_title: 'Save the attachment',
  review_package_filter: 'Comitia review packages',
  score_return_filter: 'Comitia score returns',
};
