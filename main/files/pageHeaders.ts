/**
 * What both shells send with the files of the built renderer (the desktop on app://, the web shell over HTTP): one
 * media-type table and one Content-Security-Policy, so the two shells never drift apart.
 */
import { extname } from 'node:path';

/**
 * The Content-Security-Policy of every page of the interface (Electron's checklist #7 Define a Content Security
 * Policy, https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy). It matches
 * the <meta> policy of renderer/index.html, and adds `frame-ancestors`, which only a header can carry. No
 * 'unsafe-eval' and no inline scripts; 'unsafe-inline' for styles only, because AG Grid positions rows and sizes
 * columns with inline styles; `data:` images because AG Grid's themes draw their icons as data: SVG in CSS;
 * `blob:` for documents the interface generates (PDF previews).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'self' blob:",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The Content-Type of a served file. Module scripts are refused by Chromium unless served with a JavaScript MIME
 * type, and `nosniff` (set with it) forbids guessing: so the type is explicit, and unknown files are opaque bytes.
 */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
