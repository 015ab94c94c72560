/**
 * An attachment's record as read from a session file, checked before any of its values becomes part of a path. A
 * session file arrives from outside (mail, USB key): its `sha256` and `id` are data, not trusted names. Migration
 * 0008 makes the same rule a CHECK constraint, and the schema check refuses a file whose tables lack it; this is the
 * second lock, for the values that name folders on disk.
 */
import type { AttachmentInfo } from '../../common/import/types.ts';
import { fail, type Result } from '../../common/result.ts';

/** A SHA-256 digest as stored: 64 lower-case hexadecimal digits, nothing else. */
export const isHexDigest = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** Null when the values used in paths (id, digest, file name) are well-formed; otherwise the refusal. */
export function attachmentRecordRefusal(info: AttachmentInfo): Result<never> | null {
  const id = info.id;
  if (!Number.isSafeInteger(id) || id <= 0) return fail('shell.attachment_bad_record', { id: String(id).slice(0, 20), field: 'id' });
  if (!isHexDigest(info.sha256)) return fail('shell.attachment_bad_record', { id, field: 'sha256' });
  if (typeof info.fileName !== 'string') return fail('shell.attachment_bad_record', { id, field: 'file_name' });
  return null;
}
