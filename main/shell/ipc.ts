/**
 * Registers every IPC channel of the desktop shell, each through the gate of ipcGate.ts: the API methods (one
 * channel per method of the contract, derived from `methodNames`) and the native dialogs (one per entry of the
 * DIALOGS table of common/api/bridge.ts, whose schema checks the argument before the handler sees it).
 */
import type { IpcMain } from 'electron';
import { DIALOGS, dialogNames, type DialogInput, type DialogName, type DialogOutput } from '../../common/api/bridge.ts';
import { IPC_PREFIX, methodNames } from '../../common/api/contract.ts';
import { issueMessage } from '../../common/api/validate.ts';
import { fail, type Result } from '../../common/result.ts';
import type { IpcGate, InvokeEventLike, SenderVerdict } from './ipcGate.ts';

/** What main does for each dialog, once the sender and the argument have passed. */
export type DialogHandlers = {
  [K in DialogName]: (event: InvokeEventLike, arg: DialogInput<K>) => Promise<DialogOutput<K>>;
};

/**
 * The answer to a refused dialog call: "cancelled" (null) for the pickers, so a foreign page learns nothing and no
 * dialog opens; a failed Result for the attachment actions.
 */
function refusal(name: DialogName, error: Result<never>): unknown {
  return DIALOGS[name].refusal === 'cancelled' ? null : error;
}

/**
 * Answers one dialog call once the gate has judged its sender: a refusal, or the argument checked against the
 * table's schema, and only then the handler.
 */
export async function answerDialog(
  name: DialogName,
  sender: SenderVerdict,
  event: InvokeEventLike,
  arg: unknown,
  handler: (event: InvokeEventLike, arg: unknown) => Promise<unknown>,
): Promise<unknown> {
  if (!sender.ok) return refusal(name, fail('shell.dialog_sender_refused', { dialog: name }));
  const { argument } = DIALOGS[name];
  if (argument === null) return handler(event, undefined);
  const parsed = argument.safeParse(arg);
  if (!parsed.success) {
    return refusal(name, fail('core.invalid_argument', { method: name }, { issues: parsed.error.issues.map(issueMessage) }));
  }
  return handler(event, parsed.data);
}

export function registerIpc(ipcMain: IpcMain, gate: IpcGate, dialogs: DialogHandlers): void {
  for (const name of methodNames) {
    const channel = `${IPC_PREFIX}${name}`;
    // Only the first argument is read: the preload sends exactly one, and zod validates it in api.invoke.
    ipcMain.handle(channel, (event, arg: unknown) => gate.handle(channel, event, arg));
  }
  for (const name of dialogNames) {
    const handler = dialogs[name] as (event: InvokeEventLike, arg: unknown) => Promise<unknown>;
    // A dialog from a foreign sender opens nothing (answerDialog refuses before the handler).
    ipcMain.handle(DIALOGS[name].channel, (event, arg: unknown) => answerDialog(name, gate.checkSender(event), event, arg, handler));
  }
}
