/**
 * Entry point of the desktop application (Electron main process, bundled to out/main/index.js as an ES module).
 * This folder is the only one that imports 'electron' at run time; every decision it applies lives in an
 * Electron-free module beside it (policy.ts, appProtocolPath.ts, ipcGate.ts, desktopBinding.ts, menuTemplate.ts)
 * and is unit-tested. Security reference: https://www.electronjs.org/docs/latest/tutorial/security
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IMPORT_PATH_KIND } from '../../common/api/bridge.ts';
import { CHANGE_CHANNEL, PROGRESS_CHANNEL } from '../../common/api/events.ts';
import { errorText } from '../../common/i18n/translateMessage.ts';
import { fail, ok } from '../../common/result.ts';
import { createApi, type Api } from '../api.ts';
import { watchExternalWrites } from '../events/externalWrites.ts';
import { readSessionAttachment } from '../files/attachmentContent.ts';
import { readStoredMinutes } from '../files/minutesContent.ts';
import { FileRefs } from '../files/fileRefs.ts';
import { pageInvoker } from '../files/pathBinding.ts';
import { AuditAnchors } from '../audit/auditAnchors.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { runStartupPlan, sessionPathFromArgv, startupPlan } from '../session/startupPlan.ts';
import type { SettingsStore } from '../settings/userSettings.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from './appProtocolPath.ts';
import { createAttachmentActions, type AttachmentActions } from './attachmentActions.ts';
import { desktopPathBinder } from './desktopBinding.ts';
import { askAttachmentSavePath, askExchangeFile, askPackagesFolder, askImportFile, askMinutesFile, askNewSessionPath, askSessionToOpen } from './dialogs.ts';
import { electronSettingsStore } from './electronSettings.ts';
import { denyAllPermissions, hardenWebContents } from './hardening.ts';
import { registerIpc, type DialogHandlers } from './ipc.ts';
import { createIpcGate, type ApiInvoker, type IpcGate } from './ipcGate.ts';
import { buildMenuTemplate } from './menuTemplate.ts';
import { isAllowedExternalUrl, trustedRendererOrigin } from './policy.ts';
import { projectorWindows, type ProjectorWindows } from './projectorWindow.ts';
import { registerAppSchemeAsPrivileged, serveRenderer } from './protocol.ts';
import { shellTexts, type ShellTexts } from './texts.ts';
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

/** What the desktop shell's parts share while it runs. */
interface Desktop {
  api: Api;
  settings: SettingsStore;
  currentSession: CurrentSession;
  /** Files the user picked in a native dialog: the page holds their references, never their paths. */
  picked: FileRefs;
  attachments: AttachmentActions;
  mainWindow: BrowserWindow | null;
  /** The room's projector, a child window of the main one. */
  projector: ProjectorWindows;
  /** API calls wait for the start-up session, so the page's first `sessionInfo` never races the demo's creation. */
  startup: Promise<void>;
  texts(): ShellTexts;
}

function start(): void {
  const settings = electronSettingsStore();
  // The audit chain's anchors stay on this computer, outside every session file (main/audit/auditAnchors.ts).
  const currentSession = new CurrentSession({ anchors: new AuditAnchors(join(app.getPath('userData'), 'audit-anchors.json')) });
  const api = createApi({ session: currentSession, settings });
  const desktop: Desktop = {
    api,
    settings,
    currentSession,
    picked: new FileRefs('fichier'),
    attachments: createAttachmentActions({
      read: (id) => readSessionAttachment(api.context, id),
      openPath: (path) => shell.openPath(path),
    }),
    mainWindow: null,
    projector: projectorWindows(preloadPath, entryUrl),
    startup: Promise.resolve(),
    texts: () => shellTexts(settings.get().language),
  };
  forwardCoreEvents(api);
  watchExternalWrites(() => (currentSession.isOpen ? currentSession.db() : null), api.events);
  listenToApp(desktop);
  void app.whenReady().then(() => onReady(desktop));
}

/** Every window hears the core's pushes: progress, and the topics each commit (ours or another process's) touched. */
function forwardCoreEvents(api: Api): void {
  api.events.listen((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (window.isDestroyed()) continue;
      if (event.kind === 'progress') window.webContents.send(PROGRESS_CHANNEL, event.progress);
      else window.webContents.send(CHANGE_CHANNEL, event.change);
    }
  });
}

function openExternal(url: string): void {
  // Checked again here, at the call itself (#15): nothing reaches the OS that is not https on the allow-list.
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

function reportError(desktop: Desktop, message: string): void {
  console.error(`[comitia] ${message}`);
  dialog.showErrorBox(desktop.texts().errorTitle, message);
}

const parentWindow = (desktop: Desktop): BrowserWindow | null =>
  desktop.mainWindow && !desktop.mainWindow.isDestroyed() ? desktop.mainWindow : null;

/** Runs the start-up plan; resolves once a session is open (or every step failed), never rejects. */
async function openStartupSession(desktop: Desktop): Promise<void> {
  const steps = startupPlan({
    requested: sessionPathFromArgv(process.argv, process.cwd()),
    recentSessions: desktop.settings.get().recentSessions,
    userDataDir: app.getPath('userData'),
    exists: existsSync,
  });
  const { failures } = await runStartupPlan(desktop.api, steps);
  if (failures.length > 0) reportError(desktop, `${desktop.texts().startupFailed}.\n\n${failures.join('\n')}`);
}

function installMenu(desktop: Desktop): void {
  const template = buildMenuTemplate(
    desktop.settings.get().language,
    {
      newSession: () => void newSessionFromMenu(desktop),
      openSession: () => void openSessionFromMenu(desktop),
      about: () => showAbout(desktop),
    },
    { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Opens or creates a session chosen in the menu or passed by the OS (main's own choice), then reloads the page. */
async function switchSession(desktop: Desktop, call: 'sessionOpen' | 'sessionCreate', path: string): Promise<void> {
  await desktop.startup;
  const result =
    call === 'sessionOpen'
      ? await desktop.api.invoke('sessionOpen', { path })
      : await desktop.api.invoke('sessionCreate', { path, demo: false });
  if (!result.ok) return reportError(desktop, errorText(result.error, desktop.settings.get().language));
  desktop.mainWindow?.webContents.reload();
}

async function newSessionFromMenu(desktop: Desktop): Promise<void> {
  const path = await askNewSessionPath(parentWindow(desktop), desktop.texts(), app.getPath('documents'));
  if (path) await switchSession(desktop, 'sessionCreate', path);
}

async function openSessionFromMenu(desktop: Desktop): Promise<void> {
  const path = await askSessionToOpen(parentWindow(desktop), desktop.texts());
  if (path) await switchSession(desktop, 'sessionOpen', path);
}

function showAbout(desktop: Desktop): void {
  const t = desktop.texts();
  void dialog.showMessageBox({ type: 'info', title: t.about, message: 'Comitia', detail: t.aboutDetail(app.getVersion()) });
}

/** The page's entrance: after start-up, path arguments bound to dialog references, then the api. */
function pageEntrance(desktop: Desktop): ApiInvoker {
  const page = pageInvoker(desktop.api, desktopPathBinder(desktop.picked));
  return {
    async invoke(name, arg) {
      await desktop.startup;
      const result = await page.invoke(name, arg);
      // The menu speaks the interface's language: rebuild it when the page switches language.
      if (name === 'settingsSet' && result.ok) installMenu(desktop);
      return result;
    },
  };
}

function createGate(desktop: Desktop): IpcGate {
  return createIpcGate({
    api: pageEntrance(desktop),
    trustedOrigin,
    isOurWebContents: (sender) =>
      (parentWindow(desktop) !== null && sender === desktop.mainWindow!.webContents) || desktop.projector.isProjector(sender),
    onDenied: (channel, reason) => console.warn(`[comitia] IPC refused on ${channel}: ${reason}`),
  });
}

/** The native dialogs: each choice is registered and the page gets its reference, never the path. */
function dialogHandlers(desktop: Desktop): DialogHandlers {
  const { picked, texts } = desktop;
  const documents = () => app.getPath('documents');
  return {
    openSession: async () => {
      const path = await askSessionToOpen(parentWindow(desktop), texts());
      return path ? picked.register('session', path, basename(path), statSync(path).size).ref : null;
    },
    newSession: async () => {
      const path = await askNewSessionPath(parentWindow(desktop), texts(), documents());
      return path ? picked.register('newSession', path, basename(path), 0).ref : null;
    },
    pickImportFile: async (_event, kind) => {
      const path = await askImportFile(parentWindow(desktop), texts(), kind);
      return path ? picked.register(IMPORT_PATH_KIND[kind], path, basename(path), statSync(path).size) : null;
    },
    pickMinutesFile: async (_event, kind) => {
      const path = await askMinutesFile(parentWindow(desktop), texts(), kind, documents());
      // A file to be written does not exist yet: its size is 0 until the core writes it.
      return path ? picked.register(kind, path, basename(path), existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0) : null;
    },
    pickExchangeFile: async (_event, kind) => {
      const path = await askExchangeFile(parentWindow(desktop), texts(), kind, documents());
      return path ? picked.register(kind, path, basename(path), existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0) : null;
    },
    // All members' packages: one folder chosen, each file in it (names checked by DIALOGS) a reference of its own.
    pickPackagesFolder: async (_event, names) => {
      const folder = await askPackagesFolder(parentWindow(desktop), documents());
      if (!folder) return null;
      return { folder: basename(folder), files: names.map((name) => picked.register('packageTarget', join(folder, name), name, 0)) };
    },
    openAttachment: (_event, id) => desktop.attachments.open(id),
    saveAttachment: (_event, id) =>
      desktop.attachments.save(id, (name) => askAttachmentSavePath(parentWindow(desktop), texts(), documents(), name)),
    openProjector: async (_event, meeting) =>
      desktop.projector.open(parentWindow(desktop), meeting) ? ok({ opened: true as const }) : fail('shell.no_main_window'),
  };
}

function listenToApp(desktop: Desktop): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = desktop.mainWindow;
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const requested = sessionPathFromArgv(argv, workingDirectory);
    if (requested) void switchSession(desktop, 'sessionOpen', requested);
  });
  // Every webContents, present or future, gets the navigation, window and webview rules (#12, #13, #14).
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting takes a last checked copy of the session and anchors its audit chain; both are asynchronous, so the
  // first quit request waits for them, then quits for good.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void desktop.currentSession
      .closeWithBackup()
      .catch((error: unknown) => console.error('[comitia] last backup failed:', error))
      .finally(() => app.quit());
  });
  app.on('will-quit', () => {
    desktop.currentSession.close();
    desktop.attachments.cleanup();
  });
}

function onReady(desktop: Desktop): void {
  denyAllPermissions(session.defaultSession);
  serveRenderer(
    protocol,
    rendererDir,
    (id) => readSessionAttachment(desktop.api.context, id),
    (version) => readStoredMinutes(desktop.api.context, version),
  );
  registerIpc(ipcMain, createGate(desktop), dialogHandlers(desktop));
  desktop.startup = openStartupSession(desktop);
  installMenu(desktop);
  openMainWindow(desktop);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(desktop);
  });
}

function openMainWindow(desktop: Desktop): void {
  const window = createMainWindow(preloadPath, entryUrl);
  desktop.mainWindow = window;
  window.on('closed', () => {
    if (desktop.mainWindow === window) desktop.mainWindow = null;
  });
}
