/**
 * The application menu as data (Electron's types only), so its content is tested without Electron. The shell turns
 * it into a menu with `Menu.buildFromTemplate` and rebuilds it when the language changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../common/domain/types.ts';
import { shellTexts } from './texts.ts';

export interface MenuActions {
  newSession(): void;
  openSession(): void;
  about(): void;
}

export interface MenuEnvironment {
  /** macOS wants the application menu first and keeps Quit there. */
  isMac: boolean;
  /** Developer tools and reload are offered only when running from sources. */
  isPackaged: boolean;
}

export function buildMenuTemplate(
  language: Language,
  actions: MenuActions,
  env: MenuEnvironment,
): MenuItemConstructorOptions[] {
  const t = shellTexts(language);

  const file: MenuItemConstructorOptions = {
    label: t.fileMenu,
    submenu: [
      { id: 'new-session', label: t.newSession, accelerator: 'CmdOrCtrl+N', click: () => actions.newSession() },
      { id: 'open-session', label: t.openSession, accelerator: 'CmdOrCtrl+O', click: () => actions.openSession() },
      ...(env.isMac
        ? []
        : ([{ type: 'separator' }, { id: 'quit', label: t.quit, role: 'quit' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  // Without an Edit menu carrying these roles, copy and paste shortcuts do nothing in text fields on macOS.
  const edit: MenuItemConstructorOptions = {
    label: t.editMenu,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.viewMenu,
    submenu: [
      ...(env.isPackaged
        ? []
        : ([
            { label: t.reload, role: 'reload' },
            { label: t.devTools, role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])),
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { label: t.resetZoom, role: 'resetZoom' },
      { type: 'separator' },
      { label: t.fullScreen, role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t.helpMenu,
    role: 'help',
    submenu: [{ id: 'about', label: t.about, click: () => actions.about() }],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Comitia',
    submenu: [
      { label: t.about, click: () => actions.about() },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { label: t.quit, role: 'quit' },
    ],
  };

  return env.isMac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
