/**
 * What the minutes need from the deliberation (issue 9): the meeting, attendance and quorum, votes, decisions with
 * their motivations, the waiting list, the programme targets and their outcome, the changes made after the lock, and
 * whether the session is locked. The minutes read them through this ONE interface so that their builder
 * (minutesInput.ts) does not depend on how the deliberation stores them.
 *
 * TODAY NOTHING IS RECORDED: `deliberationFacts` returns `NOTHING_RECORDED`, and the minutes are a PROJET with every
 * dossier « À délibérer ». The deliberation tables and api (W1: main/deliberation, migration 0005: attendance,
 * votes, decisions, lock) plug in HERE: at merge, `deliberationFacts(db)` reads them and fills these fields; nothing
 * else in main/minutes/ has to change.
 */
import type { AttendanceEntry, DecisionCode, Person, PostLockChange, QuorumStatement, Target, TargetOutcome } from '../../common/minutes/types.ts';
import type { Db } from '../db/connection.ts';

export interface MeetingFacts {
  /** Number of the session of the committee (1 for the first). */
  number: number;
  /** ISO date and "HH:MM" times of the meeting. */
  date: string;
  openedAt: string;
  closedAt: string;
  venue: { kind: 'place'; place: string } | { kind: 'videoconference'; tool?: string };
  agenda: readonly string[];
  /** The organisation holding the session (the PDF's author); the programme's name when absent. */
  organiser?: string;
  /** Where the minutes are signed (« Fait à … »). */
  signedAt?: string;
}

export interface DecisionFacts {
  dossierId: string;
  decision: DecisionCode;
  motivation: string;
  conditions?: readonly string[];
  vote?: { for: number; against: number; abstentions: number; castingVote?: boolean };
}

export interface DeliberationFacts {
  meeting: MeetingFacts | null;
  attendance: readonly AttendanceEntry[];
  guests: readonly Person[];
  /** Null while attendance is not recorded. */
  quorum: QuorumStatement | null;
  votingRule: string | null;
  chairHasCastingVote: boolean;
  /** Declarations of interest made without standing aside, per dossier (recusals come from the scoring conflicts). */
  declarations: readonly { dossierId: string; memberId: string; interest: string }[];
  decisions: readonly DecisionFacts[];
  /** Dossier ids, first on the list first. */
  waitingList: readonly string[];
  targets: readonly Target[];
  targetOutcomes: readonly TargetOutcome[];
  postLockChanges: readonly PostLockChange[];
  locked: boolean;
}

export const NOTHING_RECORDED: DeliberationFacts = {
  meeting: null,
  attendance: [],
  guests: [],
  quorum: null,
  votingRule: null,
  chairHasCastingVote: false,
  declarations: [],
  decisions: [],
  waitingList: [],
  targets: [],
  targetOutcomes: [],
  postLockChanges: [],
  locked: false,
};

/** The deliberation facts of the session: nothing recorded yet (W1's tables are read here once merged). */
export function deliberationFacts(db: Db): DeliberationFacts {
  void db;
  return NOTHING_RECORDED;
}
