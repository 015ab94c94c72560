/**
 * The response to one app:// request: a file of the built renderer with the security headers, an attachment of the
 * open session (`app://comitia/api/attachments/<id>`, same headers as the web shell's route), or a refusal.
 * No Electron here (the shell hands this to `protocol.handle`), so it is tested under Node with real files.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { attachmentHeaders, parseAttachmentRequest, type ReadAttachment } from '../files/attachmentResponse.ts';
import { APP_HOST, APP_SCHEME, contentTypeFor, isInside, resolveAppPath } from './appProtocolPath.ts';
import { securityHeaders } from './policy.ts';

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function attachmentResponse(request: { url: string; method: string }, read: ReadAttachment): Response | null {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const wanted = parseAttachmentRequest(url.pathname, url.searchParams);
  if (!wanted) return null;
  let found: ReturnType<ReadAttachment> = null;
  try {
    found = read(wanted.id);
  } catch {
    // No session open: nothing to serve.
  }
  if (!found) return refusal(404, 'Not found');
  // No `frame-ancestors` here: only our own window loads app:// (the scheme is not CORS-enabled), and how Chromium
  // matches 'self' for a custom scheme is not something to bet the PDF viewer on.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.data), {
    status: 200,
    headers: attachmentHeaders(found.info, found.data, { download: wanted.download }),
  });
}

export async function respondToAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  readAttachment?: ReadAttachment,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const attachment = readAttachment ? attachmentResponse(request, readAttachment) : null;
  if (attachment) return attachment;
  const file = resolveAppPath(request.url, rootDir);
  if (!file) return refusal(404, 'Not found');
  try {
    // A symbolic link inside the build could still point outside it: compare real paths as well.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return refusal(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(realFile);
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(realFile), 'Cache-Control': 'no-cache' },
    });
  } catch {
    return refusal(404, 'Not found');
  }
}
