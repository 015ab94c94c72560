/**
 * The web shell's routes under /api/, each a small function of the request (webServer.ts dispatches):
 * - GET /api/events?token=… server-sent `progress` and `change` events (EventSource cannot send headers);
 * - GET|HEAD /api/attachments/<id>?token=…[&download=1] an attachment's bytes (main/files/attachmentResponse.ts);
 * - GET|HEAD /api/minutes/<version>.pdf?token=…[&download=1] a stored version of the minutes (main/files/minutesContent.ts);
 * - POST /api/upload?kind=source|attachments&name=… (raw bytes, bearer token) a file for the import, answered with
 *   an opaque reference (uploads.ts); likewise a certificate, a PDF, a member's package or return;
 * - GET|HEAD /api/downloads/<folder>/<name>?token=… a package or a return written for the page (downloads.ts);
 * - POST /api/<method> (JSON body, bearer token) one method of the contract, its path arguments bound by the shell
 *   first (main/files/pathBinding.ts), never taken from the page as they are.
 * Bounds (issue 12): an upload whose declared Content-Length exceeds its limit or the store's quota is answered at
 * once, before its body, and the connection closed; the uploads an import used are deleted when it ends; the event
 * stream accepts at most MAX_EVENT_STREAMS connections at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UPLOAD_KINDS, type UploadKind } from '../../common/api/bridge.ts';
import { isMethodName } from '../../common/api/contract.ts';
import { AppError, ok, type Result } from '../../common/result.ts';
import type { Api } from '../api.ts';
import { attachmentFailureStatus, readSessionAttachment } from '../files/attachmentContent.ts';
import { attachmentHeaders, type AttachmentRequest, type ReadAttachment } from '../files/attachmentResponse.ts';
import { bindPathArguments, type PathBinder } from '../files/pathBinding.ts';
import { readCallTag, type CallOrder, type CallTag } from './callOrder.ts';
import { clipped, drain, readBody, refuse, sendJson } from './httpReplies.ts';
import { isTooLarge, tooLarge, type UploadStore } from './uploads.ts';

/** What the routes share for one server. */
export interface RouteContext {
  api: Api;
  /** What the page may name where the contract takes a path (pageBinding.ts). */
  binder: PathBinder;
  uploads: UploadStore;
  maxBodyBytes: number;
  /** Puts a page's calls back in the order it sent them, where it asks (callOrder.ts). */
  order: CallOrder;
}

/** Open event streams per server: each holds a socket and a listener; a tab needs one. */
export const MAX_EVENT_STREAMS = 16;
const openStreams = new WeakMap<RouteContext, number>();

export function streamEvents(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): void {
  const open = openStreams.get(ctx) ?? 0;
  if (open >= MAX_EVENT_STREAMS) {
    refuse(res, 503, 'web.too_many_event_streams', { max: MAX_EVENT_STREAMS });
    return;
  }
  openStreams.set(ctx, open + 1);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const stop = ctx.api.events.listen((event) =>
    res.write(
      event.kind === 'progress'
        ? `event: progress\ndata: ${JSON.stringify(event.progress)}\n\n`
        : `event: change\ndata: ${JSON.stringify(event.change)}\n\n`,
    ),
  );
  req.on('close', () => {
    stop();
    openStreams.set(ctx, (openStreams.get(ctx) ?? 1) - 1);
  });
}

export function serveAttachment(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouteContext,
  wanted: AttachmentRequest,
  read: ReadAttachment = (id) => readSessionAttachment(ctx.api.context, id),
): void {
  const found = read(wanted.id);
  if (!found.ok) {
    const status = attachmentFailureStatus(found.error.code);
    if (status === 500) console.error(`[comitia] attachment ${wanted.id}:`, found.error);
    sendJson(res, status, found);
    return;
  }
  const { info, data } = found.value;
  res.writeHead(200, attachmentHeaders(info, data, { download: wanted.download, frameAncestors: "'self'" }));
  if (req.method === 'HEAD') res.end();
  else res.end(data);
}

const isUploadKind = (kind: string | null): kind is UploadKind => (UPLOAD_KINDS as readonly (string | null)[]).includes(kind);

export async function receiveUpload(req: IncomingMessage, res: ServerResponse, ctx: RouteContext, params: URLSearchParams): Promise<void> {
  const kind = params.get('kind');
  const name = params.get('name')?.trim() ?? '';
  if (!isUploadKind(kind) || !name) {
    await drain(req);
    refuse(res, 400, 'web.upload_parameters');
    return;
  }
  const limit = ctx.uploads.limits[kind];
  const declared = Number(req.headers['content-length'] ?? 0);
  const early = declared > limit ? tooLarge(kind, limit) : ctx.uploads.quotaRefusal(Number.isFinite(declared) ? declared : 0);
  if (early) {
    refuseBeforeBody(req, res, early);
    return;
  }
  try {
    sendJson(res, 200, ok(await ctx.uploads.receive(req, name, kind, Number.isFinite(declared) ? declared : 0)));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await drain(req);
    sendJson(res, isTooLarge(error) ? 413 : 400, { ok: false, error: error.toShape() });
  }
}

/**
 * Answers 413 without reading the body: the client learns at once, and the connection is closed after the answer
 * instead of receiving gigabytes only to drop them.
 */
function refuseBeforeBody(req: IncomingMessage, res: ServerResponse, error: AppError): void {
  res.setHeader('connection', 'close');
  res.on('finish', () => req.destroy());
  sendJson(res, 413, { ok: false, error: error.toShape() });
}

/** The upload references an import's argument names (its spreadsheet and its ZIP; a package, a return). */
function uploadsUsedBy(arg: unknown, uploads: UploadStore): string[] {
  if (typeof arg !== 'object' || arg === null) return [];
  const { source, attachments, file } = arg as Record<string, unknown>;
  return [source, attachments, file].filter((ref): ref is string => uploads.holds(ref));
}

/** The methods whose success is the end of their uploads' use: a real import, a package opened, a return imported. */
const consumesUploads = (name: string, arg: unknown): boolean =>
  (name === 'importRun' && (arg as { dryRun?: unknown } | null)?.dryRun !== true) || name === 'packageOpen' || name === 'returnImport';

/**
 * POST /api/<method>: `name` is the decoded rest of the path. A call the page numbered runs in the page's order where
 * it asked (x-comitia-after, callOrder.ts), and a refused one still counts as arrived and finished, so that nothing
 * waits for it.
 */
export async function callMethod(req: IncomingMessage, res: ServerResponse, ctx: RouteContext, name: string): Promise<void> {
  const tag = readCallTag(req.headers);
  await ctx.order.run(tag, () => answerCall(req, res, ctx, name, tag));
}

async function answerCall(req: IncomingMessage, res: ServerResponse, ctx: RouteContext, name: string, tag: CallTag | null): Promise<void> {
  // Only the contract's own methods: `__proto__`, `constructor` or `toString` are names, not methods.
  if (!isMethodName(name)) {
    await drain(req);
    refuse(res, 404, 'core.unknown_method', { method: clipped(name, 80) });
    return;
  }
  let arg: unknown;
  try {
    const body = await readBody(req, ctx.maxBodyBytes);
    arg = body.trim() === '' ? {} : JSON.parse(body);
  } catch (error) {
    if (error instanceof AppError) sendJson(res, 413, { ok: false, error: error.toShape() });
    else refuse(res, 400, 'web.bad_json');
    return;
  }
  // A path the page may not name is the shell's refusal (403); every other Result is the api's answer (200).
  // A real import (not a dry run) that committed is the end of its uploads' use: they are deleted after it. A refused
  // or cancelled one keeps them, so that the user can correct the mapping and try again without choosing the files
  // again (the cap on their number and size holds, and all go when the server stops).
  // Read before binding, which puts the paths in place of the references.
  const used = consumesUploads(name, arg) ? uploadsUsedBy(arg, ctx.uploads) : [];
  const bound = await bindPathArguments(name, arg, ctx.binder);
  if (!bound.ok) {
    sendJson(res, 403, bound);
    return;
  }
  const answer: Result<unknown> = await ctx.api.invoke(name, bound.value);
  // Before answering: once the page learns the import committed, its files are gone.
  if (answer.ok) await Promise.all(used.map((ref) => ctx.uploads.release(ref)));
  // The change event goes out before the answer (CoreEvents.flush says why), naming the call that made it: the page
  // that sent it knows which of its reads, asked after it, already see it.
  ctx.api.events.flush(tag ? { page: tag.page, call: tag.call } : undefined);
  sendJson(res, 200, answer);
}
