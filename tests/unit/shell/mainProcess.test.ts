/**
 * The desktop shell's entry point (main/shell/index.ts) run against a fake 'electron' module: the only way to
 * exercise its wiring where no Electron binary exists. The fake records what the shell asks of Electron; the
 * session, settings, api and demo behind it are the real ones, on files in a temporary folder.
 *
 * `vi.mock('electron')` replaces the module before anything loads it, so the real electron package (whose index.js
 * downloads a binary) is never required; securityScan.test.ts accepts this file for that reason.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALOG_CHANNELS, type PickedFile } from '../../../common/api/bridge.ts';
import { IPC_PREFIX, methodNames, PROGRESS_CHANNEL } from '../../../common/api/contract.ts';
import type { AttachmentInfo } from '../../../common/import/types.ts';
import type { Result } from '../../../common/result.ts';
import { writeBytes, writeDsXlsx } from '../../fixtures/import/dsExport.ts';
import { tinyPdf } from '../../fixtures/import/tinyPdf.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** A stand-in for the parts of Electron the shell uses, recording every call. */
function createFakeElectron(options: { isPackaged: boolean; appData: string }) {
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const paths = new Map<string, string>([
    ['appData', options.appData],
    ['documents', join(options.appData, 'Documents')],
  ]);
  const windows: FakeWindow[] = [];
  const record = {
    privilegedSchemes: [] as unknown[],
    sandboxEnabled: false,
    readyFired: false,
    quit: 0,
    protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Handler>(),
    ipcListeners: new Map<string, Handler>(),
    permissionRequest: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
    menus: [] as MenuItemConstructorOptions[][],
    dialogAnswers: [] as Array<{ canceled: boolean; filePaths?: string[]; filePath?: string }>,
    dialogCalls: 0,
    errorBoxes: [] as string[],
    openedExternally: [] as string[],
    openedPaths: [] as string[],
  };

  class FakeWebContents extends EventEmitter {
    send = vi.fn();
    reload = vi.fn();
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeWindow extends EventEmitter {
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    shown = false;
    constructor(windowOptions: Record<string, unknown>) {
      super();
      this.options = windowOptions;
      windows.push(this);
      // Electron emits web-contents-created for every new webContents.
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows;
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {}
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    getPath: (name: string) => paths.get(name) ?? join(options.appData, name),
    setPath: (name: string, value: string) => paths.set(name, value),
    getVersion: () => '0.1.0',
    enableSandbox: () => {
      record.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    quit: () => {
      record.quit += 1;
    },
  });

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (record.readyFired) throw new Error('registerSchemesAsPrivileged called after ready');
        record.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
        record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof record.permissionRequest) => (record.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof record.permissionCheck) => (record.permissionCheck = h),
        setDevicePermissionHandler: () => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => record.ipcHandlers.set(channel, handler),
      // electron-store answers its renderer-side instances on one sync channel; the shell's own are `handle`d.
      on: (channel: string, listener: Handler) => record.ipcListeners.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => record.menus.push(menu),
    },
    dialog: {
      showOpenDialog: async () => {
        record.dialogCalls += 1;
        return record.dialogAnswers.shift() ?? { canceled: true, filePaths: [] };
      },
      showSaveDialog: async () => {
        record.dialogCalls += 1;
        return record.dialogAnswers.shift() ?? { canceled: true };
      },
      showErrorBox: (_title: string, message: string) => record.errorBoxes.push(message),
      showMessageBox: async () => ({ response: 0 }),
    },
    shell: {
      openExternal: async (url: string) => void record.openedExternally.push(url),
      openPath: async (path: string) => {
        record.openedPaths.push(path);
        return '';
      },
    },
  };

  return {
    electron,
    record,
    windows,
    fireReady: () => {
      record.readyFired = true;
      resolveReady();
    },
  };
}

const state = vi.hoisted(() => ({ fake: null as null | ReturnType<typeof createFakeElectron>, options: { isPackaged: false, appData: '' } }));

const fakeElectronModule = () => {
  state.fake = createFakeElectron(state.options);
  return { ...state.fake.electron, default: state.fake.electron };
};
vi.mock('electron', () => fakeElectronModule());

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the desktop shell, started on a first run', () => {
  let dir: string;
  let userData: string;
  const fake = () => state.fake!;
  const mainWindow = () => fake().windows[0]!;
  const trusted = () => ({ senderFrame: { url: 'app://comitia/index.html', parent: null }, sender: mainWindow().webContents });
  const call = async (name: string, arg: unknown, event: unknown = trusted()) =>
    (await fake().record.ipcHandlers.get(`${IPC_PREFIX}${name}`)!(event, arg)) as Result<unknown>;

  const logged = { warn: [] as string[], error: [] as string[] };

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void logged.warn.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.error.push(args.join(' ')));
    dir = mkdtempSync(join(tmpdir(), 'comitia-shell-'));
    userData = join(dir, 'userData');
    state.options = { isPackaged: false, appData: join(dir, 'appData') };
    process.env.COMITIA_USER_DATA = userData;
    await import('../../../main/shell/index.ts');
  });
  afterAll(() => {
    // 'will-quit' closes the open session file before its folder goes.
    state.fake?.electron.app.emit('will-quit');
    vi.restoreAllMocks();
    delete process.env.COMITIA_USER_DATA;
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers app:// as a privileged scheme and sandboxes every renderer before ready', () => {
    const { record } = fake();
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(record.sandboxEnabled).toBe(true);
    expect(record.ipcHandlers.size).toBe(0);
    expect(fake().windows).toHaveLength(0);
  });

  it('once ready, serves the renderer, denies permissions, registers every API channel and opens one window', async () => {
    fake().fireReady();
    await flush();
    const { record } = fake();
    expect([...record.protocolHandlers.keys()]).toEqual(['app']);
    expect([...record.ipcHandlers.keys()].sort()).toEqual(
      [...methodNames.map((m) => `${IPC_PREFIX}${m}`), ...Object.values(DIALOG_CHANNELS)].sort(),
    );
    const granted: boolean[] = [];
    record.permissionRequest!({}, 'media', (ok) => granted.push(ok));
    expect(granted).toEqual([false]);
    expect(record.permissionCheck!({}, 'notifications')).toBe(false);

    expect(fake().windows).toHaveLength(1);
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(mainWindow().loadedUrl).toBe('app://comitia/index.html');
    mainWindow().emit('ready-to-show');
    expect(mainWindow().shown).toBe(true);
  });

  it('creates the demo session in the user data folder and opens it', async () => {
    const info = await call('sessionInfo', {});
    expect(info).toMatchObject({ ok: true, value: { path: join(userData, 'comitia-demo.comitia'), dossiers: 60, members: 8 } });
    expect(existsSync(join(userData, 'comitia-demo.comitia'))).toBe(true);
    expect(await call('settingsGet', {})).toMatchObject({
      ok: true,
      value: { recentSessions: [join(userData, 'comitia-demo.comitia')] },
    });
  });

  it('answers the page through the gate: Results, field names, and refusals for foreign senders', async () => {
    const list = await call('dossiersList', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(60);
    const bad = await call('dossierGet', { id: 7 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    expect(!bad.ok && errorText(bad.error)).toContain('« id »');
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: mainWindow().webContents };
    expect(await call('dossiersList', {}, foreign)).toMatchObject({ ok: false, error: { code: 'shell.ipc_sender_refused' } });
    expect(logged.warn.at(-1)).toMatch(/IPC refused on comitia:dossiersList: .*https:\/\/evil\.example/);
  });

  it('keeps the settings with electron-store in the userData folder', async () => {
    // electron-store registered its channel, and wrote the file conf would have (same name, same schema).
    expect([...fake().record.ipcListeners.keys()]).toEqual(['electron-store-get-data']);
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'fr',
      recentSessions: [join(userData, 'comitia-demo.comitia')],
    });
  });

  it('opens native dialogs for our page only, and gives it references, not paths', async () => {
    const { record } = fake();
    const picked = join(dir, 'picked.comitia');
    record.dialogAnswers.push({ canceled: false, filePaths: [join(userData, 'comitia-demo.comitia')] });
    const openRef = (await record.ipcHandlers.get(DIALOG_CHANNELS.openSession)!(trusted())) as string;
    expect(openRef).toMatch(/^fichier:/);
    expect(openRef).not.toContain(dir);
    expect(await call('sessionOpen', { path: openRef })).toMatchObject({ ok: true, value: { path: join(userData, 'comitia-demo.comitia') } });
    record.dialogAnswers.push({ canceled: false, filePath: join(dir, 'typed-without-extension') });
    const newRef = (await record.ipcHandlers.get(DIALOG_CHANNELS.newSession)!(trusted())) as string;
    expect(newRef).toMatch(/^fichier:/);
    // A reference to open a file does not create one, and the other way round.
    expect(await call('sessionCreate', { path: openRef, demo: false })).toMatchObject({ ok: false, error: { code: 'shell.dialog_reference_expected' } });
    expect(await call('sessionCreate', { path: newRef, demo: false })).toMatchObject({
      ok: true,
      value: { path: join(dir, 'typed-without-extension.comitia') },
    });
    expect(existsSync(picked)).toBe(false);
    const before = record.dialogCalls;
    const subframe = { senderFrame: { url: 'app://comitia/index.html', parent: {} }, sender: mainWindow().webContents };
    expect(await record.ipcHandlers.get(DIALOG_CHANNELS.openSession)!(subframe)).toBeNull();
    expect(record.dialogCalls).toBe(before);
  });

  it('shows a French menu, and rebuilds it in English when the page switches language', async () => {
    const { record } = fake();
    expect(record.menus.at(-1)!.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(await call('settingsSet', { language: 'en' })).toMatchObject({ ok: true });
    expect(record.menus.at(-1)!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    await call('settingsSet', { language: 'fr' });
  });

  it('creates a session from the menu, then reloads the page onto it', async () => {
    const { record } = fake();
    const path = join(dir, 'menu.comitia');
    record.dialogAnswers.push({ canceled: false, filePath: path });
    const file = record.menus.at(-1)![0]!.submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.id === 'new-session')!.click as () => void)();
    await vi.waitFor(() => expect(mainWindow().webContents.reload).toHaveBeenCalled());
    expect(await call('sessionInfo', {})).toMatchObject({ ok: true, value: { path, dossiers: 0 } });
  });

  it('opens a session passed by a second instance, and reports a file it cannot open', async () => {
    const demo = join(userData, 'comitia-demo.comitia');
    fake().electron.app.emit('second-instance', {}, ['comitia', demo], dir);
    await vi.waitFor(async () => expect(await call('sessionInfo', {})).toMatchObject({ value: { path: demo } }));
    fake().electron.app.emit('second-instance', {}, ['comitia', 'missing.comitia'], dir);
    await vi.waitFor(() => expect(fake().record.errorBoxes).toHaveLength(1));
    expect(fake().record.errorBoxes[0]).toContain('missing.comitia');
  });

  it('keeps the window on our page and sends allow-listed links to the browser', () => {
    const contents = mainWindow().webContents;
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault;
    };
    expect(navigate('https://evil.example/')).toHaveBeenCalled();
    expect(navigate('https://www.service-civique.gouv.fr/')).toHaveBeenCalled();
    expect(fake().record.openedExternally).toEqual(['https://www.service-civique.gouv.fr/']);
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('lets the page open or create no session by path, and does not tell whether a file exists', async () => {
    const demo = join(userData, 'comitia-demo.comitia');
    for (const path of [demo, join(dir, 'absent.comitia'), '/etc/passwd.comitia']) {
      const opened = await call('sessionOpen', { path });
      expect(opened, path).toEqual({ ok: false, error: { code: 'shell.dialog_reference_expected', params: { method: 'sessionOpen', field: 'path' } } });
    }
    expect(await call('sessionCreate', { path: join(dir, 'page.comitia'), demo: false })).toMatchObject({ ok: false });
    expect(existsSync(join(dir, 'page.comitia'))).toBe(false);
  });

  it('forwards progress events to the window', async () => {
    const path = join(dir, 'progress.comitia');
    fake().record.dialogAnswers.push({ canceled: false, filePath: path });
    const ref = await fake().record.ipcHandlers.get(DIALOG_CHANNELS.newSession)!(trusted());
    expect(await call('sessionCreate', { path: ref, demo: true })).toMatchObject({ ok: true, value: { dossiers: 60 } });
    const sent = mainWindow().webContents.send.mock.calls.filter((c) => c[0] === PROGRESS_CHANNEL);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.at(-1)![1]).toMatchObject({ task: expect.any(String), done: expect.any(Number), total: expect.any(Number) });
  });

  it('lets the page import only files the user picked in a native dialog', async () => {
    const { record } = fake();
    const source = await writeDsXlsx(dir, 'export.xlsx', { layout: '2024' });
    const zip = writeBytes(dir, 'pj.zip', buildZip([
      { name: 'export/dossier-10001/export-10001-01-04-2022-10-00-1.pdf', data: tinyPdf('Dossier complet fictif') },
      { name: 'export/dossier-10001/pieces_justificatives/installer.exe', data: 'MZ fictif' },
    ]));
    expect(await call('importPreview', { source })).toMatchObject({ ok: false, error: { code: 'shell.dialog_reference_expected' } });

    const pick = (kind: unknown, event: unknown = trusted()) => record.ipcHandlers.get(DIALOG_CHANNELS.pickImportFile)!(event, kind);
    record.dialogAnswers.push({ canceled: true, filePaths: [] });
    expect(await pick('source')).toBeNull();
    const before = record.dialogCalls;
    expect(await pick('autre chose')).toBeNull();
    const subframe = { senderFrame: { url: 'app://comitia/index.html', parent: {} }, sender: mainWindow().webContents };
    expect(await pick('source', subframe)).toBeNull();
    expect(record.dialogCalls).toBe(before);

    record.dialogAnswers.push({ canceled: false, filePaths: [source] }, { canceled: false, filePaths: [zip] });
    const picked = (await pick('source')) as PickedFile;
    const pickedZip = (await pick('attachments')) as PickedFile;
    expect(picked).toMatchObject({ name: 'export.xlsx', size: statSync(source).size });
    expect(picked.ref).not.toContain(dir);
    expect(await call('importPreview', { source: picked.ref })).toMatchObject({ ok: true, value: { fileName: 'export.xlsx', totalRows: 6 } });
    expect(await call('importRun', { source: picked.ref, attachments: zip })).toMatchObject({ ok: false, error: { code: 'shell.dialog_reference_expected' } });
    expect(await call('importRun', { source: pickedZip.ref })).toMatchObject({ ok: false, error: { code: 'shell.dialog_reference_expected' } });
    expect(await call('importRun', { source: picked.ref, attachments: pickedZip.ref })).toMatchObject({
      ok: true,
      value: { imported: 5, attachments: { added: 2 } },
    });
  });

  it('serves an attachment on app:// with the sandbox headers, and opens others from a private copy', async () => {
    const { record } = fake();
    const list = (await call('dossierAttachments', { id: '10001' })) as Result<AttachmentInfo[]>;
    const attachments = list.ok ? list.value : [];
    const pdf = attachments.find((a) => a.category === 'dossier_pdf')!;
    const exe = attachments.find((a) => a.fileName === 'installer.exe')!;

    const handler = record.protocolHandlers.get('app')!;
    const shown = await handler({ url: `app://comitia/api/attachments/${pdf.id}`, method: 'GET' });
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('application/pdf');
    expect(shown.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(shown.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler({ url: `app://comitia/api/attachments/${exe.id}`, method: 'GET' })).headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await handler({ url: 'app://comitia/api/attachments/999999', method: 'GET' })).status).toBe(404);

    const open = (id: unknown, event: unknown = trusted()) => record.ipcHandlers.get(DIALOG_CHANNELS.openAttachment)!(event, id);
    expect(await open(pdf.id)).toEqual({ ok: true, value: { fileName: pdf.fileName } });
    const copy = record.openedPaths.at(-1)!;
    expect(copy).toContain('comitia-pieces-');
    expect(copy.endsWith(pdf.fileName)).toBe(true);
    expect(readFileSync(copy).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await open(exe.id)).toMatchObject({ ok: false, error: { code: 'shell.attachment_unsafe_type' } });
    // The dialogs table's schema refuses the argument before the handler runs.
    expect(await open('1; rm -rf /')).toMatchObject({ ok: false, error: { code: 'core.invalid_argument', params: { method: 'openAttachment' } } });
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: mainWindow().webContents };
    const opened = record.openedPaths.length;
    expect(await open(pdf.id, foreign)).toMatchObject({ ok: false, error: { code: 'shell.dialog_sender_refused' } });
    expect(record.openedPaths).toHaveLength(opened);

    const target = join(dir, 'enregistre.exe');
    record.dialogAnswers.push({ canceled: false, filePath: target });
    expect(await record.ipcHandlers.get(DIALOG_CHANNELS.saveAttachment)!(trusted(), exe.id)).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toBe('MZ fictif');
  });

  it("opens the projector as a child of the main window on the same page, hardened, and lets it call the api", async () => {
    const { record, windows } = fake();
    const before = windows.length;
    const open = (meeting: unknown, event: unknown = trusted()) => record.ipcHandlers.get(DIALOG_CHANNELS.openProjector)!(event, meeting);
    expect(await open(2)).toEqual({ ok: true, value: { opened: true } });
    expect(windows).toHaveLength(before + 1);
    const projector = windows.at(-1)!;
    expect(projector.options.parent).toBe(mainWindow());
    expect(projector.options.webPreferences).toEqual(mainWindow().options.webPreferences);
    expect(projector.loadedUrl).toMatch(/#\/projecteur\/2$/);
    // The same rules as every webContents: no window.open, no navigation.
    expect(projector.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    // Asked again: the same window, on the meeting asked.
    expect(await open(null)).toEqual({ ok: true, value: { opened: true } });
    expect(windows).toHaveLength(before + 1);
    expect(projector.loadedUrl).toMatch(/#\/projecteur$/);
    // Its page reads the session through the gate like the main window's.
    const fromProjector = { senderFrame: { url: 'app://comitia/index.html#/projecteur', parent: null }, sender: projector.webContents };
    expect((await call('meetingsList', {}, fromProjector)).ok).toBe(true);
    // A malformed meeting opens nothing.
    expect((await open('x')) as Result<unknown>).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    expect(windows).toHaveLength(before + 1);
  });

  it('serves the renderer through the path-traversal guard', async () => {
    const handler = fake().record.protocolHandlers.get('app')!;
    const response = await handler({ url: 'app://comitia/..%2f..%2fpackage.json', method: 'GET' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('quits when its window is closed (except on macOS), removing the copies of attachments', () => {
    const copy = fake().record.openedPaths.at(-1)!;
    expect(existsSync(copy)).toBe(true);
    fake().electron.app.emit('will-quit');
    expect(existsSync(copy)).toBe(false);
    fake().electron.app.emit('window-all-closed');
    expect(fake().record.quit).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});

describe('the desktop shell, packaged', () => {
  it('points main/paths.ts at the resources shipped beside the asar', async () => {
    vi.resetModules();
    // A new fake for a new start: doMock re-registers the factory for the import below.
    vi.doMock('electron', () => fakeElectronModule());
    const dir = mkdtempSync(join(tmpdir(), 'comitia-shell-packaged-'));
    const saved = { resources: process.env.COMITIA_RESOURCES, resourcesPath: process.resourcesPath };
    try {
      state.options = { isPackaged: true, appData: join(dir, 'appData') };
      (process as { resourcesPath?: string }).resourcesPath = join(dir, 'resources-path');
      await import('../../../main/shell/index.ts');
      expect(process.env.COMITIA_RESOURCES).toBe(join(dir, 'resources-path', 'resources'));
      // Without COMITIA_USER_DATA, settings and the demo live in <appData>/Comitia.
      expect(state.fake!.electron.app.getPath('userData')).toBe(join(dir, 'appData', 'Comitia'));
    } finally {
      if (saved.resources === undefined) delete process.env.COMITIA_RESOURCES;
      else process.env.COMITIA_RESOURCES = saved.resources;
      (process as { resourcesPath?: string }).resourcesPath = saved.resourcesPath;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
