/**
 * Opening a review package on the member's side: the passphrase opens the envelope, the content becomes the
 * member's own session file (written atomically, refused if the file exists), checked like any session file
 * (openSessionDb: a Comitia file, our exact schema), sound (integrity_check) and in member mode.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { openSessionDb } from '../db/connection.ts';
import { readMemberMode } from '../db/exchangeRepo.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { openPackage } from './packageCipher.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new AppError('core.file_unreadable', { path, detail: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message });
  }
}

/** Creates the member's scoring file `out` from the package `file`; returns its member and dossier count. */
export async function openReviewPackage(file: string, out: string, passphrase: string): Promise<{ member: string; dossiers: number }> {
  const target = resolve(out);
  if (existsSync(target)) throw new AppError('session.exists', { path: target });
  const content = await openPackage(readInputFile(file), passphrase, file);
  if (!content.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) throw new AppError('exchange.package_content', { path: file });
  writeFileAtomic(target, content);
  try {
    const db = await openSessionDb(target);
    try {
      // The member works on this file from now on: it must be sound, not merely openable (a package re-sealed
      // around a damaged file opened, found by the fuzz tests). integrity_check, not quick_check: it also compares
      // the indexes with their tables. https://sqlite.org/pragma.html#pragma_integrity_check
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new AppError('exchange.package_content', { path: file });
      const mode = readMemberMode(db);
      if (!mode) throw new AppError('exchange.package_content', { path: file });
      appendAudit(db, 'package.open', { packageId: mode.packageId, member: mode.member, sessionUuid: mode.sessionUuid }, mode.member);
      return { member: mode.member, dossiers: db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number };
    } finally {
      db.close();
    }
  } catch (error) {
    rmSync(target, { force: true });
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    if (error instanceof AppError && error.code.startsWith('exchange.')) throw error;
    throw new AppError('exchange.package_content', { path: file });
  }
}
