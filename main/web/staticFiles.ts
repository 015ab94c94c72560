/**
 * The built renderer over HTTP. A path is refused when it would leave the renderer folder: lexically (`..`, encoded
 * or not) and, like the desktop's app:// handler, after symbolic links (a link inside the folder pointing outside
 * is not followed). Any other unknown path gets index.html (the interface routes with the URL's hash).
 */
import { createReadStream } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { realPathInside } from '../files/insideFolder.ts';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../files/pageHeaders.ts';
import { clipped, refuse } from './httpReplies.ts';

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

const isFile = async (path: string): Promise<boolean> => (await stat(path).catch(() => null))?.isFile() ?? false;

/**
 * The file to serve for `urlPath`: the file itself when it exists inside the folder once links are followed,
 * index.html when nothing is there, null (refused) when the path leaves the folder or a link leads outside.
 */
export async function staticTarget(root: string, urlPath: string): Promise<string | null> {
  const file = staticPath(root, urlPath);
  if (!file) return null;
  const real = await realPathInside(root, file);
  if (real) return (await isFile(real)) ? real : realPathInside(root, join(root, 'index.html'));
  // Not inside once resolved: either nothing is there (the interface's own routes) or a link (dangling or not)
  // leads out.
  const exists = await lstat(file).then(
    () => true,
    () => false,
  );
  return exists ? null : realPathInside(root, join(root, 'index.html'));
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, url: URL): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    refuse(res, 405, 'web.method_not_allowed', { method: req.method ?? '', allowed: 'GET, HEAD' });
    return;
  }
  const target = await staticTarget(root, url.pathname);
  if (!target) {
    refuse(res, 404, 'web.not_found', { path: clipped(url.pathname) });
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypeFor(target),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(target).pipe(res);
}
