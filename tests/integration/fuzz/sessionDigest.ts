/** A digest of every row of every table of a session (sqlite_schema lists them): equal digests, same content. */
import { createHash } from 'node:crypto';
import type { Db } from '../../../main/db/connection.ts';

export function tablesDigest(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  for (const t of tables) {
    hash.update(`\u0000${t}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    }
  }
  return hash.digest('hex');
}
