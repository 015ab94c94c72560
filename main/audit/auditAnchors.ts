/**
 * Anchors of the audit chain kept OUTSIDE the session file, on the secretariat's computer: the chain is an unkeyed
 * SHA-256 chain, so someone holding the file can edit a row and recompute every hash after it, or cut the last rows,
 * and the chain still verifies. The head recorded here at each lock, export and close must still be in the chain
 * when the file is opened again on this computer; if it is not, the file was rewritten elsewhere and the interface
 * says so. (The signed minutes and the signed score returns carry the head too.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../db/connection.ts';
import { lastAuditSeq } from '../db/auditRepo.ts';
import { readSessionIdentity } from '../db/sessionRepo.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { auditHead, chainReaches, verifyAuditChain } from './auditLog.ts';

export interface AuditAnchor {
  seq: number;
  hash: string;
  /** ISO 8601 time it was recorded, and why. */
  at: string;
  reason: 'lock' | 'export' | 'close';
}

export type AuditWarning =
  | { code: 'session.audit_chain_broken'; params: { seq: number } }
  | { code: 'session.audit_rewritten'; params: { seq: number; at: string } };

/** A session is known by its creation time and title: a copy of the file is the same session. */
export function sessionKey(db: Db): string | null {
  const identity = readSessionIdentity(db);
  if (!identity) return null;
  return createHash('sha256').update(JSON.stringify([identity.createdAt, identity.title, identity.programme])).digest('hex');
}

export class AuditAnchors {
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  #read(): Record<string, AuditAnchor> {
    if (!existsSync(this.#file)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.#file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, AuditAnchor>) : {};
    } catch {
      // A damaged anchor file must not stop the work; it is rewritten at the next anchor.
      return {};
    }
  }

  /** Records the chain's head for this session (at a lock, an export, a close). */
  record(db: Db, reason: AuditAnchor['reason']): AuditAnchor | null {
    const key = sessionKey(db);
    const head = auditHead(db);
    if (!key || !head) return null;
    const anchor: AuditAnchor = { ...head, at: new Date().toISOString(), reason };
    const all = this.#read();
    all[key] = anchor;
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileAtomic(this.#file, `${JSON.stringify(all, null, 1)}\n`);
    return anchor;
  }

  /**
   * Anchors a lock this computer has not anchored: the process that locked died between the lock's commit and the
   * anchor's write (the two cannot be one atomic step, the anchor lives outside the file). Called on opening, after
   * `check` found the chain intact and reaching every anchor held here.
   */
  anchorLock(db: Db): AuditAnchor | null {
    const lock = lastAuditSeq(db, 'session.lock');
    const key = sessionKey(db);
    if (lock === null || !key) return null;
    const anchor = this.#read()[key];
    if (anchor && anchor.seq >= lock) return null;
    return this.record(db, 'lock');
  }

  /** What is wrong with the file's chain as this computer knows it, or null. */
  check(db: Db): AuditWarning | null {
    const broken = verifyAuditChain(db);
    if (broken !== null) return { code: 'session.audit_chain_broken', params: { seq: broken } };
    const key = sessionKey(db);
    const anchor = key ? this.#read()[key] : undefined;
    if (anchor && !chainReaches(db, anchor)) return { code: 'session.audit_rewritten', params: { seq: anchor.seq, at: anchor.at } };
    return null;
  }
}
