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
};
