/**
 * The audit chain: every change that matters to a decision appends one row whose hash covers its content and the
 * previous row's hash, so that a removed or edited row breaks the chain (verifyAuditChain finds where).
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

function rowHash(r: Omit<AuditRow, 'hash'>): string {
  // A JSON array gives an unambiguous encoding of the fields (no separator can be forged inside a value).
  return createHash('sha256')
    .update(JSON.stringify([r.seq, r.at, r.actor, r.action, r.payload, r.prev_hash]))
    .digest('hex');
}

/** Appends an entry; call it inside the transaction that makes the change, so both commit or neither. */
export function appendAudit(db: Db, action: string, payload: unknown, actor: string | null = null): void {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actor,
    action,
    payload: JSON.stringify(payload ?? null),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  db.prepare(
    'INSERT INTO audit_log (seq, at, actor, action, payload, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @payload, @prev_hash, @hash)',
  ).run({ ...row, hash: rowHash(row) });
}

/** Returns null when the chain is intact, or the sequence number of the first row that does not fit. */
export function verifyAuditChain(db: Db): number | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    if (r.seq !== expectedSeq || r.prev_hash !== prev || rowHash(r) !== r.hash) return r.seq;
    prev = r.hash;
    expectedSeq += 1;
  }
  return null;
}

/** The chain's last row: what the minutes print, what returns carry, what is recorded outside the file. */
export function auditHead(db: Db): { seq: number; hash: string } | null {
  return (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? null;
}

/** Whether the chain holds the row `seq` with exactly `hash` (a chain rewritten or cut since no longer does). */
export function chainReaches(db: Db, anchor: { seq: number; hash: string }): boolean {
  return db.prepare('SELECT 1 FROM audit_log WHERE seq = ? AND hash = ?').get(anchor.seq, anchor.hash) !== undefined;
}
