/**
 * The web shell's server: the built renderer and the same api over HTTP, on loopback only, behind a random
 * per-run token. It is a transport, not a mock: every call goes through `api.invoke` like an IPC call does, after
 * the path arguments are bound (pageBinding.ts): a page never hands the server a path to read.
 *
 * This file checks what every request must pass (the Host, a well-formed path, the token) and dispatches to the
 * routes (routes.ts for /api/…, staticFiles.ts for the rest). Every refusal is a JSON Result with a code.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from '../api.ts';
import { parseAttachmentRequest } from '../files/attachmentResponse.ts';
import { parseMinutesRequest, readStoredMinutes } from '../files/minutesContent.ts';
import { bearerToken, queryToken, sameToken } from './access.ts';
import { DownloadFolder } from './downloads.ts';
import { clipped, refuse } from './httpReplies.ts';
import { webPathBinder } from './pageBinding.ts';
import { CallOrder } from './callOrder.ts';
import { callMethod, receiveUpload, serveAttachment, streamEvents, type RouteContext } from './routes.ts';
import { SessionsFolder } from './sessionsFolder.ts';
import { serveStatic } from './staticFiles.ts';
import { UploadStore, type UploadLimits } from './uploads.ts';
import { DOWNLOAD_PATH_PREFIX } from '../../common/api/servedPaths.ts';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The interface's CSP, shared with the desktop shell. */
export { CONTENT_SECURITY_POLICY } from '../files/pageHeaders.ts';
export { staticPath } from './staticFiles.ts';

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  /** The private folder uploads are written to (removed by close). */
  uploadRoot: string;
  /** The folder the page may open and create sessions in. */
  sessionsFolder: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  api: Api;
  rendererDir: string;
  /** The only folder where the page may open or create a session (sessionsFolder.ts). */
  sessionsFolder: string;
  port?: number;
  token?: string;
  /** Largest upload accepted, per kind of file (uploads.ts has the defaults). */
  uploadLimits?: Partial<UploadLimits>;
}

/** The path of a request, percent-decoded, or null when an escape is malformed (`%E0%A4%A`). */
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/** /api/… : the routes that take the token in the query first, then the bearer-token routes. */
async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, path: string, ctx: RouteContext, token: string, downloads: DownloadFolder) {
  const reading = req.method === 'GET' || req.method === 'HEAD';
  if (reading && path.startsWith(DOWNLOAD_PATH_PREFIX)) {
    if (!sameToken(queryToken(url), token)) return refuse(res, 401, 'web.unauthorized');
    return downloads.serve(req, res, path);
  }
  const attachment = reading ? parseAttachmentRequest(url.pathname, url.searchParams) : null;
  const minutes = reading ? parseMinutesRequest(url.pathname, url.searchParams) : null;
  if ((path === '/api/events' && req.method === 'GET') || attachment || minutes) {
    if (!sameToken(queryToken(url), token)) return refuse(res, 401, 'web.unauthorized');
    if (minutes) return serveAttachment(req, res, ctx, minutes, (id) => readStoredMinutes(ctx.api.context, id));
    return attachment ? serveAttachment(req, res, ctx, attachment) : streamEvents(req, res, ctx);
  }
  if (!sameToken(bearerToken(req), token)) return refuse(res, 401, 'web.unauthorized');
  if (req.method !== 'POST') return refuse(res, 405, 'web.method_not_allowed', { method: req.method ?? '', allowed: 'POST' });
  if (path === '/api/upload') return receiveUpload(req, res, ctx, url.searchParams);
  return callMethod(req, res, ctx, path.slice('/api/'.length));
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const uploads = new UploadStore(options.uploadLimits);
  const sessions = new SessionsFolder(options.sessionsFolder);
  const downloads = new DownloadFolder();
  const ctx: RouteContext = { api: options.api, binder: webPathBinder(uploads, sessions, downloads), uploads, maxBodyBytes: MAX_BODY_BYTES, order: new CallOrder() };
  let host = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding defence: only our own loopback host name is served.
    if (req.headers.host !== host) return refuse(res, 421, 'web.misdirected', { host: clipped(String(req.headers.host ?? '')) });
    const url = new URL(req.url ?? '/', `http://${host}`);
    const path = decodedPath(url);
    if (path === null) return refuse(res, 400, 'web.bad_escape');
    if (path.startsWith('/api/')) return handleApi(req, res, url, path, ctx, token, downloads);
    return serveStatic(req, res, options.rendererDir, url);
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[comitia] web server:', error);
      if (!res.headersSent) refuse(res, 500, 'web.internal', { detail: (error as Error).message ?? String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}/?token=${token}`,
    token,
    server,
    uploadRoot: uploads.root,
    sessionsFolder: sessions.folder,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          uploads.dispose();
          downloads.dispose();
          resolve();
        });
      }),
  };
}
