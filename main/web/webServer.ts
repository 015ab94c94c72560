/**
 * The web shell's server: the built renderer and the same api over HTTP, on loopback only, behind a random
 * per-run token. It is a transport, not a mock: every call goes through `api.invoke` like an IPC call does.
 *
 * Routes: GET /… static files of out/renderer; POST /api/<method> (JSON body, `Authorization: Bearer <token>`);
 * GET /api/events?token=… server-sent progress events (EventSource cannot send headers);
 * POST /api/upload?kind=source|attachments&name=… (raw bytes, bearer token) a file for the import, answered with an
 * opaque reference (uploads.ts); GET /api/attachments/<id>?token=…[&download=1] an attachment's bytes
 * (main/files/attachmentResponse.ts: inline for PDFs only, sandboxed, nosniff).
 *
 * A page never hands the server a path to read: the import methods take the references of files uploaded here, and
 * anything else is refused (main/files/fileRefs.ts). The CLI and the desktop shell keep calling the api with paths.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { IMPORT_FILE_KINDS, type ImportFileKind } from '../../common/api/bridge.ts';
import { AppError, fail, ok, type Result } from '../../common/result.ts';
import type { Api } from '../api.ts';
import { readAttachmentBytes } from '../db/attachmentRepo.ts';
import { attachmentHeaders, parseAttachmentRequest } from '../files/attachmentResponse.ts';
import { bindFileArguments } from '../files/fileRefs.ts';
import { tooLarge, UploadStore, type UploadLimits } from './uploads.ts';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Same policy as the desktop shell: nothing but our own origin; AG Grid needs inline styles. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  /** The private folder uploads are written to (removed by close). */
  uploadRoot: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  api: Api;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest upload accepted, per kind of file (uploads.ts has the defaults). */
  uploadLimits?: Partial<UploadLimits>;
}

/** Resolves a URL path inside `root`, or null when it would leave it (`..`, encoded or not). */
export function staticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads and discards the rest of a request, so that a refusal sent early reaches a client still sending. */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve();
    req.on('end', resolve).on('error', () => resolve()).on('close', resolve).resume();
  });
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const uploads = new UploadStore(options.uploadLimits);
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', `serveur web : ${(error as Error).message}`));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    // DNS-rebinding defence: only our own loopback host name is served.
    if (req.headers.host !== new URL(origin).host) {
      res.writeHead(421).end('misdirected request');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!sameToken(url.searchParams.get('token'), token)) {
          sendJson(res, 401, fail('unauthorized', 'Jeton d’accès invalide.'));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        // Server-sent events: `progress` for long work, `change` naming the topics a commit touched.
        const stop = options.api.events.listen((event) =>
          res.write(
            event.kind === 'progress'
              ? `event: progress\ndata: ${JSON.stringify(event.progress)}\n\n`
              : `event: change\ndata: ${JSON.stringify(event.change)}\n\n`,
          ),
        );
        req.on('close', stop);
        return;
      }
      const attachment = req.method === 'GET' || req.method === 'HEAD' ? parseAttachmentRequest(url.pathname, url.searchParams) : null;
      if (attachment) {
        // An <iframe> or a download link cannot send headers: the token comes in the query, as for events.
        if (!sameToken(url.searchParams.get('token'), token)) {
          sendJson(res, 401, fail('unauthorized', 'Jeton d’accès invalide.'));
          return;
        }
        serveAttachment(req, res, attachment.id, attachment.download);
        return;
      }
      const auth = req.headers.authorization ?? '';
      if (!sameToken(auth.startsWith('Bearer ') ? auth.slice(7) : null, token)) {
        sendJson(res, 401, fail('unauthorized', 'Jeton d’accès invalide.'));
        return;
      }
      if (url.pathname === '/api/upload' && req.method === 'POST') {
        await receiveUpload(req, res, url.searchParams);
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, fail('method_not_allowed', 'Seule la méthode POST est acceptée.'));
        return;
      }
      let arg: unknown;
      try {
        const body = await readBody(req);
        arg = body ? JSON.parse(body) : {};
      } catch (error) {
        sendJson(res, 400, fail('bad_request', `Corps de requête illisible : ${(error as Error).message}.`));
        return;
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      const bound = bindFileArguments(name, arg, uploads.refs);
      sendJson(res, 200, bound.ok ? await options.api.invoke(name, bound.value) : bound);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = staticPath(options.rendererDir, url.pathname);
    const target = file && existsSync(file) && statSync(file).isFile() ? file : join(options.rendererDir, 'index.html');
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  }

  function serveAttachment(req: IncomingMessage, res: ServerResponse, id: number, download: boolean): void {
    let found: ReturnType<typeof readAttachmentBytes> = null;
    try {
      found = readAttachmentBytes(options.api.context.session.db(), id);
    } catch {
      // No session open: nothing to serve.
    }
    if (!found) {
      sendJson(res, 404, fail('not_found', `Pièce jointe n° ${id} introuvable dans cette session.`));
      return;
    }
    res.writeHead(200, attachmentHeaders(found.info, found.data, { download, frameAncestors: "'self'" }));
    if (req.method === 'HEAD') res.end();
    else res.end(found.data);
  }

  async function receiveUpload(req: IncomingMessage, res: ServerResponse, params: URLSearchParams): Promise<void> {
    const kind = params.get('kind') as ImportFileKind | null;
    const name = params.get('name')?.trim() ?? '';
    if (!kind || !(IMPORT_FILE_KINDS as readonly string[]).includes(kind) || !name) {
      await drain(req);
      sendJson(res, 400, fail('bad_request', 'Envoi refusé : paramètres « kind » (source ou attachments) et « name » attendus.'));
      return;
    }
    const limit = uploads.limits[kind];
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) {
      const error = tooLarge(kind, limit);
      await drain(req);
      sendJson(res, 413, fail(error.code, error.message));
      return;
    }
    try {
      sendJson(res, 200, ok(await uploads.receive(req, name, kind)));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await drain(req);
      sendJson(res, error.code === 'too_large' ? 413 : 400, fail(error.code, error.message));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    server,
    uploadRoot: uploads.root,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          uploads.dispose();
          resolve();
        });
      }),
  };
}
