/** The session's programme targets (migration 0009), in the secretariat's order. */
import type { Target } from '../../common/deliberation/targets.ts';
import type { Db } from './connection.ts';

export function listTargets(db: Db): Target[] {
  return (db.prepare('SELECT definition FROM targets ORDER BY position').pluck().all() as string[]).map((json) => JSON.parse(json) as Target);
}

/** Replaces the whole list (call inside the transaction that audits it). */
export function replaceTargets(db: Db, targets: readonly Target[]): void {
  db.prepare('DELETE FROM targets').run();
  const insert = db.prepare('INSERT INTO targets (id, position, definition) VALUES (?, ?, ?)');
  targets.forEach((t, position) => insert.run(t.id, position, JSON.stringify(t)));
}
