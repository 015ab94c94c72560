/**
 * What the deliberation's storage holds and the API returns (issue 9): meetings and their attendance, the agenda and
 * the room, notes, votes, decisions, promotions, the lock and the audit log as the interface lists it.
 */
import type { DecisionKind } from './decisions.ts';
import type { AttendanceStatus, Guest, QuorumResult, QuorumSettings } from './quorum.ts';
import type { MemberVote, VoteCounts, VoteChoice, VoteOutcome, VoteSettings } from './votes.ts';

export const MEETING_KINDS = ['room', 'video', 'hybrid'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface Meeting {
  id: number;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, local time of the meeting. */
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  kind: MeetingKind;
  /** The dossier under discussion, which the projector shows. */
  currentDossier: string | null;
}

export interface AttendanceRecord {
  member: string;
  status: AttendanceStatus;
  by: string | null;
  arrivedAt: string | null;
  leftAt: string | null;
}

export interface AttendanceView {
  meeting: Meeting;
  entries: AttendanceRecord[];
  guests: Guest[];
  quorum: QuorumResult;
}

export interface DeliberationSettings {
  quorum: QuorumSettings;
  votes: VoteSettings;
}

export const AGENDA_ORDERS = ['manual', 'rank', 'contested', 'grouped'] as const;
/**
 * - `manual`: the order the secretariat saved (the ranking's when none was saved);
 * - `rank`: the ranking's order, unranked dossiers last;
 * - `contested`: divergent dossiers first, then by decreasing spread;
 * - `grouped`: the ranking's order rearranged so that recused members leave the room as few times as possible.
 */
export type AgendaOrder = (typeof AGENDA_ORDERS)[number];

export interface AgendaItem {
  dossier: string;
  position: number;
  rank: number | null;
  spread: number | null;
  divergent: boolean;
  /** Members with a conflict of interest for the dossier: out of the room while it is discussed. */
  recused: string[];
}

export interface AgendaView {
  meeting: number;
  order: AgendaOrder;
  items: AgendaItem[];
  /** How many times a member leaves the room going through the agenda in this order. */
  roomExits: number;
}

export interface RoomExit {
  member: string;
  leftAt: string;
  returnedAt: string | null;
}

export interface CurrentDossierView {
  meeting: number;
  dossier: string | null;
  /** The recused members out of the room for the current dossier, with the times. */
  outOfRoom: RoomExit[];
}

export interface NoteVersion {
  version: number;
  text: string;
  editedBy: string | null;
  editedAt: string;
}

export interface DeliberationNote {
  id: number;
  dossier: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  /** Markdown, rendered safely by the interface. */
  text: string;
  /** Earlier texts, oldest first. */
  history: NoteVersion[];
}

export interface ReadingNote {
  member: string;
  dossier: string;
  text: string;
  updatedAt: string;
}

export interface StoredVote {
  id: number;
  dossier: string;
  meeting: number;
  kind: 'counts' | 'members';
  counts: VoteCounts;
  chairVote: VoteChoice | null;
  outcome: VoteOutcome;
  castingVote: boolean;
  recordedAt: string;
  recordedBy: string | null;
  ballots: Required<MemberVote>[];
}

export interface StoredDecision {
  dossier: string;
  decision: DecisionKind;
  motivation: string;
  conditions: string | null;
  waitlistPosition: number | null;
  decidedAt: string;
  decidedBy: string | null;
  meeting: number;
  vote: number | null;
  /** Recorded below quorum on the chair's authority. */
  quorumOverride: { by: string; reason: string } | null;
  withdrawnAt: string | null;
}

export interface PromotionRecord {
  id: number;
  withdrawn: string;
  promoted: string;
  fromPosition: number;
  reason: string;
  decidedBy: string | null;
  decidedAt: string;
}

export interface MotivationPhrases {
  kind: DecisionKind;
  phrases: string[];
}

export interface LockState {
  locked: boolean;
  lockedAt: string | null;
  lockedBy: string | null;
}

export const POST_LOCK_SUBJECTS = ['score', 'conflict', 'vote', 'decision'] as const;
export type PostLockSubject = (typeof POST_LOCK_SUBJECTS)[number];

export interface PostLockChange {
  id: number;
  what: PostLockSubject;
  target: Record<string, unknown>;
  reason: string;
  actor: string | null;
  at: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  payload: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** How many entries match the filters (all pages). */
  total: number;
  offset: number;
  limit: number;
}

export interface AuditVerification {
  entries: number;
  intact: boolean;
  firstBroken: number | null;
  /** With minutes to check against: the head hash they carry (null when none), and whether the chain still holds it. */
  minutes?: { head: string | null; reached: boolean };
}

export interface ResultsFile {
  format: 'xlsx' | 'csv';
  fileName: string;
  mediaType: string;
  /** The file's bytes, base64: a result crosses IPC and HTTP as JSON. */
  base64: string;
}
