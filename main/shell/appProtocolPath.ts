/**
 * Where an `app://comitia/...` request may be served from. Pure (no Electron), so the path-traversal guard is tested
 * under Node. The renderer is served from a custom, privileged scheme rather than `file://`: see Electron's
 * docs/tutorial/security.md, "18. Avoid usage of the file:// protocol and prefer usage of custom protocols"
 * (https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 */
import { posix, resolve, win32 } from 'node:path';
import { isInside } from '../files/insideFolder.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'comitia';
/** `protocol//host` of our own pages. Compared as text: Node gives non-special schemes an opaque origin ("null"). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { isInside };

/**
 * Maps a request URL to a file below `rootDir`, or null when the request must be refused: another scheme or host,
 * a `..` or `.` segment (including ones smuggled percent-encoded, `..%2f`, which the URL parser leaves alone), an
 * absolute path (`//etc/passwd`, `C:/...`), a backslash, a NUL byte, or malformed percent-encoding. Refusing is
 * simpler to reason about than normalising: the built renderer never needs any of these.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;

  const rest = pathname.startsWith('/') ? pathname.slice(1) : pathname;
  const wanted = rest === '' ? 'index.html' : rest;
  if (posix.isAbsolute(wanted) || win32.isAbsolute(wanted)) return null;

  const segments = wanted.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes(':'))) return null;

  const root = resolve(rootDir);
  const full = resolve(root, ...segments);
  return isInside(root, full) && full !== root ? full : null;
}

/** The media types of the renderer's files, shared with the web shell. */
export { contentTypeFor } from '../files/pageHeaders.ts';
