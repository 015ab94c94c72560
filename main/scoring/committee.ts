/** Setting the committee: members with name, institution and role, in the order the minutes list them. */
import type { Member } from '../../common/domain/types.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { listMembers, replaceMembers } from '../db/memberRepo.ts';
import { withDeferredForeignKeys } from './deferForeignKeys.ts';

/** What a member leaves behind in the scoring tables; a member with any of it cannot simply disappear. */
function footprint(db: Db, member: string): { scores: number; conflicts: number } {
  const count = (sql: string) => db.prepare(sql).pluck().get(member) as number;
  return {
    scores: count('SELECT count(*) FROM scores WHERE member_id = ?'),
    conflicts: count('SELECT count(*) FROM conflicts WHERE member_id = ?'),
  };
}

/**
 * Replaces the committee. Existing members are updated in place; removing one who has scores or declared conflicts is
 * refused (those records are part of the decision's trail).
 */
export function setMembers(db: Db, members: readonly Member[], actor: string | null): Member[] {
  return withDeferredForeignKeys(db, 'scoring.members_referenced', () => {
    const before = listMembers(db);
    const keep = new Set(members.map((m) => m.id));
    for (const gone of before.filter((m) => !keep.has(m.id))) {
      const left = footprint(db, gone.id);
      if (left.scores || left.conflicts) {
        throw new AppError('scoring.member_still_referenced', { name: gone.name, member: gone.id, ...left });
      }
    }
    db.prepare(`DELETE FROM sheet_marks WHERE member_id NOT IN (SELECT value FROM json_each(?))`).run(JSON.stringify([...keep]));
    replaceMembers(db, members);
    appendAudit(db, 'members.set', { before, after: members }, actor);
    return listMembers(db);
  });
}

export function getMemberOrFail(db: Db, id: string): Member {
  const m = listMembers(db).find((x) => x.id === id);
  if (!m) throw new AppError('scoring.unknown_member', { member: id });
  return m;
}
