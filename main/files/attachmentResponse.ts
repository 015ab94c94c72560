/**
 * How both shells serve an attachment's bytes (the web shell over HTTP, the desktop on app://): one set of headers,
 * decided here. Attachments are whatever applicants uploaded, so the response is treated as hostile content:
 * - only a PDF (stored as application/pdf AND starting with `%PDF-`) is shown inline, in Chromium's PDF viewer;
 *   anything else is a download (`Content-Disposition: attachment`), never rendered by our origin;
 * - `X-Content-Type-Options: nosniff`: the stored media type is the only one the browser may use;
 * - `Content-Security-Policy: sandbox; default-src 'none'`: even if a browser rendered it, a document would run
 *   in a unique opaque origin with no scripts, forms or plugins of its own, and load nothing
 *   (https://www.w3.org/TR/CSP3/#directive-sandbox);
 * - `Cache-Control: no-store`: applicants' documents do not linger in a cache;
 * - the stored media type is used only when it is one (RFC 6838 `type/subtype`, no parameters, no spaces or line
 *   breaks, which would otherwise make Node throw on the header or split it): anything else is served as
 *   application/octet-stream, a download.
 */
import type { AttachmentInfo } from '../../common/import/types.ts';
import { ATTACHMENT_PATH_PREFIX } from '../../common/api/servedPaths.ts';
import type { Result } from '../../common/result.ts';
import type { AttachmentContent } from './attachmentContent.ts';

/** An attachment's bytes and metadata by id, in the open session (attachmentContent.ts), or why not. */
export type ReadAttachment = (id: number) => Result<AttachmentContent>;

export interface AttachmentRequest {
  id: number;
  download: boolean;
}

/** `/api/attachments/<id>` with an optional `download=1`, or null for any other path. */
export function parseAttachmentRequest(pathname: string, search: URLSearchParams): AttachmentRequest | null {
  if (!pathname.startsWith(ATTACHMENT_PATH_PREFIX)) return null;
  const rest = pathname.slice(ATTACHMENT_PATH_PREFIX.length);
  if (!/^[1-9][0-9]{0,15}$/.test(rest)) return null;
  const id = Number(rest);
  return Number.isSafeInteger(id) ? { id, download: search.get('download') === '1' } : null;
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** True when the attachment may be shown inside the application. */
export function isDisplayablePdf(info: AttachmentInfo, data: Uint8Array): boolean {
  return info.mediaType === 'application/pdf' && Buffer.from(data.subarray(0, PDF_MAGIC.length)).equals(PDF_MAGIC);
}

/** RFC 6266 with an RFC 8187 `filename*` for accented names, and a plain ASCII fallback for old clients. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** RFC 6838 §4.2 restricted names: `type/subtype`, 127 characters each at most. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** The stored media type when it is a well-formed one, else application/octet-stream (served as a download). */
export function safeMediaType(raw: unknown): string {
  return typeof raw === 'string' && MEDIA_TYPE.test(raw) ? raw.toLowerCase() : 'application/octet-stream';
}

export interface AttachmentHeaderOptions {
  download: boolean;
  /** `frame-ancestors` sources (the web shell: 'self'); omitted where no other origin can load the URL. */
  frameAncestors?: string;
}

export function attachmentHeaders(info: AttachmentInfo, data: Uint8Array, options: AttachmentHeaderOptions): Record<string, string> {
  const inline = !options.download && isDisplayablePdf(info, data);
  const csp = ['sandbox', "default-src 'none'", ...(options.frameAncestors ? [`frame-ancestors ${options.frameAncestors}`] : [])];
  return {
    'Content-Type': inline ? 'application/pdf' : safeMediaType(info.mediaType),
    'Content-Length': String(data.length),
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', info.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': csp.join('; '),
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
