/**
 * Replacing a whole list (members, grid) deletes and re-inserts rows that scores point to. Deferring the foreign-key
 * checks to the commit lets the same ids come back, while a row really removed under existing references still fails
 * the transaction. https://sqlite.org/pragma.html#pragma_defer_foreign_keys
 */
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';

/** Runs `body` in a transaction with deferred foreign keys; a violation at commit becomes the error `code` (no parameters). */
export function withDeferredForeignKeys<T>(db: Db, code: 'scoring.members_referenced' | 'grid.criterion_referenced', body: () => T): T {
  try {
    return db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      return body();
    })();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError(code);
    throw error;
  }
}
