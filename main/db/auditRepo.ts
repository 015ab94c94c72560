/** The audit log as the interface lists it: filtered, paged, newest last. The chain itself is main/audit/auditLog.ts. */
import type { AuditEntry, AuditPage } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

export interface AuditFilters {
  /** `decision.` matches decision.record and decision.promote. */
  actionPrefix?: string;
  actor?: string;
  /** Entries whose payload names this dossier (a `dossier` field at its top level, or in one of its entries). */
  dossier?: string;
  /** ISO 8601 bounds on `at`, inclusive. */
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

export function listAudit(db: Db, f: AuditFilters): AuditPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.actionPrefix) {
    // LIKE's wildcards in the prefix are taken literally.
    where.push("action LIKE @prefix ESCAPE '\\'");
    params.prefix = `${f.actionPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (f.actor) {
    where.push('actor = @actor');
    params.actor = f.actor;
  }
  if (f.dossier) {
    where.push(`(json_extract(payload, '$.dossier') = @dossier
      OR EXISTS (SELECT 1 FROM json_tree(audit_log.payload) WHERE key = 'dossier' AND atom = @dossier))`);
    params.dossier = f.dossier;
  }
  if (f.from) {
    where.push('at >= @from');
    params.from = f.from;
  }
  if (f.to) {
    where.push('at <= @to');
    params.to = f.to;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT seq, at, actor, action, payload FROM audit_log ${clause} ORDER BY seq LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit, offset: f.offset }) as (Omit<AuditEntry, 'payload'> & { payload: string })[];
  const entries = rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as unknown }));
  return { entries, total, offset: f.offset, limit: f.limit };
}

export function countAudit(db: Db): number {
  return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

/** The sequence number of the last entry of an action (`session.lock`), or null when there is none. */
export function lastAuditSeq(db: Db, action: string): number | null {
  return (db.prepare('SELECT max(seq) FROM audit_log WHERE action = ?').pluck().get(action) as number | null) ?? null;
}
