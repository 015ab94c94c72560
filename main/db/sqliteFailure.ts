/**
 * SQLite's failures that a person can act on, as message codes: a full disk, a read-only file, a file another
 * program holds, a damaged file. In every case SQLite has rolled the transaction back, so the file is as it was before
 * the write. https://sqlite.org/rescode.html
 */
import { AppError } from '../../common/result.ts';

export function sqliteFailure(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return new AppError('session.disk_full');
  if (code.startsWith('SQLITE_READONLY')) return new AppError('session.read_only');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('session.busy');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('session.corrupt');
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('session.io_error', { detail: code });
  }
  return null;
}
