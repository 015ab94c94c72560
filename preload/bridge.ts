/**
 * Builds `window.comitia` from the contract's method list and the table of native dialogs (common/api/bridge.ts)
 * over a minimal ipcRenderer shape. Kept apart from index.ts (which alone imports Electron) so the bridge is
 * unit-tested with a fake ipcRenderer.
 *
 * What crosses the context bridge is only this object of functions: no ipcRenderer, no IpcRendererEvent (its
 * `sender` is the ipcRenderer itself), no channel chosen by the page. See Electron's docs/tutorial/security.md,
 * "20. Do not expose Electron APIs to untrusted web content"
 * (https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content),
 * and docs/tutorial/context-isolation.md.
 */
import { DIALOGS, dialogNames, type ComitiaBridge } from '../common/api/bridge.ts';
import { IPC_PREFIX, methodNames, type ComitiaApi, type MethodName } from '../common/api/contract.ts';
import { CHANGE_CHANNEL, PROGRESS_CHANNEL, type ChangeEvent } from '../common/api/events.ts';
import type { ProgressEvent } from '../common/domain/types.ts';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildBridge(ipc: IpcRendererLike) {
  const api = {} as Record<MethodName, (arg: unknown) => Promise<unknown>>;
  for (const name of methodNames) {
    // One channel per method, fixed here: the page cannot pick a channel. Main validates the argument with zod.
    api[name] = (arg: unknown) => ipc.invoke(`${IPC_PREFIX}${name}`, arg);
  }
  const dialogs = {} as Record<string, (arg?: unknown) => Promise<unknown>>;
  for (const name of dialogNames) {
    const { channel, argument } = DIALOGS[name];
    // A dialog without an argument sends none; main checks the argument of the others against the same table.
    dialogs[name] = argument === null ? () => ipc.invoke(channel) : (arg?: unknown) => ipc.invoke(channel, arg);
  }

  const relayTo = <T>(channel: string, listener: (payload: T) => void): (() => void) => {
    // The IPC event is dropped: only the payload reaches the page.
    const relay = (_event: unknown, payload: unknown) => listener(payload as T);
    ipc.on(channel, relay);
    return () => {
      ipc.removeListener(channel, relay);
    };
  };

  return {
    // The objects are built at run time from the tables; their types are the contract's, checked by `satisfies`.
    api: api as unknown as ComitiaApi,
    onProgress: (listener: (event: ProgressEvent) => void): (() => void) => relayTo(PROGRESS_CHANNEL, listener),
    onChange: (listener: (event: ChangeEvent) => void): (() => void) => relayTo(CHANGE_CHANNEL, listener),
    dialogs: dialogs as unknown as NonNullable<ComitiaBridge['dialogs']>,
  } satisfies ComitiaBridge;
}
