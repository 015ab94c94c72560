/**
 * The stored minutes (migration 0006): versions of the generated procès-verbal, each with its signed states. A
 * version is never rewritten; a signature adds a state holding the whole signed file.
 */
import type { AnnexOptions, MinutesSignatureState, MinutesVersion } from '../../common/minutes/versions.ts';
import type { Db } from './connection.ts';

export interface NewMinutesVersion {
  createdAt: string;
  createdBy: string | null;
  annexes: AnnexOptions;
  locked: boolean;
  fingerprint: string;
  auditHead: { seq: number; hash: string } | null;
  pages: number;
  pdf: Uint8Array;
}

interface VersionRow {
  version: number;
  created_at: string;
  created_by: string | null;
  annexes: string;
  locked: number;
  fingerprint: string;
  audit_seq: number | null;
  audit_head: string | null;
  pages: number;
  bytes: number;
}

interface SignatureRow {
  version: number;
  step: number;
  role: 'chair' | 'secretary';
  signer: string;
  signed_at: string;
  self_issued: number;
}

/** Stores a new version (the next number) and returns it. */
export function insertMinutesVersion(db: Db, v: NewMinutesVersion): number {
  const next = ((db.prepare('SELECT max(version) FROM minutes').pluck().get() as number | null) ?? 0) + 1;
  db.prepare(
    `INSERT INTO minutes (version, created_at, created_by, annexes, locked, fingerprint, audit_seq, audit_head, pages, pdf)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(next, v.createdAt, v.createdBy, JSON.stringify(v.annexes), v.locked ? 1 : 0, v.fingerprint, v.auditHead?.seq ?? null, v.auditHead?.hash ?? null, v.pages, Buffer.from(v.pdf));
  return next;
}

/** Adds a signed state after the version's newest; returns its step. */
export function insertMinutesSignature(db: Db, version: number, s: Omit<MinutesSignatureState, 'step'> & { pdf: Uint8Array }): number {
  const step = ((db.prepare('SELECT max(step) FROM minutes_signatures WHERE version = ?').pluck().get(version) as number | null) ?? 0) + 1;
  db.prepare('INSERT INTO minutes_signatures (version, step, role, signer, signed_at, self_issued, pdf) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    version,
    step,
    s.role,
    s.signer,
    s.signedAt,
    s.selfIssued ? 1 : 0,
    Buffer.from(s.pdf),
  );
  return step;
}

function toVersion(row: VersionRow, signatures: SignatureRow[]): MinutesVersion {
  return {
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    annexes: JSON.parse(row.annexes) as AnnexOptions,
    locked: row.locked === 1,
    fingerprint: row.fingerprint,
    auditHead: row.audit_head === null || row.audit_seq === null ? null : { seq: row.audit_seq, hash: row.audit_head },
    pages: row.pages,
    bytes: row.bytes,
    signatures: signatures.map((s) => ({ step: s.step, role: s.role, signer: s.signer, signedAt: s.signed_at, selfIssued: s.self_issued === 1 })),
  };
}

const VERSION_COLUMNS = `m.version, m.created_at, m.created_by, m.annexes, m.locked, m.fingerprint, m.audit_seq, m.audit_head, m.pages,
  coalesce((SELECT length(s.pdf) FROM minutes_signatures s WHERE s.version = m.version ORDER BY s.step DESC LIMIT 1), length(m.pdf)) AS bytes`;

/** Every version, newest first, with its signatures in order. */
export function listMinutesVersions(db: Db): MinutesVersion[] {
  const rows = db.prepare(`SELECT ${VERSION_COLUMNS} FROM minutes m ORDER BY m.version DESC`).all() as VersionRow[];
  const signatures = db.prepare('SELECT version, step, role, signer, signed_at, self_issued FROM minutes_signatures ORDER BY version, step').all() as SignatureRow[];
  return rows.map((row) => toVersion(row, signatures.filter((s) => s.version === row.version)));
}

export function getMinutesVersion(db: Db, version: number): MinutesVersion | null {
  const row = db.prepare(`SELECT ${VERSION_COLUMNS} FROM minutes m WHERE m.version = ?`).get(version) as VersionRow | undefined;
  if (!row) return null;
  const signatures = db.prepare('SELECT version, step, role, signer, signed_at, self_issued FROM minutes_signatures WHERE version = ? ORDER BY step').all(version) as SignatureRow[];
  return toVersion(row, signatures);
}

/** The newest state's bytes of a version: its last signed state, else the generated PDF; null for no such version. */
export function minutesPdf(db: Db, version: number): Buffer | null {
  const signed = db.prepare('SELECT pdf FROM minutes_signatures WHERE version = ? ORDER BY step DESC LIMIT 1').pluck().get(version) as Buffer | undefined;
  if (signed) return signed;
  return (db.prepare('SELECT pdf FROM minutes WHERE version = ?').pluck().get(version) as Buffer | undefined) ?? null;
}

/** The newest version's number, or null when none was generated. */
export function latestMinutesVersion(db: Db): number | null {
  return (db.prepare('SELECT max(version) FROM minutes').pluck().get() as number | null) ?? null;
}
