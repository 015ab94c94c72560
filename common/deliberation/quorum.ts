/**
 * Attendance and quorum of one meeting (issue 9, « Attendance and quorum »). Each member is present, represented
 * (by a present member holding their proxy), excused or absent; a member left off the sheet is absent. Invited
 * guests sit without a vote. Only members whose role carries a vote count towards the quorum; the rule is data
 * (a majority of voting members by default, or a fixed count, or a fraction).
 */
import type { MemberRole } from '../domain/types.ts';
import { AppError } from '../result.ts';

export const ATTENDANCE_STATUSES = ['present', 'represented', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The committee as the deliberation sees it: who sits, with which role. */
export interface DeliberationMember {
  id: string;
  role: MemberRole;
}

export interface AttendanceEntry {
  member: string;
  status: AttendanceStatus;
  /** The present member holding the proxy, when `status` is `represented`; absent or null otherwise. */
  by?: string | null;
}

/** Someone invited to the meeting who speaks but never votes nor counts towards the quorum. */
export interface Guest {
  name: string;
  institution: string | null;
}

export type QuorumRule =
  /** More than half of the voting members: ⌊V/2⌋ + 1. */
  | { kind: 'majority' }
  /** At least this many. */
  | { kind: 'count'; count: number }
  /** At least this share of the voting members, rounded up (1/3 of 10 → 4). */
  | { kind: 'fraction'; fraction: number };

export interface QuorumSettings {
  rule: QuorumRule;
  /** Whether represented members count towards the quorum (they do by default: « présents ou représentés »). */
  countRepresented: boolean;
  /** How many proxies one present member may hold. */
  maxProxiesPerHolder: number;
  /**
   * Roles that carry a vote. The recording secretary writes the minutes and observers watch; by default neither
   * votes (docs: domain.md, « The chair … the recording secretary »).
   */
  votingRoles: readonly MemberRole[];
}

export const DEFAULT_VOTING_ROLES: readonly MemberRole[] = ['chair', 'member'];

export const DEFAULT_QUORUM_SETTINGS: QuorumSettings = {
  rule: { kind: 'majority' },
  countRepresented: true,
  maxProxiesPerHolder: 1,
  votingRoles: DEFAULT_VOTING_ROLES,
};

export interface Proxy {
  /** The represented member. */
  member: string;
  /** The present member who holds the proxy and votes for them. */
  by: string;
}

export interface QuorumResult {
  /** Members whose role carries a vote: the base of the quorum. */
  votingMembers: number;
  /** Voting members by status (a member left off the sheet is absent). */
  present: number;
  represented: number;
  excused: number;
  absent: number;
  /** Present members without a vote (secretary, observers) and guests: listed in the minutes, never counted. */
  nonVotingPresent: number;
  guests: number;
  /** Present, plus represented when the settings count them. */
  counted: number;
  required: number;
  met: boolean;
  proxies: Proxy[];
}

/** Whether a member of this role votes under these settings. */
export const hasVote = (role: MemberRole, votingRoles: readonly MemberRole[] = DEFAULT_VOTING_ROLES): boolean =>
  votingRoles.includes(role);

export function checkQuorumSettings(settings: QuorumSettings): void {
  const { rule, maxProxiesPerHolder: max } = settings;
  if (rule.kind === 'count' && !(Number.isInteger(rule.count) && rule.count > 0)) {
    throw new AppError('deliberation.quorum_count_invalid', { count: String(rule.count) });
  }
  if (rule.kind === 'fraction' && !(rule.fraction > 0 && rule.fraction <= 1)) {
    throw new AppError('deliberation.quorum_fraction_invalid', { fraction: String(rule.fraction) });
  }
  if (!(Number.isInteger(max) && max >= 0)) throw new AppError('deliberation.max_proxies_invalid', { max: String(max) });
}

/** How many present-or-represented voting members the rule asks for. */
export function quorumRequired(rule: QuorumRule, votingMembers: number): number {
  switch (rule.kind) {
    case 'majority':
      return Math.floor(votingMembers / 2) + 1;
    case 'count':
      return rule.count;
    case 'fraction':
      // The small allowance keeps 0.3 × 10 at 3 despite binary rounding (0.30000000000000004 × 10).
      return Math.ceil(rule.fraction * votingMembers - 1e-9);
  }
}

/**
 * Checks an attendance sheet against the committee and the proxy rules; throws the first problem as an AppError
 * naming the member. A proxy goes from a voting member to a different, present, voting member, who holds no more
 * proxies than the settings allow.
 */
export function checkAttendance(
  members: readonly DeliberationMember[],
  attendance: readonly AttendanceEntry[],
  settings: Pick<QuorumSettings, 'maxProxiesPerHolder' | 'votingRoles'> = DEFAULT_QUORUM_SETTINGS,
): void {
  const byId = new Map(members.map((m) => [m.id, m]));
  const status = new Map<string, AttendanceStatus>();
  for (const entry of attendance) {
    if (!byId.has(entry.member)) throw new AppError('deliberation.unknown_member', { member: entry.member });
    if (status.has(entry.member)) throw new AppError('deliberation.duplicate_attendance', { member: entry.member });
    if (!(ATTENDANCE_STATUSES as readonly string[]).includes(entry.status)) {
      throw new AppError('deliberation.attendance_status_invalid', { member: entry.member, status: String(entry.status) });
    }
    status.set(entry.member, entry.status);
  }
  const held = new Map<string, number>();
  for (const entry of attendance) {
    const by = entry.by ?? null;
    if (entry.status !== 'represented') {
      if (by !== null) throw new AppError('deliberation.proxy_unexpected', { member: entry.member });
      continue;
    }
    if (by === null || by === '') throw new AppError('deliberation.proxy_missing', { member: entry.member });
    if (by === entry.member) throw new AppError('deliberation.proxy_self', { member: entry.member });
    if (!hasVote(byId.get(entry.member)!.role, settings.votingRoles)) {
      throw new AppError('deliberation.proxy_giver_not_voting', { member: entry.member });
    }
    const holder = byId.get(by);
    if (!holder) throw new AppError('deliberation.unknown_member', { member: by });
    if (!hasVote(holder.role, settings.votingRoles)) {
      throw new AppError('deliberation.proxy_holder_not_voting', { member: entry.member, holder: by });
    }
    if (status.get(by) !== 'present') throw new AppError('deliberation.proxy_holder_absent', { member: entry.member, holder: by });
    const count = (held.get(by) ?? 0) + 1;
    if (count > settings.maxProxiesPerHolder) {
      throw new AppError('deliberation.too_many_proxies', { holder: by, count, max: settings.maxProxiesPerHolder });
    }
    held.set(by, count);
  }
}

/** Checks the sheet (see checkAttendance), then counts it against the quorum rule. */
export function assessQuorum(
  members: readonly DeliberationMember[],
  attendance: readonly AttendanceEntry[],
  guests: readonly Guest[] = [],
  settings: QuorumSettings = DEFAULT_QUORUM_SETTINGS,
): QuorumResult {
  checkQuorumSettings(settings);
  checkAttendance(members, attendance, settings);
  const status = new Map(attendance.map((e) => [e.member, e]));
  const counts = { present: 0, represented: 0, excused: 0, absent: 0 };
  let votingMembers = 0;
  let nonVotingPresent = 0;
  const proxies: Proxy[] = [];
  for (const m of members) {
    const entry = status.get(m.id);
    const s = entry?.status ?? 'absent';
    if (!hasVote(m.role, settings.votingRoles)) {
      if (s === 'present') nonVotingPresent += 1;
      continue;
    }
    votingMembers += 1;
    counts[s] += 1;
    if (s === 'represented') proxies.push({ member: m.id, by: entry!.by! });
  }
  const counted = counts.present + (settings.countRepresented ? counts.represented : 0);
  const required = quorumRequired(settings.rule, votingMembers);
  return {
    votingMembers,
    ...counts,
    nonVotingPresent,
    guests: guests.length,
    counted,
    required,
    met: counted >= required,
    proxies,
  };
}
