/**
 * Registers every IPC channel of the desktop shell, each through the gate of ipcGate.ts: the API methods (one
 * channel per method of the contract, derived from `methodNames`), the native dialogs and the attachment actions.
 */
import type { IpcMain } from 'electron';
import { DIALOG_CHANNELS, IMPORT_FILE_KINDS, type ImportFileKind, type PickedFile } from '../../common/api/bridge.ts';
import { IPC_PREFIX, methodNames } from '../../common/api/contract.ts';
import { fail, type Result } from '../../common/result.ts';
import type { IpcGate, InvokeEventLike } from './ipcGate.ts';

export interface DialogHandlers {
  openSession(event: InvokeEventLike): Promise<string | null>;
  newSession(event: InvokeEventLike): Promise<string | null>;
  pickImportFile(event: InvokeEventLike, kind: ImportFileKind): Promise<PickedFile | null>;
  openAttachment(event: InvokeEventLike, id: unknown): Promise<Result<{ fileName: string }>>;
  saveAttachment(event: InvokeEventLike, id: unknown): Promise<Result<{ path: string } | null>>;
}

const isImportFileKind = (kind: unknown): kind is ImportFileKind => (IMPORT_FILE_KINDS as readonly unknown[]).includes(kind);

const foreign = (): Result<never> => fail('forbidden', "Appel refusé : l'expéditeur n'est pas la fenêtre de Comitia.");

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
  ipcMain.handle(DIALOG_CHANNELS.pickImportFile, (event, kind: unknown) =>
    gate.checkSender(event).ok && isImportFileKind(kind) ? dialogs.pickImportFile(event, kind) : null,
  );
  // The attachment's id is checked by the handler (a positive integer of this session), like an API argument.
  ipcMain.handle(DIALOG_CHANNELS.openAttachment, (event, id: unknown) =>
    gate.checkSender(event).ok ? dialogs.openAttachment(event, id) : foreign(),
  );
  ipcMain.handle(DIALOG_CHANNELS.saveAttachment, (event, id: unknown) =>
    gate.checkSender(event).ok ? dialogs.saveAttachment(event, id) : foreign(),
  );
}
