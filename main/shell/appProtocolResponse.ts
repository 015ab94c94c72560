/**
 * The response to one app:// request: a file of the built renderer with the security headers, or a refusal.
 * No Electron here (the shell hands this to `protocol.handle`), so it is tested under Node with real files.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { contentTypeFor, isInside, resolveAppPath } from './appProtocolPath.ts';
import { securityHeaders } from './policy.ts';

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export async function respondToAppRequest(request: { url: string; method: string }, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
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
