/**
 * The response to one app:// request: a file of the built renderer with the security headers, an attachment of the
 * open session (`app://comitia/api/attachments/<id>`, same headers as the web shell's route), or a refusal.
 * No Electron here (the shell hands this to `protocol.handle`), so it is tested under Node with real files.
 */
import { readFile, stat } from 'node:fs/promises';
import { realPathInside } from '../files/insideFolder.ts';
import { attachmentFailureStatus } from '../files/attachmentContent.ts';
import { attachmentHeaders, parseAttachmentRequest, type ReadAttachment } from '../files/attachmentResponse.ts';
import { parseMinutesRequest } from '../files/minutesContent.ts';
import { APP_HOST, APP_SCHEME, contentTypeFor, resolveAppPath } from './appProtocolPath.ts';
import { securityHeaders } from './policy.ts';

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function attachmentResponse(request: { url: string; method: string }, read: ReadAttachment, readMinutes?: ReadAttachment): Response | null {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const minutes = readMinutes ? parseMinutesRequest(url.pathname, url.searchParams) : null;
  const wanted = minutes ?? parseAttachmentRequest(url.pathname, url.searchParams);
  if (!wanted) return null;
  const found = minutes && readMinutes ? readMinutes(minutes.id) : read(wanted.id);
  // A database failure is not a missing file: it is answered 500, and logged.
  if (!found.ok) {
    if (attachmentFailureStatus(found.error.code) === 500) console.error(`[comitia] attachment ${wanted.id}:`, found.error);
    return refusal(attachmentFailureStatus(found.error.code), found.error.code);
  }
  // No `frame-ancestors` here: only our own window loads app:// (the scheme is not CORS-enabled), and how Chromium
  // matches 'self' for a custom scheme is not something to bet the PDF viewer on.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.value.data), {
    status: 200,
    headers: attachmentHeaders(found.value.info, found.value.data, { download: wanted.download }),
  });
}

export async function respondToAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  readAttachment?: ReadAttachment,
  /** A stored version of the minutes (`app://comitia/api/minutes/<version>.pdf`, main/files/minutesContent.ts). */
  readMinutes?: ReadAttachment,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const attachment = readAttachment ? attachmentResponse(request, readAttachment, readMinutes) : null;
  if (attachment) return attachment;
  const file = resolveAppPath(request.url, rootDir);
  if (!file) return refusal(404, 'Not found');
  try {
    // A symbolic link inside the build could still point outside it: compare real paths as well.
    const realFile = await realPathInside(rootDir, file);
    if (!realFile || !(await stat(realFile)).isFile()) return refusal(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(realFile);
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(realFile), 'Cache-Control': 'no-cache' },
    });
  } catch {
    return refusal(404, 'Not found');
  }
}
