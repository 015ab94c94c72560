/**
 * Writes a file the user will keep (minutes, packages, returns, exports, backups) so that a crash or a full disk
 * during the write leaves the previous file, or none, never a truncated one: a temporary file in the same folder
 * (same file system, so the rename is atomic), fsync, rename, then fsync of the folder so the rename itself survives
 * a power cut. https://man7.org/linux/man-pages/man2/rename.2.html
 *
 * A process killed during the write leaves its temporary file behind (nothing runs after SIGKILL). The temporary
 * file's name carries the writer's process id, so that the next write of the same file sweeps the ones whose writer
 * is gone, and never one another process is still writing.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const temporaryName = (target: string) => new RegExp(`^\\.${escaped(target)}\\.(\\d+)-[0-9a-f]{12}\\.tmp$`);

/** Whether a process of this id exists (a writer that may still be writing). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `fileName`, in `folder`, is a temporary file of a write of `target` (a base name) whose writer is gone. */
export function isStaleTemporary(folder: string, fileName: string, target: string): boolean {
  const m = temporaryName(target).exec(fileName);
  return m !== null && Number(m[1]) !== process.pid && !isProcessRunning(Number(m[1]));
}

function sweepStaleTemporaries(folder: string, target: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    // The write below reports a folder that cannot be read or written.
    return;
  }
  for (const name of names) if (isStaleTemporary(folder, name, target)) rmSync(join(folder, name), { force: true });
}

/** A file written and flushed under its temporary name, not yet in place: `commit` renames it, `abort` removes it. */
export interface StagedFile {
  commit(): void;
  abort(): void;
}

/**
 * The first half of an atomic write, for a file that must appear only once something else has committed (a review
 * package, once the session has recorded it): until `commit`, a kill leaves only a temporary file, swept later.
 */
export function stageFile(path: string, data: Uint8Array | string): StagedFile {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  sweepStaleTemporaries(dirname(path), basename(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = openSync(temporary, 'wx', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  return {
    commit() {
      try {
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
      syncFolder(dirname(path));
    },
    abort: () => rmSync(temporary, { force: true }),
  };
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  stageFile(path, data).commit();
}

function syncFolder(folder: string): void {
  // Windows cannot open a folder for fsync; there the rename is already durable enough for NTFS' journal.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
