import type { Db } from './connection.ts';
import type { Member } from '../../common/domain/types.ts';

export function listMembers(db: Db): Member[] {
  return db.prepare('SELECT id, name, institution, role FROM members ORDER BY position, id').all() as Member[];
}

/** Replaces the committee with the given list, keeping its order. */
export function replaceMembers(db: Db, members: readonly Member[]): void {
  const insert = db.prepare(
    'INSERT INTO members (id, name, institution, role, position) VALUES (@id, @name, @institution, @role, @position)',
  );
  db.prepare('DELETE FROM members').run();
  members.forEach((m, position) => insert.run({ ...m, position }));
}
