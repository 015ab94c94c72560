/**
 * The decision panel's arithmetic, kept out of the component: who votes on a dossier and through whom (the core's
 * entitledVoters), the ballot the form builds, its outcome as the core computes it (tallyVote, the same function the
 * core runs when recording: docs issue 9 « Votes and decisions »), and which field of the form a refusal of the core
 * belongs next to.
 */
import type { AttendanceRecord } from '../../../../common/deliberation/records.ts';
import { hasVote } from '../../../../common/deliberation/quorum.ts';
import {
  entitledVoters,
  tallyVote,
  type Ballot,
  type MemberVote,
  type VoteChoice,
  type VoteCounts,
  type VoteResult,
  type VoteSettings,
} from '../../../../common/deliberation/votes.ts';
import type { Member } from '../../../../common/domain/types.ts';
import { AppError, type AppErrorShape } from '../../../../common/result.ts';

export type VoteMode = 'counts' | 'members' | 'none';

export interface VoterRow {
  member: Member;
  /** The member in the room who casts the vote: the member, or the proxy holder; null for a recused member. */
  castBy: Member | null;
  /** Out of the room for this dossier: shown, never votes. */
  recused: boolean;
}

/**
 * The voting members of the dossier's roll call: each one present or represented with who casts the vote, and the
 * recused voting members (disabled) whatever their attendance, in the committee's order.
 */
export function voterRows(members: readonly Member[], attendance: readonly AttendanceRecord[], recused: readonly string[], settings: VoteSettings): VoterRow[] {
  const voters = new Map(entitledVoters({ dossier: '', members, attendance, recused }, settings.votingRoles).map((v) => [v.member, v.castBy]));
  const byId = new Map(members.map((m) => [m.id, m]));
  const rows: VoterRow[] = [];
  for (const m of members) {
    if (!hasVote(m.role, settings.votingRoles)) continue;
    if (recused.includes(m.id)) rows.push({ member: m, castBy: null, recused: true });
    else if (voters.has(m.id)) rows.push({ member: m, castBy: byId.get(voters.get(m.id)!) ?? m, recused: false });
  }
  return rows;
}

export interface BallotForm {
  mode: VoteMode;
  /** As typed: empty counts as 0. */
  counts: Record<keyof VoteCounts, string>;
  chairVote: VoteChoice | '';
  /** Per member id, the choice made (members left out did not vote). */
  choices: Readonly<Record<string, VoteChoice | undefined>>;
}

const countOf = (text: string): number => (text.trim() === '' ? 0 : Number(text));

/** A ballot as the form sends it (the contract's arrays are mutable). */
export type FormBallot = Exclude<Ballot, { kind: 'members' }> | { kind: 'members'; votes: MemberVote[] };

/** The ballot to send (null without a vote). A represented member's vote carries the proxy holder as `castBy`. */
export function buildBallot(form: BallotForm, rows: readonly VoterRow[]): FormBallot | null {
  if (form.mode === 'none') return null;
  if (form.mode === 'counts') {
    return {
      kind: 'counts',
      counts: { pour: countOf(form.counts.pour), contre: countOf(form.counts.contre), abstention: countOf(form.counts.abstention) },
      chairVote: form.chairVote === '' ? null : form.chairVote,
    };
  }
  const votes = rows.flatMap((r): MemberVote[] => {
    const choice = form.choices[r.member.id];
    if (r.recused || !choice || !r.castBy) return [];
    return [r.castBy.id === r.member.id ? { member: r.member.id, choice } : { member: r.member.id, choice, castBy: r.castBy.id }];
  });
  return { kind: 'members', votes };
}

export type Tally = { ok: true; result: VoteResult } | { ok: false; error: AppErrorShape };

/** The outcome the core will record for this ballot, or its refusal (too many votes, a recused voter…). */
export function previewTally(
  ballot: Ballot,
  dossier: string,
  members: readonly Member[],
  attendance: readonly AttendanceRecord[],
  recused: readonly string[],
  settings: VoteSettings,
): Tally {
  try {
    return { ok: true, result: tallyVote(ballot, { dossier, members, attendance, recused }, settings) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    throw error;
  }
}

export type FormField = 'vote' | 'decision' | 'conditions' | 'position' | 'motivation' | 'quorum' | 'reason' | 'form';

const FIELD_OF_CODE: Readonly<Record<string, FormField>> = {
  'deliberation.motivation_missing': 'motivation',
  'deliberation.conditions_missing': 'conditions',
  'deliberation.conditions_unexpected': 'conditions',
  'deliberation.waitlist_position_missing': 'position',
  'deliberation.waitlist_position_unexpected': 'position',
  'deliberation.waitlist_position_taken': 'position',
  'deliberation.decision_invalid': 'decision',
  'deliberation.quorum_not_met': 'quorum',
  'deliberation.override_not_chair': 'quorum',
  'deliberation.no_chair': 'quorum',
  'deliberation.locked_reason_required': 'reason',
};

/** The schema's field paths (`decisions.0.waitlistPosition`) to the form's fields. */
const FIELD_OF_PATH: Readonly<Record<string, FormField>> = {
  motivation: 'motivation',
  conditions: 'conditions',
  waitlistPosition: 'position',
  decision: 'decision',
  ballot: 'vote',
  reason: 'reason',
  quorumOverride: 'quorum',
};

/** Where the core's refusal is shown: next to the field it concerns; a vote's refusals by the vote; else the form. */
export function fieldOf(error: AppErrorShape): FormField {
  const direct = FIELD_OF_CODE[error.code];
  if (direct) return direct;
  if (error.code.startsWith('deliberation.') && /vote|voter|proxy/.test(error.code)) return 'vote';
  if (error.code === 'core.invalid_argument') {
    const issues = (error.details as { issues?: { field?: string }[] } | undefined)?.issues ?? [];
    for (const issue of issues) {
      for (const part of (issue.field ?? '').split(/[.[\]]/).reverse()) {
        const field = FIELD_OF_PATH[part];
        if (field) return field;
      }
    }
  }
  return 'form';
}
