/**
 * Registers every IPC channel of the desktop shell, each through the gate of ipcGate.ts: the API methods (one
 * channel per method of the contract, derived from `methodNames`) and the two native dialogs.
 */
import type { IpcMain } from 'electron';
import { DIALOG_CHANNELS } from '../../common/api/bridge.ts';
import { IPC_PREFIX, methodNames } from '../../common/api/contract.ts';
import type { IpcGate, InvokeEventLike } from './ipcGate.ts';

export interface DialogHandlers {
  openSession(event: InvokeEventLike): Promise<string | null>;
  newSession(event: InvokeEventLike): Promise<string | null>;
}

export function registerIpc(ipcMain: IpcMain, gate: IpcGate, dialogs: DialogHandlers): void {
  for (const name of methodNames) {
    const channel = `${IPC_PREFIX}${name}`;
    // Only the first argument is read: the preload sends exactly one, and zod validates it in api.invoke.
    ipcMain.handle(channel, (event, arg: unknown) => gate.handle(channel, event, arg));
  }
  // A dialog from a foreign sender answers "cancelled": it learns nothing and no dialog opens.
  ipcMain.handle(DIALOG_CHANNELS.openSession, (event) =>
    gate.checkSender(event).ok ? dialogs.openSession(event) : null,
  );
  ipcMain.handle(DIALOG_CHANNELS.newSession, (event) =>
    gate.checkSender(event).ok ? dialogs.newSession(event) : null,
  );
}
