/**
 * How the web shell answers: every refusal is a JSON Result with a message code (common/i18n/messages/web.ts), so
 * that the page can say what happened in the user's language, whatever the route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MessageCode, ParamArgs } from '../../common/i18n/messageCode.ts';
import { AppError, fail, type Result } from '../../common/result.ts';

export function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A refusal: `status` and the failed Result of `code`. */
export function refuse<C extends MessageCode>(res: ServerResponse, status: number, code: C, ...args: ParamArgs<C>): void {
  sendJson(res, status, fail(code, ...args));
}

/** Reads and discards the rest of a request, so that a refusal sent early reaches a client still sending. */
export function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve();
    req.on('end', resolve).on('error', () => resolve()).on('close', resolve).resume();
  });
}

/** What of the request a refusal may repeat: short, so that a huge path or header is never echoed back. */
export const clipped = (text: string, max = 120): string => (text.length > max ? `${text.slice(0, max)}…` : text);

export const megabytes = (n: number): number => Math.max(1, Math.round(n / 1024 / 1024));

/** The request's body as text; AppError `web.body_too_large` past `limit` bytes (the rest is drained). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      await drain(req);
      throw new AppError('web.body_too_large', { limit: megabytes(limit) });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
