/**
 * The desktop shell's own words (menu, native dialogs, error boxes), French first, from the core's catalogue
 * (common/i18n/messages/shell.ts). The interface's texts live in the renderer's i18next catalogues; these few are
 * shown by the main process, before or beside the page.
 */
import type { Language } from '../../common/domain/types.ts';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';

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
  reviewPackageFilter: string;
  scoreReturnFilter: string;
}

/** Where each text is in the shell's catalogue (common/i18n/messages/shell.ts). */
const CODES = {
  fileMenu: 'shell.file_menu',
  newSession: 'shell.new_session',
  openSession: 'shell.open_session',
  quit: 'shell.quit',
  editMenu: 'shell.edit_menu',
  undo: 'shell.undo',
  redo: 'shell.redo',
  cut: 'shell.cut',
  copy: 'shell.copy',
  paste: 'shell.paste',
  selectAll: 'shell.select_all',
  viewMenu: 'shell.view_menu',
  reload: 'shell.reload',
  zoomIn: 'shell.zoom_in',
  zoomOut: 'shell.zoom_out',
  resetZoom: 'shell.reset_zoom',
  fullScreen: 'shell.full_screen',
  devTools: 'shell.dev_tools',
  helpMenu: 'shell.help_menu',
  about: 'shell.about',
  openDialogTitle: 'shell.open_dialog_title',
  newDialogTitle: 'shell.new_dialog_title',
  newSessionDefaultName: 'shell.new_session_default_name',
  sessionFileFilter: 'shell.session_file_filter',
  errorTitle: 'shell.error_title',
  startupFailed: 'shell.startup_failed',
  importSourceTitle: 'shell.import_source_title',
  importSourceFilter: 'shell.import_source_filter',
  importAttachmentsTitle: 'shell.import_attachments_title',
  importAttachmentsFilter: 'shell.import_attachments_filter',
  allFilesFilter: 'shell.all_files_filter',
  saveAttachmentTitle: 'shell.save_attachment_title',
  reviewPackageFilter: 'shell.review_package_filter',
  scoreReturnFilter: 'shell.score_return_filter',
} as const satisfies Record<Exclude<keyof ShellTexts, 'aboutDetail'>, MessageCode>;

export function shellTexts(language: Language): ShellTexts {
  const texts = Object.fromEntries(
    Object.entries(CODES).map(([key, code]) => [key, messageText({ code }, language)]),
  ) as Record<keyof typeof CODES, string>;
  return { ...texts, aboutDetail: (version) => messageText({ code: 'shell.about_detail', params: { version } }, language) };
}
