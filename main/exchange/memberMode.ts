/**
 * Member mode: a session file made from a review package holds one member's view of the session, and the core
 * accepts writes there for that member only (their scores, their declarations of conflict). The secretariat's
 * exchange work (making packages, importing returns) is refused in such a file.
 */
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';
import { readMemberMode, type MemberModeRow } from '../db/exchangeRepo.ts';

/** The member whose scoring file this is, or null in a secretariat's session. */
export function memberModeOwner(db: Db): string | null {
  return readMemberMode(db)?.member ?? null;
}

/** Refuses a write for `member` in another member's scoring file; does nothing in a secretariat's session. */
export function refuseOtherMember(db: Db, member: string): void {
  const mode = readMemberMode(db);
  if (mode && mode.member !== member) throw new AppError('exchange.not_your_file', { member, owner: mode.member });
}

/** The member-mode row, or a refusal: the operation needs a member's scoring file. */
export function requireMemberMode(db: Db): MemberModeRow {
  const mode = readMemberMode(db);
  if (!mode) throw new AppError('exchange.not_member_file');
  return mode;
}

/** Refuses the secretariat's exchange work in a member's scoring file. */
export function refuseInMemberMode(db: Db, code: 'exchange.member_mode_no_package' | 'exchange.member_mode_no_import'): void {
  if (readMemberMode(db)) throw new AppError(code);
}
