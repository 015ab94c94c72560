/** The discussion order of a meeting, as the secretariat saved it. */
import type { Db } from './connection.ts';

export function readAgenda(db: Db, meeting: number): string[] {
  return db.prepare('SELECT dossier_id FROM agenda WHERE meeting_id = ? ORDER BY position').pluck().all(meeting) as string[];
}

export function replaceAgenda(db: Db, meeting: number, dossiers: readonly string[]): void {
  db.prepare('DELETE FROM agenda WHERE meeting_id = ?').run(meeting);
  const insert = db.prepare('INSERT INTO agenda (meeting_id, dossier_id, position) VALUES (?, ?, ?)');
  dossiers.forEach((d, i) => insert.run(meeting, d, i + 1));
}
