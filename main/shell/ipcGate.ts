/**
 * The one wrapper every IPC call of the desktop shell goes through (#17 Validate the sender of all IPC messages,
 * https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages).
 * Pure: it sees a minimal event shape that Electron's IpcMainInvokeEvent satisfies, so it is tested under Node.
 *
 * Order of checks: the channel carries our prefix; the sender frame still exists, is the top frame of one of our
 * windows and shows our own page; then the raw argument goes to `api.invoke`, which validates it with zod and turns
 * every failure into a Result. Nothing here throws back into the renderer.
 */
import { IPC_PREFIX } from '../../common/api/contract.ts';
import { fail, type Result } from '../../common/result.ts';
import { originOf } from './policy.ts';

/** What the gate reads of Electron's WebFrameMain. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** What the gate reads of Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  /** Null when the frame has navigated away or been destroyed since it sent the message. */
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: unknown;
}

export interface ApiInvoker {
  invoke(name: string, arg: unknown): Promise<Result<unknown>>;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

export interface IpcGateOptions {
  api: ApiInvoker;
  /** `protocol//host` our renderer is served from (app://comitia; the Vite dev server in development). */
  trustedOrigin: string;
  /** True for the webContents of our own windows: a message from any other webContents is refused. */
  isOurWebContents: (sender: unknown) => boolean;
  /** Told about every refused call, for the log. */
  onDenied?: (channel: string, reason: string) => void;
}

export interface IpcGate {
  checkSender(event: InvokeEventLike): SenderVerdict;
  handle(channel: string, event: InvokeEventLike, arg: unknown): Promise<Result<unknown>>;
}

export function checkSender(
  event: InvokeEventLike,
  trustedOrigin: string,
  isOurWebContents: (sender: unknown) => boolean,
): SenderVerdict {
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'the sender frame is gone (navigated or destroyed)' };
  if (frame.parent !== null) return { ok: false, reason: 'the sender is a subframe, not the main frame' };
  if (!isOurWebContents(event.sender)) return { ok: false, reason: 'the sender is not one of our windows' };
  const origin = originOf(frame.url);
  if (origin !== trustedOrigin) return { ok: false, reason: `the sender's origin ${origin ?? '(unparsable)'} is not ${trustedOrigin}` };
  return { ok: true };
}

export function createIpcGate(options: IpcGateOptions): IpcGate {
  const { api, trustedOrigin, isOurWebContents, onDenied } = options;
  const gate: IpcGate = {
    checkSender: (event) => checkSender(event, trustedOrigin, isOurWebContents),
    async handle(channel, event, arg) {
      if (!channel.startsWith(IPC_PREFIX)) {
        onDenied?.(channel, 'the channel is not a Comitia API channel');
        return fail('shell.ipc_channel_refused', { channel });
      }
      const verdict = gate.checkSender(event);
      if (!verdict.ok) {
        onDenied?.(channel, verdict.reason);
        return fail('shell.ipc_sender_refused', { channel });
      }
      // The argument stays raw: api.invoke parses it with the method's zod schema and names the faulty field.
      return api.invoke(channel.slice(IPC_PREFIX.length), arg);
    },
  };
  return gate;
}
