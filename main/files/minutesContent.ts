/**
 * A stored version of the minutes as the shells serve it for the preview (`/api/minutes/<version>.pdf`, the web
 * shell with its token, the desktop on app://), with the attachments' headers (attachmentResponse.ts): a PDF shown
 * inline, nothing else. The newest state of the version is served (signed if signed).
 */
import { MINUTES_PATH_PREFIX } from '../../common/api/servedPaths.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { ApiContext } from '../apiContext.ts';
import { minutesPdf } from '../db/minutesRepo.ts';
import type { AttachmentRequest } from './attachmentResponse.ts';
import type { AttachmentContent } from './attachmentContent.ts';

/** `/api/minutes/<version>.pdf` with an optional `download=1`, or null for any other path. */
export function parseMinutesRequest(pathname: string, search: URLSearchParams): AttachmentRequest | null {
  if (!pathname.startsWith(MINUTES_PATH_PREFIX)) return null;
  const match = /^([1-9][0-9]{0,8})\.pdf$/.exec(pathname.slice(MINUTES_PATH_PREFIX.length));
  return match ? { id: Number(match[1]), download: search.get('download') === '1' } : null;
}

/** The bytes of a stored version in the open session, or why not. Never throws. */
export function readStoredMinutes(ctx: Pick<ApiContext, 'session'>, version: number): Result<AttachmentContent> {
  if (!ctx.session.isOpen) return fail('session.no_session');
  try {
    const data = minutesPdf(ctx.session.db(), version);
    if (!data) return fail('minutes.version_unknown', { version });
    const fileName = `proces-verbal-v${version}.pdf`;
    return ok({
      info: { id: version, dossierId: '', path: fileName, fileName, category: 'dossier_pdf', mediaType: 'application/pdf', size: data.length, sha256: '', addedAt: '' },
      data,
    });
  } catch (error) {
    return fail('shell.attachment_read_failed', { id: version, detail: error instanceof Error ? error.message : String(error) });
  }
}
