/**
 * The desktop shell's own words (menu, native dialogs, error boxes), French first. The interface's texts live in
 * the renderer's i18next catalogues; these few are shown by the main process, before or beside the page.
 */
import type { Language } from '../../common/domain/types.ts';

export interface ShellTexts {
  fileMenu: string;
  newSession: string;
  openSession: string;
  quit: string;
  editMenu: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  viewMenu: string;
  reload: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  devTools: string;
  helpMenu: string;
  about: string;
  aboutDetail: (version: string) => string;
  openDialogTitle: string;
  newDialogTitle: string;
  newSessionDefaultName: string;
  sessionFileFilter: string;
  errorTitle: string;
  startupFailed: string;
  importSourceTitle: string;
  importSourceFilter: string;
  importAttachmentsTitle: string;
  importAttachmentsFilter: string;
  allFilesFilter: string;
  saveAttachmentTitle: string;
}

const fr: ShellTexts = {
  fileMenu: 'Fichier',
  newSession: 'Nouvelle session…',
  openSession: 'Ouvrir…',
  quit: 'Quitter',
  editMenu: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  viewMenu: 'Affichage',
  reload: 'Recharger',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Taille réelle',
  fullScreen: 'Plein écran',
  devTools: 'Outils de développement',
  helpMenu: 'Aide',
  about: 'À propos de Comitia',
  aboutDetail: (version) =>
    `Comitia ${version}\nNotation, délibération et procès-verbal des comités de sélection, hors ligne, dans un fichier par session.`,
  openDialogTitle: 'Ouvrir une session',
  newDialogTitle: 'Nouvelle session',
  newSessionDefaultName: 'nouvelle-session.comitia',
  sessionFileFilter: 'Sessions Comitia',
  errorTitle: 'Comitia : erreur',
  startupFailed: "Aucune session n'a pu être ouverte au démarrage",
  importSourceTitle: 'Choisir le fichier des dossiers à importer',
  importSourceFilter: 'Exports de dossiers (XLSX, ODS, CSV)',
  importAttachmentsTitle: 'Choisir l’archive des pièces jointes',
  importAttachmentsFilter: 'Archives ZIP',
  allFilesFilter: 'Tous les fichiers',
  saveAttachmentTitle: 'Enregistrer la pièce jointe',
};

const en: ShellTexts = {
  fileMenu: 'File',
  newSession: 'New session…',
  openSession: 'Open…',
  quit: 'Quit',
  editMenu: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  viewMenu: 'View',
  reload: 'Reload',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  fullScreen: 'Full screen',
  devTools: 'Developer tools',
  helpMenu: 'Help',
  about: 'About Comitia',
  aboutDetail: (version) =>
    `Comitia ${version}\nScoring, deliberation and minutes for selection committees, offline, in one file per session.`,
  openDialogTitle: 'Open a session',
  newDialogTitle: 'New session',
  newSessionDefaultName: 'new-session.comitia',
  sessionFileFilter: 'Comitia sessions',
  errorTitle: 'Comitia: error',
  startupFailed: 'No session could be opened at start-up',
  importSourceTitle: 'Choose the file of applications to import',
  importSourceFilter: 'Application exports (XLSX, ODS, CSV)',
  importAttachmentsTitle: 'Choose the attachments archive',
  importAttachmentsFilter: 'ZIP archives',
  allFilesFilter: 'All files',
  saveAttachmentTitle: 'Save the attachment',
};

export function shellTexts(language: Language): ShellTexts {
  return language === 'en' ? en : fr;
}
