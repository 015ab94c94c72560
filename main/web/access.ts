/** The web shell's per-run token: in `Authorization: Bearer`, or in the query where a browser cannot send headers. */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(req: IncomingMessage): string | null {
  const auth = req.headers.authorization ?? '';
  return auth.startsWith('Bearer ') ? auth.slice(7) : null;
}

/** EventSource, an <iframe> or a download link cannot send headers: those routes take `?token=`. */
export const queryToken = (url: URL): string | null => url.searchParams.get('token');
