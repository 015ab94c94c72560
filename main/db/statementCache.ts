/**
 * Prepared statements kept per connection: a repository function called once per row of a 5,000-row import would
 * otherwise compile its SQL 5,000 times (better-sqlite3's `prepare` is not cached by the library).
 */
import type Database from 'better-sqlite3';
import type { Db } from './connection.ts';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

export function cachedStatement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
