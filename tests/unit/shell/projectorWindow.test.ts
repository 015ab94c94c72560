/**
 * The projector's window (main/shell/projectorWindow.ts) against a fake 'electron': built from the main window's
 * secure options with the main window as parent (so it closes with it), on the app:// page at `#/projecteur/<n>`;
 * one at a time; counted among our windows by the IPC gate while it lives. `vi.mock('electron')` keeps the real
 * package (whose index.js downloads a binary) out, as mainProcess.test.ts does.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = { id: Symbol('webContents') };
  readonly loaded: string[] = [];
  destroyed = false;
  shown = 0;
  focused = 0;
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    super();
    this.options = options;
    FakeWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown += 1;
  }
  focus() {
    this.focused += 1;
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { projectorWindows } = await import('../../../main/shell/projectorWindow.ts');
const { mainWindowOptions, projectorWindowOptions } = await import('../../../main/shell/policy.ts');

const ENTRY = 'app://comitia/index.html';
const asParent = (w: FakeWindow) => w as unknown as import('electron').BrowserWindow;

describe('the projector window', () => {
  beforeEach(() => {
    FakeWindow.created = [];
  });

  it("has the main window's hardened webPreferences and the main window as parent", () => {
    const parent = new FakeWindow({});
    const options = projectorWindowOptions('/app/out/preload/index.cjs', asParent(parent), 'Comitia');
    expect(options.webPreferences).toEqual(mainWindowOptions('/app/out/preload/index.cjs').webPreferences);
    expect(options.parent).toBe(parent);
    expect(options.show).toBe(false);
    expect(options.modal).toBeUndefined();
  });

  it('opens on the meeting asked, as a child of the main window, shown once painted', () => {
    const main = new FakeWindow({});
    const projector = projectorWindows('/preload.cjs', ENTRY);
    expect(projector.open(asParent(main), 4)).toBe(true);
    const created = FakeWindow.created.at(-1)!;
    expect(created).not.toBe(main);
    expect(created.options.parent).toBe(main);
    expect(created.options.webPreferences?.sandbox).toBe(true);
    expect(created.options.webPreferences?.contextIsolation).toBe(true);
    expect(created.options.webPreferences?.preload).toBe('/preload.cjs');
    expect(created.loaded).toEqual(['app://comitia/index.html#/projecteur/4']);
    expect(created.shown).toBe(0);
    created.emit('ready-to-show');
    expect(created.shown).toBe(1);
  });

  it('is one window: asked again, it moves to the meeting and comes forward; closed, a new one opens', () => {
    const main = new FakeWindow({});
    const projector = projectorWindows('/preload.cjs', ENTRY);
    projector.open(asParent(main), null);
    projector.open(asParent(main), 2);
    expect(FakeWindow.created).toHaveLength(2);
    const first = FakeWindow.created[1]!;
    expect(first.loaded).toEqual(['app://comitia/index.html#/projecteur', 'app://comitia/index.html#/projecteur/2']);
    expect(first.focused).toBe(1);
    first.close();
    projector.open(asParent(main), null);
    expect(FakeWindow.created).toHaveLength(3);
  });

  it('counts as one of our windows for the IPC gate only while it lives', () => {
    const main = new FakeWindow({});
    const projector = projectorWindows('/preload.cjs', ENTRY);
    expect(projector.isProjector(main.webContents)).toBe(false);
    projector.open(asParent(main), null);
    const created = FakeWindow.created.at(-1)!;
    expect(projector.isProjector(created.webContents)).toBe(true);
    expect(projector.isProjector(main.webContents)).toBe(false);
    created.close();
    expect(projector.isProjector(created.webContents)).toBe(false);
  });

  it('does not open without a main window', () => {
    const projector = projectorWindows('/preload.cjs', ENTRY);
    expect(projector.open(null, null)).toBe(false);
    const gone = new FakeWindow({});
    gone.destroyed = true;
    expect(projector.open(asParent(gone), null)).toBe(false);
    expect(FakeWindow.created).toHaveLength(1);
  });
});
