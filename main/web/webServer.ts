/**
 * The web shell's server: the built renderer and the same api over HTTP, on loopback only, behind a random
 * per-run token. It is a transport, not a mock: every call goes through `api.invoke` like an IPC call does.
 *
 * Routes: GET /… static files of out/renderer; POST /api/<method> (JSON body, `Authorization: Bearer <token>`);
 * GET /api/events?token=… server-sent progress events (EventSource cannot send headers).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ProgressEvent } from '../../common/domain/types.ts';
import { fail, type Result } from '../../common/result.ts';
import type { Api } from '../api.ts';

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
  close(): Promise<void>;
}

export interface WebServerOptions {
  api: Api;
  rendererDir: string;
  port?: number;
  token?: string;
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
  const listeners = new Set<(e: ProgressEvent) => void>();
  const previousProgress = options.api.context.progress;
  options.api.context.progress = (event) => {
    previousProgress(event);
    for (const l of listeners) l(event);
  };
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
        const listener = (event: ProgressEvent) => res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`);
        listeners.add(listener);
        req.on('close', () => listeners.delete(listener));
        return;
      }
      const auth = req.headers.authorization ?? '';
      if (!sameToken(auth.startsWith('Bearer ') ? auth.slice(7) : null, token)) {
        sendJson(res, 401, fail('unauthorized', 'Jeton d’accès invalide.'));
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
      sendJson(res, 200, await options.api.invoke(name, arg));
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
