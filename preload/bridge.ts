/**
 * Builds `window.comitia` from the contract's method list over a minimal ipcRenderer shape. Kept apart from
 * index.ts (which alone imports Electron) so the bridge is unit-tested with a fake ipcRenderer.
 *
 * What crosses the context bridge is only this object of functions: no ipcRenderer, no IpcRendererEvent (its
 * `sender` is the ipcRenderer itself), no channel chosen by the page. See Electron's docs/tutorial/security.md,
 * "20. Do not expose Electron APIs to untrusted web content"
 * (https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content),
 * and docs/tutorial/context-isolation.md.
 */
import { DIALOG_CHANNELS, type ComitiaBridge, type ImportFileKind, type PickedFile } from '../common/api/bridge.ts';
import { IPC_PREFIX, methodNames, type ComitiaApi, type MethodName } from '../common/api/contract.ts';
import { CHANGE_CHANNEL, PROGRESS_CHANNEL, type ChangeEvent } from '../common/api/events.ts';
import type { ProgressEvent } from '../common/domain/types.ts';
import type { Result } from '../common/result.ts';

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

  return {
    // The object is built at run time from `methodNames`; its type is the contract's, checked by `satisfies` below.
    api: api as unknown as ComitiaApi,
    onProgress(listener: (event: ProgressEvent) => void): () => void {
      // The IPC event is dropped: only the payload reaches the page.
      const relay = (_event: unknown, payload: unknown) => listener(payload as ProgressEvent);
      ipc.on(PROGRESS_CHANNEL, relay);
      return () => {
        ipc.removeListener(PROGRESS_CHANNEL, relay);
      };
    },
    onChange(listener: (event: ChangeEvent) => void): () => void {
      const relay = (_event: unknown, payload: unknown) => listener(payload as ChangeEvent);
      ipc.on(CHANGE_CHANNEL, relay);
      return () => {
        ipc.removeListener(CHANGE_CHANNEL, relay);
      };
    },
    dialogs: {
      openSession: () => ipc.invoke(DIALOG_CHANNELS.openSession) as Promise<string | null>,
      newSession: () => ipc.invoke(DIALOG_CHANNELS.newSession) as Promise<string | null>,
      // Main checks the argument of each of these (a known kind, a positive integer) before doing anything.
      pickImportFile: (kind: ImportFileKind) => ipc.invoke(DIALOG_CHANNELS.pickImportFile, kind) as Promise<PickedFile | null>,
      openAttachment: (id: number) => ipc.invoke(DIALOG_CHANNELS.openAttachment, id) as Promise<Result<{ fileName: string }>>,
      saveAttachment: (id: number) => ipc.invoke(DIALOG_CHANNELS.saveAttachment, id) as Promise<Result<{ path: string } | null>>,
    },
  } satisfies ComitiaBridge;
}
