/** The offline-review tables (migration 0007): exchange identity, issued packages, imported returns, member mode. */
import type { IssuedPackageView, MemberModeInfo, ReturnConflict } from '../../common/exchange/records.ts';
import type { Db } from './connection.ts';

export function readSessionUuid(db: Db): string | null {
  return (db.prepare('SELECT session_uuid FROM exchange_identity WHERE id = 1').pluck().get() as string | undefined) ?? null;
}

export function writeSessionUuid(db: Db, uuid: string, at: string): void {
  db.prepare('INSERT INTO exchange_identity (id, session_uuid, created_at) VALUES (1, ?, ?)').run(uuid, at);
}

export interface IssuedPackage {
  packageId: string;
  member: string;
  publicKey: string;
  issuedAt: string;
  sequence: number;
  dossiers: number;
}

export function nextPackageSequence(db: Db): number {
  return (db.prepare('SELECT coalesce(max(sequence), 0) + 1 FROM issued_packages').pluck().get() as number);
}

export function insertIssuedPackage(db: Db, p: IssuedPackage): void {
  db.prepare(
    `INSERT INTO issued_packages (package_id, member_id, public_key, issued_at, sequence, dossiers)
     VALUES (@packageId, @member, @publicKey, @issuedAt, @sequence, @dossiers)`,
  ).run(p);
}

export function getIssuedPackage(db: Db, packageId: string): IssuedPackage | null {
  const row = db
    .prepare(
      `SELECT package_id AS packageId, member_id AS member, public_key AS publicKey, issued_at AS issuedAt, sequence, dossiers
       FROM issued_packages WHERE package_id = ?`,
    )
    .get(packageId) as IssuedPackage | undefined;
  return row ?? null;
}

export function listIssuedPackages(db: Db): IssuedPackageView[] {
  const rows = db
    .prepare(
      `SELECT p.package_id AS packageId, p.member_id AS member, m.name AS memberName, p.issued_at AS issuedAt,
         p.sequence, p.dossiers, (SELECT count(*) FROM imported_returns r WHERE r.package_id = p.package_id) AS returns
       FROM issued_packages p JOIN members m ON m.id = p.member_id ORDER BY p.sequence`,
    )
    .all() as Omit<IssuedPackageView, 'lastReturn'>[];
  const last = db.prepare(
    `SELECT return_id AS returnId, sequence, created_at AS createdAt, imported_at AS importedAt FROM imported_returns
     WHERE package_id = ? ORDER BY sequence DESC LIMIT 1`,
  );
  return rows.map((r) => ({ ...r, lastReturn: (last.get(r.packageId) as IssuedPackageView['lastReturn'] | undefined) ?? null }));
}

export function isReturnImported(db: Db, returnId: string): boolean {
  return db.prepare('SELECT 1 FROM imported_returns WHERE return_id = ?').get(returnId) !== undefined;
}

export function newestReturnSequence(db: Db, packageId: string): number {
  return db.prepare('SELECT coalesce(max(sequence), 0) FROM imported_returns WHERE package_id = ?').pluck().get(packageId) as number;
}

export function insertImportedReturn(
  db: Db,
  r: { returnId: string; packageId: string; sequence: number; createdAt: string; importedAt: string; sha256: string; report: unknown },
): void {
  db.prepare(
    `INSERT INTO imported_returns (return_id, package_id, sequence, created_at, imported_at, sha256, report)
     VALUES (@returnId, @packageId, @sequence, @createdAt, @importedAt, @sha256, @report)`,
  ).run({ ...r, report: JSON.stringify(r.report) });
}

const CONFLICT_SELECT = `SELECT member_id AS member, dossier_id AS dossier, criterion_id AS criterion, return_id AS returnId,
  session_value AS sessionValue, session_comment AS sessionComment, session_at AS sessionAt, return_value AS returnValue,
  return_comment AS returnComment, return_at AS returnAt, status, resolved_at AS resolvedAt, resolved_by AS resolvedBy
  FROM return_conflicts`;

export function listReturnConflicts(db: Db): ReturnConflict[] {
  return db.prepare(`${CONFLICT_SELECT} ORDER BY member_id, dossier_id, criterion_id`).all() as ReturnConflict[];
}

export function getReturnConflict(db: Db, member: string, dossier: string, criterion: string): ReturnConflict | null {
  const row = db
    .prepare(`${CONFLICT_SELECT} WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?`)
    .get(member, dossier, criterion) as ReturnConflict | undefined;
  return row ?? null;
}

export function upsertReturnConflict(db: Db, c: ReturnConflict): void {
  db.prepare(
    `INSERT INTO return_conflicts (member_id, dossier_id, criterion_id, return_id, session_value, session_comment, session_at,
       return_value, return_comment, return_at, status, resolved_at, resolved_by)
     VALUES (@member, @dossier, @criterion, @returnId, @sessionValue, @sessionComment, @sessionAt, @returnValue,
       @returnComment, @returnAt, @status, @resolvedAt, @resolvedBy)
     ON CONFLICT (member_id, dossier_id, criterion_id) DO UPDATE SET return_id = excluded.return_id,
       session_value = excluded.session_value, session_comment = excluded.session_comment, session_at = excluded.session_at,
       return_value = excluded.return_value, return_comment = excluded.return_comment, return_at = excluded.return_at,
       status = excluded.status, resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by`,
  ).run(c);
}

export function upsertWithheldScore(
  db: Db,
  w: { member: string; dossier: string; criterion: string; value: number; comment: string | null; at: string; returnId: string },
): void {
  db.prepare(
    `INSERT INTO withheld_scores (member_id, dossier_id, criterion_id, value, comment, at, return_id)
     VALUES (@member, @dossier, @criterion, @value, @comment, @at, @returnId)
     ON CONFLICT (member_id, dossier_id, criterion_id) DO UPDATE SET value = excluded.value, comment = excluded.comment,
       at = excluded.at, return_id = excluded.return_id`,
  ).run(w);
}

export function countWithheldScores(db: Db): number {
  return db.prepare('SELECT count(*) FROM withheld_scores').pluck().get() as number;
}

export interface MemberModeRow extends Omit<MemberModeInfo, 'lastReturnAt'> {
  privateKey: string;
}

export function readMemberMode(db: Db): MemberModeRow | null {
  const row = db
    .prepare(
      `SELECT member_id AS member, package_id AS packageId, session_uuid AS sessionUuid, private_key AS privateKey,
         issued_at AS issuedAt, return_sequence AS returnSequence FROM member_mode WHERE id = 1`,
    )
    .get() as MemberModeRow | undefined;
  return row ?? null;
}

export function writeMemberMode(db: Db, m: Omit<MemberModeRow, 'returnSequence'>): void {
  db.prepare(
    `INSERT INTO member_mode (id, member_id, package_id, session_uuid, private_key, issued_at)
     VALUES (1, @member, @packageId, @sessionUuid, @privateKey, @issuedAt)`,
  ).run(m);
}

/** The next sequence number of a return from this member file (monotonic: it is stored before the file is written). */
export function takeReturnSequence(db: Db): number {
  db.prepare('UPDATE member_mode SET return_sequence = return_sequence + 1 WHERE id = 1').run();
  return db.prepare('SELECT return_sequence FROM member_mode WHERE id = 1').pluck().get() as number;
}

/** When this member file last wrote a return: its audit log records each one (main/exchange/returnExport.ts). */
export function lastReturnExportAt(db: Db): string | null {
  return (db.prepare("SELECT max(at) FROM audit_log WHERE action = 'return.export'").pluck().get() as string | null) ?? null;
}
