/**
 * A vote on one dossier (issue 9, « Votes and decisions »): pour / contre / abstention, recorded as counts or per
 * member. A represented member's vote is cast by the proxy holder; a member recused for the dossier is out of the
 * room and cannot vote, nor cast the vote of the member they represent. The majority rule and the chair's casting
 * vote are settings.
 */
import type { MemberRole } from '../domain/types.ts';
import { AppError } from '../result.ts';
import { DEFAULT_VOTING_ROLES, hasVote, type AttendanceEntry, type DeliberationMember } from './quorum.ts';

export const VOTE_CHOICES = ['pour', 'contre', 'abstention'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface VoteCounts {
  pour: number;
  contre: number;
  abstention: number;
}

export interface MemberVote {
  member: string;
  choice: VoteChoice;
  /** Who cast it: the member themselves (default) or, for a represented member, their proxy holder. */
  castBy?: string | null;
}

export type Ballot =
  /** Counted by show of hands. `chairVote` is what the chair voted, needed only for a casting vote. */
  | { kind: 'counts'; counts: VoteCounts; chairVote?: VoteChoice | null }
  | { kind: 'members'; votes: readonly MemberVote[] };

export const MAJORITY_RULES = ['simple', 'absolute', 'two_thirds'] as const;
/**
 * - `simple`: more pour than contre among the votes cast (abstentions are not cast);
 * - `absolute`: pour from more than half of the voting members entitled to vote on the dossier (recused excluded),
 *   whoever attends;
 * - `two_thirds`: pour from at least two thirds of the votes cast.
 */
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export interface VoteSettings {
  majority: MajorityRule;
  /**
   * On an equal split under the simple majority, the chair's vote decides (« voix prépondérante »), if the chair
   * is in the room and voted pour or contre. The qualified majorities have no tie: they are reached or not.
   */
  chairCastingVote: boolean;
  votingRoles: readonly MemberRole[];
}

export const DEFAULT_VOTE_SETTINGS: VoteSettings = { majority: 'simple', chairCastingVote: true, votingRoles: DEFAULT_VOTING_ROLES };

export interface VoteContext {
  dossier: string;
  members: readonly DeliberationMember[];
  attendance: readonly AttendanceEntry[];
  /** Members who declared a conflict of interest for this dossier. */
  recused: readonly string[];
}

export type VoteOutcome = 'adopted' | 'rejected' | 'tie';

export interface Voter {
  member: string;
  /** The member in the room who casts this vote: the member, or their proxy holder. */
  castBy: string;
}

export interface VoteResult {
  counts: VoteCounts;
  /** pour + contre. */
  cast: number;
  /** Votes that could be cast on this dossier: voting members present or represented, recused members out. */
  voters: number;
  /** Voting members not recused for the dossier: the base of the absolute majority. */
  seats: number;
  /** The pour votes adoption needs under the rule. */
  required: number;
  outcome: VoteOutcome;
  /** Whether the chair's casting vote settled an equal split. */
  castingVote: boolean;
}

/** Who can vote on the dossier, and through whom. A proxy held by a recused member cannot be used. */
export function entitledVoters(context: VoteContext, votingRoles: readonly MemberRole[] = DEFAULT_VOTING_ROLES): Voter[] {
  const recused = new Set(context.recused);
  const status = new Map(context.attendance.map((e) => [e.member, e]));
  const voters: Voter[] = [];
  for (const m of context.members) {
    if (!hasVote(m.role, votingRoles) || recused.has(m.id)) continue;
    const entry = status.get(m.id);
    if (entry?.status === 'present') voters.push({ member: m.id, castBy: m.id });
    else if (entry?.status === 'represented' && entry.by && !recused.has(entry.by)) voters.push({ member: m.id, castBy: entry.by });
  }
  return voters;
}

function checkedCounts(counts: VoteCounts): VoteCounts {
  for (const choice of VOTE_CHOICES) {
    const value = counts[choice];
    if (!(Number.isInteger(value) && value >= 0)) throw new AppError('deliberation.vote_count_invalid', { choice, value: String(value) });
  }
  return { pour: counts.pour, contre: counts.contre, abstention: counts.abstention };
}

function checkChoice(member: string, choice: unknown): asserts choice is VoteChoice {
  if (!(VOTE_CHOICES as readonly unknown[]).includes(choice)) {
    throw new AppError('deliberation.vote_choice_invalid', { member, choice: String(choice) });
  }
}

/** The reason a member's own vote, or a vote cast for them, cannot be recorded on this dossier. */
function refuseVoter(context: VoteContext, member: string, votingRoles: readonly MemberRole[]): never {
  const m = context.members.find((x) => x.id === member);
  const { dossier } = context;
  if (!m) throw new AppError('deliberation.unknown_member', { member });
  if (!hasVote(m.role, votingRoles)) throw new AppError('deliberation.not_voting_member', { member });
  if (context.recused.includes(member)) throw new AppError('deliberation.recused_vote', { member, dossier });
  const entry = context.attendance.find((e) => e.member === member);
  if (entry?.status === 'represented' && entry.by && context.recused.includes(entry.by)) {
    throw new AppError('deliberation.proxy_holder_recused', { member, holder: entry.by, dossier });
  }
  throw new AppError('deliberation.voter_not_in_room', { member });
}

function chairOf(context: VoteContext): string | null {
  const chair = context.members.find((m) => m.role === 'chair');
  if (!chair) return null;
  const present = context.attendance.some((e) => e.member === chair.id && e.status === 'present');
  return present && !context.recused.includes(chair.id) ? chair.id : null;
}

/** Checks a ballot against who may vote, counts it and applies the majority rule. Throws the first refusal. */
export function tallyVote(ballot: Ballot, context: VoteContext, settings: VoteSettings = DEFAULT_VOTE_SETTINGS): VoteResult {
  const voters = entitledVoters(context, settings.votingRoles);
  const seats = context.members.filter((m) => hasVote(m.role, settings.votingRoles) && !context.recused.includes(m.id)).length;
  const chair = chairOf(context);
  let counts: VoteCounts;
  let chairVote: VoteChoice | null = null;
  if (ballot.kind === 'counts') {
    counts = checkedCounts(ballot.counts);
    const total = counts.pour + counts.contre + counts.abstention;
    if (total > voters.length) {
      throw new AppError('deliberation.too_many_votes', { dossier: context.dossier, cast: total, voters: voters.length });
    }
    if (ballot.chairVote != null) {
      const chairMember = context.members.find((m) => m.role === 'chair');
      if (chairMember && context.recused.includes(chairMember.id)) {
        throw new AppError('deliberation.recused_vote', { member: chairMember.id, dossier: context.dossier });
      }
      checkChoice(chairMember?.id ?? 'chair', ballot.chairVote);
      chairVote = ballot.chairVote;
    }
  } else {
    const allowed = new Map(voters.map((v) => [v.member, v.castBy]));
    const seen = new Set<string>();
    counts = { pour: 0, contre: 0, abstention: 0 };
    for (const vote of ballot.votes) {
      checkChoice(vote.member, vote.choice);
      const holder = allowed.get(vote.member);
      if (holder === undefined) refuseVoter(context, vote.member, settings.votingRoles);
      const castBy = vote.castBy ?? vote.member;
      if (castBy !== holder) {
        if (holder === vote.member) throw new AppError('deliberation.own_vote_cast_by', { member: vote.member });
        throw new AppError('deliberation.proxy_vote_mismatch', { member: vote.member, holder, castBy });
      }
      if (seen.has(vote.member)) throw new AppError('deliberation.duplicate_vote', { member: vote.member, dossier: context.dossier });
      seen.add(vote.member);
      counts[vote.choice] += 1;
      if (vote.member === chair) chairVote = vote.choice;
    }
  }
  // Only the chair in the room holds the casting vote.
  if (chair === null) chairVote = null;
  return { ...decide(counts, seats, settings, chairVote), counts, voters: voters.length, seats };
}

function decide(
  counts: VoteCounts,
  seats: number,
  settings: VoteSettings,
  chairVote: VoteChoice | null,
): Pick<VoteResult, 'cast' | 'required' | 'outcome' | 'castingVote'> {
  const { pour, contre } = counts;
  const cast = pour + contre;
  switch (settings.majority) {
    case 'simple': {
      const required = contre + 1;
      if (pour !== contre) return { cast, required, outcome: pour > contre ? 'adopted' : 'rejected', castingVote: false };
      if (settings.chairCastingVote && (chairVote === 'pour' || chairVote === 'contre')) {
        return { cast, required, outcome: chairVote === 'pour' ? 'adopted' : 'rejected', castingVote: true };
      }
      return { cast, required, outcome: 'tie', castingVote: false };
    }
    case 'absolute': {
      const required = Math.floor(seats / 2) + 1;
      return { cast, required, outcome: pour >= required ? 'adopted' : 'rejected', castingVote: false };
    }
    case 'two_thirds': {
      const required = Math.max(1, Math.ceil((2 * cast) / 3));
      return { cast, required, outcome: cast > 0 && 3 * pour >= 2 * cast ? 'adopted' : 'rejected', castingVote: false };
    }
  }
}
