/**
 * Entry point of the desktop application (Electron main process, bundled to out/main/index.js as an ES module).
 * This folder is the only one that imports 'electron' at run time; every decision it applies lives in an
 * Electron-free module beside it (policy.ts, appProtocolPath.ts, ipcGate.ts, startup.ts, menuTemplate.ts) and is
 * unit-tested. Security reference: https://www.electronjs.org/docs/latest/tutorial/security
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CHANGE_CHANNEL, PROGRESS_CHANNEL } from '../../common/api/events.ts';
import { errorText } from '../../common/i18n/translateMessage.ts';
import { watchExternalWrites } from '../events/externalWrites.ts';
import { createApi } from '../api.ts';
import { readAttachmentBytes } from '../db/attachmentRepo.ts';
import type { ReadAttachment } from '../files/attachmentResponse.ts';
import { bindFileArguments, FileRefs } from '../files/fileRefs.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { SettingsStore } from '../settings/userSettings.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from './appProtocolPath.ts';
import { createAttachmentActions } from './attachmentActions.ts';
import { askAttachmentSavePath, askImportFile, askNewSessionPath, askSessionToOpen } from './dialogs.ts';
import { denyAllPermissions, hardenWebContents } from './hardening.ts';
import { registerIpc } from './ipc.ts';
import { createIpcGate, type ApiInvoker } from './ipcGate.ts';
import { buildMenuTemplate } from './menuTemplate.ts';
import { isAllowedExternalUrl, trustedRendererOrigin } from './policy.ts';
import { registerAppSchemeAsPrivileged, serveRenderer } from './protocol.ts';
import { runStartupPlan, sessionPathFromArgv, startupPlan } from '../session/startupPlan.ts';
import { shellTexts } from './texts.ts';
import { createMainWindow } from './window.ts';

// --- Before 'ready': everything here must run synchronously at load (no await above this block). ---

// A packaged app finds resources/ beside app.asar (electron-builder's extraResources); main/paths.ts reads this.
if (app.isPackaged) process.env.COMITIA_RESOURCES = join(process.resourcesPath, 'resources');

// One settings and demo folder named after the product, whether run from sources or packaged. COMITIA_USER_DATA
// points it elsewhere (the Playwright _electron spec starts each run on a fresh folder).
app.setPath('userData', process.env.COMITIA_USER_DATA || join(app.getPath('appData'), 'Comitia'));

registerAppSchemeAsPrivileged(protocol);
// #4 Sandbox every renderer, including any a future change might create without saying so.
app.enableSandbox();

const here = import.meta.dirname;
const preloadPath = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
// `electron-vite dev` serves the renderer from Vite on loopback; a packaged app never does.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const trustedOrigin = trustedRendererOrigin(devServerUrl, app.isPackaged);
const entryUrl = trustedOrigin === APP_ORIGIN || !devServerUrl ? APP_ENTRY_URL : devServerUrl;

if (!app.requestSingleInstanceLock()) {
  // Another Comitia owns this user's data; it receives our argv through 'second-instance' and we leave.
  app.quit();
} else {
  start();
}

function start(): void {
  const settings = new SettingsStore(app.getPath('userData'));
  const currentSession = new CurrentSession();
  let mainWindow: BrowserWindow | null = null;

  const api = createApi({ session: currentSession, settings });
  // Every window hears the core's pushes: progress, and the topics each commit (ours or another process's) touched.
  api.events.listen((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (window.isDestroyed()) continue;
      if (event.kind === 'progress') window.webContents.send(PROGRESS_CHANNEL, event.progress);
      else window.webContents.send(CHANGE_CHANNEL, event.change);
    }
  });
  watchExternalWrites(() => (currentSession.isOpen ? currentSession.db() : null), api.events);
  const texts = () => shellTexts(settings.get().language);

  const openExternal = (url: string) => {
    // Checked again here, at the call itself (#15): nothing reaches the OS that is not https on the allow-list.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };

  const reportError = (message: string) => {
    console.error(`[comitia] ${message}`);
    dialog.showErrorBox(texts().errorTitle, message);
  };

  /** Runs the start-up plan; resolves once a session is open (or every step failed), never rejects. */
  const openStartupSession = async (): Promise<void> => {
    const steps = startupPlan({
      requested: sessionPathFromArgv(process.argv, process.cwd()),
      recentSessions: settings.get().recentSessions,
      userDataDir: app.getPath('userData'),
      exists: existsSync,
    });
    const { failures } = await runStartupPlan(api, steps);
    if (failures.length > 0) reportError(`${texts().startupFailed}.\n\n${failures.join('\n')}`);
  };

  // API calls wait for the start-up session, so the page's first `sessionInfo` never races the demo's creation.
  let startup: Promise<void> = Promise.resolve();

  const installMenu = () => {
    const template = buildMenuTemplate(
      settings.get().language,
      { newSession: () => void newSessionFromMenu(), openSession: () => void openSessionFromMenu(), about: showAbout },
      { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  // Files the user picked in a native dialog: the page gets references, never hands main a path (fileRefs.ts).
  const pickedFiles = new FileRefs('fichier');
  const readAttachment: ReadAttachment = (id) => readAttachmentBytes(currentSession.db(), id);
  const attachmentActions = createAttachmentActions({ read: readAttachment, openPath: (path) => shell.openPath(path) });

  const invoker: ApiInvoker = {
    async invoke(name, arg) {
      await startup;
      const bound = bindFileArguments(name, arg, pickedFiles);
      if (!bound.ok) return bound;
      const result = await api.invoke(name, bound.value);
      // The menu speaks the interface's language: rebuild it when the page switches language.
      if (name === 'settingsSet' && result.ok) installMenu();
      return result;
    },
  };

  const gate = createIpcGate({
    api: invoker,
    trustedOrigin,
    isOurWebContents: (sender) => mainWindow !== null && !mainWindow.isDestroyed() && sender === mainWindow.webContents,
    onDenied: (channel, reason) => console.warn(`[comitia] IPC refused on ${channel}: ${reason}`),
  });

  /** Opens or creates a session chosen in the menu or passed by the OS, then reloads the page onto it. */
  const switchSession = async (call: 'sessionOpen' | 'sessionCreate', path: string) => {
    await startup;
    const result =
      call === 'sessionOpen'
        ? await api.invoke('sessionOpen', { path })
        : await api.invoke('sessionCreate', { path, demo: false });
    if (!result.ok) return reportError(errorText(result.error, settings.get().language));
    mainWindow?.webContents.reload();
  };

  const focusedParent = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  const newSessionFromMenu = async () => {
    const path = await askNewSessionPath(focusedParent(), texts(), app.getPath('documents'));
    if (path) await switchSession('sessionCreate', path);
  };
  const openSessionFromMenu = async () => {
    const path = await askSessionToOpen(focusedParent(), texts());
    if (path) await switchSession('sessionOpen', path);
  };
  function showAbout(): void {
    const t = texts();
    void dialog.showMessageBox({ type: 'info', title: t.about, message: 'Comitia', detail: t.aboutDetail(app.getVersion()) });
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const requested = sessionPathFromArgv(argv, workingDirectory);
    if (requested) void switchSession('sessionOpen', requested);
  });

  // Every webContents, present or future, gets the navigation, window and webview rules (#12, #13, #14).
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    currentSession.close();
    attachmentActions.cleanup();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(protocol, rendererDir, readAttachment);
    registerIpc(ipcMain, gate, {
      openSession: async () => askSessionToOpen(focusedParent(), texts()),
      newSession: async () => askNewSessionPath(focusedParent(), texts(), app.getPath('documents')),
      pickImportFile: async (_event, kind) => {
        const path = await askImportFile(focusedParent(), texts(), kind);
        return path ? pickedFiles.register(path, basename(path), statSync(path).size) : null;
      },
      openAttachment: (_event, id) => attachmentActions.open(id),
      saveAttachment: (_event, id) =>
        attachmentActions.save(id, (name) => askAttachmentSavePath(focusedParent(), texts(), app.getPath('documents'), name)),
    });
    startup = openStartupSession();
    installMenu();
    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  function openMainWindow(): void {
    mainWindow = createMainWindow(preloadPath, entryUrl);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }
}
