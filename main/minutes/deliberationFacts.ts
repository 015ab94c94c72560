/**
 * What the minutes need from the deliberation (issue 9): the meeting, attendance and quorum, votes, decisions with
 * their motivations, the waiting list, the programme targets and their outcome, the changes made after the lock, and
 * whether the session is locked. The minutes read them through this ONE interface so that their builder
 * (minutesInput.ts) does not depend on how the deliberation stores them; `deliberationFacts(db)` reads them from the
 * deliberation's tables (main/db: meetings, attendance, votes, decisions, lock; targets from main/selection).
 */
import type { AttendanceEntry, DecisionCode, Person, PostLockChange, QuorumStatement, Target, TargetOutcome } from '../../common/minutes/types.ts';
import { isSelected, waitingList } from '../../common/deliberation/decisions.ts';
import { hasVote } from '../../common/deliberation/quorum.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';
import type { Db } from '../db/connection.ts';
import { readAgenda } from '../db/agendaRepo.ts';
import { listDecisions } from '../db/decisionRepo.ts';
import { readDeliberationSettings } from '../db/deliberationSettingsRepo.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { listPostLockChanges, readLock } from '../db/lockRepo.ts';
import { latestMeeting, listMeetings } from '../db/meetingRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { getVote } from '../db/voteRepo.ts';
import { attendanceView } from '../deliberation/meetings.ts';
import { evaluateSessionTargets } from '../selection/selectionTargets.ts';

export interface MeetingFacts {
  /** Number of the session of the committee (1 for the first). */
  number: number;
  /** ISO date and "HH:MM" times of the meeting. */
  date: string;
  /** Empty when the meeting's times were not recorded: the minutes then take the time they are generated. */
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

const MAJORITY_RULES: Record<string, string> = {
  simple: 'majorité simple des suffrages exprimés',
  absolute: 'majorité absolue des membres ayant voix délibérative',
  two_thirds: 'majorité des deux tiers des suffrages exprimés',
};

/** Targets the minutes can state as one goal: a count or a share with a lower (else upper) bound. */
function outcomes(db: Db): { targets: Target[]; outcomes: TargetOutcome[] } {
  const selected = listDecisions(db).filter((d) => isSelected(d.decision) && d.withdrawnAt === null).map((d) => d.dossier);
  const targets: Target[] = [];
  const results: TargetOutcome[] = [];
  for (const status of evaluateSessionTargets(db, selected)) {
    if (status.kind === 'echelons') continue;
    const goal = status.goal.min ?? status.goal.max;
    if (goal === null || goal === undefined) continue;
    const unit = status.kind === 'share_with' || status.kind === 'mission_share_with' ? 'share' : 'count';
    const label = status.labelMessage ? messageText(status.labelMessage, 'fr') : status.label;
    targets.push({ id: status.id, label, goal, unit });
    results.push({ targetId: status.id, label, goal, current: status.current ?? 0, unit, met: status.met });
  }
  return { targets, outcomes: results };
}

/** The deliberation facts of the session, read from the deliberation's tables. */
export function deliberationFacts(db: Db): DeliberationFacts {
  const meeting = latestMeeting(db);
  const decisions = listDecisions(db).filter((d) => d.withdrawnAt === null);
  const lock = readLock(db);
  const changes = listPostLockChanges(db);
  const { targets, outcomes: targetOutcomes } = outcomes(db);
  const dossierNames = new Map(listDossiers(db).map((d) => [d.id, d.name]));
  const settings = readDeliberationSettings(db);
  const base: DeliberationFacts = {
    ...NOTHING_RECORDED,
    votingRule: MAJORITY_RULES[settings.votes.majority] ?? null,
    chairHasCastingVote: settings.votes.chairCastingVote,
    decisions: decisions.map((d): DecisionFacts => {
      const vote = d.vote !== null ? getVote(db, d.vote) : null;
      return {
        dossierId: d.dossier,
        decision: d.decision,
        motivation: d.motivation,
        ...(d.conditions ? { conditions: [d.conditions] } : {}),
        ...(vote ? { vote: { for: vote.counts.pour, against: vote.counts.contre, abstentions: vote.counts.abstention, castingVote: vote.castingVote } } : {}),
      };
    }),
    waitingList: waitingList(decisions).map((d) => d.dossier),
    targets,
    targetOutcomes,
    postLockChanges: changes.map((c) => {
      const dossierId = typeof c.target.dossier === 'string' ? c.target.dossier : '';
      return { at: c.at, dossierId, applicant: dossierNames.get(dossierId) ?? '', change: `${c.what} : ${JSON.stringify(c.target)}`, reason: c.reason, by: c.actor ?? '' };
    }),
    locked: lock.locked,
  };
  if (!meeting) return base;
  const view = attendanceView(db, meeting.id);
  const members = new Map(listMembers(db).map((m) => [m.id, m]));
  const votingRoles = settings.quorum.votingRoles;
  const agenda = readAgenda(db, meeting.id);
  return {
    ...base,
    meeting: {
      number: listMeetings(db).findIndex((m) => m.id === meeting.id) + 1,
      date: meeting.date,
      openedAt: meeting.startsAt ?? '',
      closedAt: meeting.endsAt ?? '',
      venue: meeting.kind === 'video' ? { kind: 'videoconference' } : { kind: 'place', place: meeting.place ?? '' },
      agenda: agenda.length ? agenda.map((id) => dossierNames.get(id) ?? id) : [],
    },
    attendance: view.entries.flatMap((e): AttendanceEntry[] => {
      const m = members.get(e.member);
      if (!m) return [];
      return [{
        member: { id: m.id, name: m.name, organisation: m.institution },
        status: e.status,
        voting: hasVote(m.role, votingRoles),
        ...(e.by ? { representedBy: members.get(e.by)?.name ?? e.by } : {}),
        ...(e.arrivedAt ? { arrivedAt: e.arrivedAt } : {}),
        ...(e.leftAt ? { leftAt: e.leftAt } : {}),
      }];
    }),
    guests: view.guests.map((g, i) => ({ id: `guest-${i + 1}`, name: g.name, ...(g.institution ? { organisation: g.institution } : {}) })),
    quorum: { votingMembers: view.quorum.votingMembers, presentOrRepresented: view.quorum.counted, required: view.quorum.required, reached: view.quorum.met },
  };
}
