/**
 * Automatic, rotating copies of a session file, taken with SQLite's online backup (a consistent copy of a file in
 * WAL mode, never a raw file copy: https://sqlite.org/backup.html), each checked with `PRAGMA quick_check` before it
 * counts. They sit beside the session in `<file>.backups/` (where a person looking for them will look, and on the
 * same medium as the session), one file per copy named after its time and reason; the oldest go past KEEP copies.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BACKUP_REASONS, type BackupEntry, type BackupReason } from '../../common/domain/backups.ts';
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';
import { isProcessRunning, writeFileAtomic } from '../files/atomicWrite.ts';

export type { BackupEntry, BackupReason };

/** How many copies are kept per session file. */
export const KEEP = 20;

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+)\.comitia$/;

export const backupFolder = (sessionPath: string): string => `${sessionPath}.backups`;

function entryOf(folder: string, fileName: string): BackupEntry | null {
  const m = NAME.exec(fileName);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[6]!)) return null;
  return {
    fileName,
    reason: m[6] as BackupReason,
    takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`,
    size: statSync(join(folder, fileName)).size,
  };
}

/** The copies of a session, newest first. */
export function listBackups(sessionPath: string): BackupEntry[] {
  const folder = backupFolder(sessionPath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((f) => entryOf(folder, f))
    .filter((e): e is BackupEntry => e !== null)
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/** Whether a copy is a sound SQLite file; a file that is not a database at all is not sound either. */
function quickCheck(path: string): boolean {
  let copy: Database.Database | null = null;
  try {
    copy = new Database(path, { readonly: true, fileMustExist: true });
    return copy.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    copy?.close();
  }
}

const PARTIAL = /^\..+\.(\d+)\.partial$/;

function sweepInterruptedCopies(folder: string): void {
  for (const name of readdirSync(folder)) {
    const m = PARTIAL.exec(name);
    if (m && Number(m[1]) !== process.pid && !isProcessRunning(Number(m[1]))) rmSync(join(folder, name), { force: true });
  }
}

/** Takes a checked copy of the open session; returns it. The copy is complete or absent, never partial. */
export async function backupSession(db: Db, sessionPath: string, reason: BackupReason, keep = KEEP): Promise<BackupEntry> {
  const folder = backupFolder(sessionPath);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const fileName = `${stamp}-${reason}.comitia`;
  // The copy's name carries this process's id: a copy a kill interrupted is swept by the next backup (below), never
  // one another process is still writing (main/files/atomicWrite.ts, the same rule for temporary files).
  sweepInterruptedCopies(folder);
  const partial = join(folder, `.${fileName}.${process.pid}.partial`);
  try {
    await db.backup(partial);
    if (!quickCheck(partial)) throw new AppError('session.backup_failed', { path: sessionPath, detail: 'quick_check' });
    renameSync(partial, join(folder, fileName));
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('session.backup_failed', { path: sessionPath, detail: (error as Error).message });
  }
  for (const old of listBackups(sessionPath).slice(keep)) rmSync(join(folder, old.fileName), { force: true });
  return entryOf(folder, fileName)!;
}

/** The path of a listed copy, checked (a name from the list, never a path from elsewhere). */
export function checkedBackupPath(sessionPath: string, fileName: string): string {
  const folder = backupFolder(sessionPath);
  if (basename(fileName) !== fileName || !NAME.test(fileName) || !existsSync(join(folder, fileName))) {
    throw new AppError('session.backup_not_found', { name: fileName.slice(0, 120) });
  }
  const path = join(folder, fileName);
  if (!quickCheck(path)) throw new AppError('session.backup_failed', { path: fileName, detail: 'quick_check' });
  return path;
}

/**
 * Puts a checked copy back in place of the session file, which must be closed (the caller copied the current file
 * aside first, reason `restore`, so a restore can itself be undone). Stale `-wal`/`-shm` files are removed, or SQLite
 * would replay the old journal onto the restored pages.
 */
export function putBackupInPlace(sessionPath: string, backupPath: string): void {
  const bytes = readFileSync(backupPath);
  for (const suffix of ['-wal', '-shm']) rmSync(`${sessionPath}${suffix}`, { force: true });
  writeFileAtomic(sessionPath, bytes);
}
