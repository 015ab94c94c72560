import type Database from 'better-sqlite3';

/** One schema step: `up` runs inside the one transaction of all pending steps, which sets `user_version` to each `version` (main/db/connection.ts). */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
