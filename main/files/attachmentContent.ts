/**
 * An attachment's bytes in the open session, for the shells' byte routes and the desktop's open/save actions: the
 * one place the shells' attachment reading reaches the repository (attachment bytes never travel as JSON through
 * the api). Three outcomes the shells answer differently: the attachment, "not here" (no session, no such id: 404),
 * and a failure of the database itself (500), which must not pass for a missing file.
 */
import type { AttachmentInfo } from '../../common/import/types.ts';
import { AppError, fail, ok, type Result } from '../../common/result.ts';
import type { ApiContext } from '../apiContext.ts';
import { readAttachmentBytes } from '../db/attachmentRepo.ts';

export interface AttachmentContent {
  info: AttachmentInfo;
  data: Buffer;
}

/** The bytes of attachment `id` in the open session, or why not. Never throws. */
export function readSessionAttachment(ctx: Pick<ApiContext, 'session'>, id: number): Result<AttachmentContent> {
  if (!ctx.session.isOpen) return fail('session.no_session');
  try {
    const found = readAttachmentBytes(ctx.session.db(), id);
    return found ? ok(found) : fail('session.attachment_not_found', { id });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    return fail('shell.attachment_read_failed', { id, detail: (error as Error).message ?? String(error) });
  }
}

/** The HTTP status of a failed read: a database failure is the server's (500), anything else a missing file (404). */
export const attachmentFailureStatus = (code: string): 404 | 500 => (code === 'shell.attachment_read_failed' ? 500 : 404);
