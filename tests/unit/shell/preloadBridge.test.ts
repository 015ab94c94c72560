import { describe, expect, it, vi } from 'vitest';
import { DIALOG_CHANNELS } from '../../../common/api/bridge.ts';
import { IPC_PREFIX, methodNames, PROGRESS_CHANNEL } from '../../../common/api/contract.ts';
import { buildBridge, type IpcRendererLike } from '../../../preload/bridge.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A fake ipcRenderer that records calls and can emit events, like Electron's own. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, event: unknown, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l(event, payload));
  return { ipc, emit, listeners };
}

describe('the preload bridge (window.comitia)', () => {
  it('exposes the api, onProgress and dialogs, and nothing else', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'dialogs', 'onChange', 'onProgress']);
    expect(Object.keys(bridge.api).sort()).toEqual([...methodNames].sort());
    expect(Object.keys(bridge.dialogs).sort()).toEqual(['newSession', 'openAttachment', 'openProjector', 'openSession', 'pickExchangeFile', 'pickImportFile', 'pickMinutesFile', 'pickPackagesFolder', 'saveAttachment']);
    // No path from the page back to ipcRenderer: every value is a plain function or an object of them.
    const values = [...Object.values(bridge.api), ...Object.values(bridge.dialogs), bridge.onProgress];
    expect(values.every((v) => typeof v === 'function')).toBe(true);
  });

  it.each(methodNames)('sends %s on its own comitia: channel with the argument as given', async (name) => {
    const { ipc } = fakeIpc();
    const bridge = buildBridge(ipc);
    const arg = { any: 'thing' };
    const call = bridge.api[name] as (arg: unknown) => Promise<unknown>;
    await expect(call(arg)).resolves.toEqual({ ok: true, value: { channel: `${IPC_PREFIX}${name}`, args: [arg] } });
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(`${IPC_PREFIX}${name}`, arg);
  });

  it('opens the native dialogs on their channels', async () => {
    const { ipc } = fakeIpc();
    const bridge = buildBridge(ipc);
    await bridge.dialogs.openSession();
    await bridge.dialogs.newSession();
    expect(ipc.invoke.mock.calls).toEqual([[DIALOG_CHANNELS.openSession], [DIALOG_CHANNELS.newSession]]);
  });

  it('asks main for an import file, or to open or save an attachment, on their own channels with one argument', async () => {
    const { ipc } = fakeIpc();
    const bridge = buildBridge(ipc);
    await bridge.dialogs.pickImportFile('source');
    await bridge.dialogs.pickImportFile('attachments');
    await bridge.dialogs.openAttachment(7);
    await bridge.dialogs.saveAttachment(8);
    await bridge.dialogs.openProjector(3);
    await bridge.dialogs.openProjector(null);
    expect(ipc.invoke.mock.calls).toEqual([
      [DIALOG_CHANNELS.pickImportFile, 'source'],
      [DIALOG_CHANNELS.pickImportFile, 'attachments'],
      [DIALOG_CHANNELS.openAttachment, 7],
      [DIALOG_CHANNELS.saveAttachment, 8],
      [DIALOG_CHANNELS.openProjector, 3],
      [DIALOG_CHANNELS.openProjector, null],
    ]);
  });

  it('relays progress payloads without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = buildBridge(ipc);
    const seen: unknown[][] = [];
    const unsubscribe = bridge.onProgress((...args: unknown[]) => seen.push(args));
    const ipcEvent = { sender: ipc, senderId: 0 };
    emit(PROGRESS_CHANNEL, ipcEvent, { task: 'demo', done: 1, total: 60 });
    expect(seen).toEqual([[{ task: 'demo', done: 1, total: 60 }]]);

    unsubscribe();
    emit(PROGRESS_CHANNEL, ipcEvent, { task: 'demo', done: 2, total: 60 });
    expect(seen).toHaveLength(1);
    expect(listeners.get(PROGRESS_CHANNEL)?.size).toBe(0);
  });

  it('keeps two subscribers independent', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = buildBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.onProgress(a);
    bridge.onProgress(b);
    offA();
    emit(PROGRESS_CHANNEL, {}, { task: 'import', done: 0, total: 1 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
  });
});
