import type { Db } from './connection.ts';

export interface SessionRow {
  title: string;
  programme: string;
  callName: string;
  createdAt: string;
}

export function writeSessionIdentity(db: Db, s: SessionRow, appVersion: string): void {
  db.prepare(
    `INSERT INTO session (id, title, programme, call_name, created_at, created_by_version)
     VALUES (1, @title, @programme, @callName, @createdAt, @appVersion)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, programme = excluded.programme, call_name = excluded.call_name`,
  ).run({ ...s, appVersion });
}

export function readSessionIdentity(db: Db): SessionRow | null {
  const row = db
    .prepare('SELECT title, programme, call_name AS callName, created_at AS createdAt FROM session WHERE id = 1')
    .get() as SessionRow | undefined;
  return row ?? null;
}

export function countRows(db: Db, table: 'dossiers' | 'members' | 'criteria'): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
