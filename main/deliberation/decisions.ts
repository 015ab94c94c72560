/**
 * Votes and decisions (issue 9, « Votes and decisions »). A vote is tallied by the core (tallyVote: a recused
 * member's vote, or one cast through a recused proxy holder, is refused); decisions are checked by the core
 * (checkDecisions: mandatory motivation, conditions, waiting-list positions) against the session's other decisions,
 * and recorded only when the meeting has its quorum, unless the chair overrides with a reason. A set of decisions is
 * recorded whole or not at all; each is audited with its vote in the same transaction. After the lock every vote
 * and decision needs a reason (main/deliberation/lockRule.ts).
 */
import {
  checkDecisions,
  proposePromotion,
  waitingList,
  type Decision,
  type DecisionKind,
  type Promotion,
} from '../../common/deliberation/decisions.ts';
import { assessQuorum, type DeliberationMember } from '../../common/deliberation/quorum.ts';
import type { MotivationPhrases, PromotionRecord, StoredDecision, StoredVote } from '../../common/deliberation/records.ts';
import { tallyVote, type Ballot, type VoteContext } from '../../common/deliberation/votes.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import type { Db } from '../db/connection.ts';
import { deleteDecision, getDecision, insertPromotion, listDecisions, setWaitlistPosition, upsertDecision } from '../db/decisionRepo.ts';
import { listMotivationPhrases, readDeliberationSettings, replaceMotivationPhrases } from '../db/deliberationSettingsRepo.ts';
import { getDossier } from '../db/dossierRepo.ts';
import { listAttendance, listGuests } from '../db/meetingRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { getVote, insertVote } from '../db/voteRepo.ts';
import { recordIfLocked } from './lockRule.ts';
import { meetingOrLatest } from './meetings.ts';

const SECRETARIAT = 'secretariat';

function knownDossier(db: Db, dossier: string): void {
  if (!getDossier(db, dossier)) throw new AppError('deliberation.unknown_dossier', { dossier });
}

function voteContext(db: Db, meeting: number, dossier: string): VoteContext {
  const members: DeliberationMember[] = listMembers(db).map((m) => ({ id: m.id, role: m.role }));
  const recused = listConflicts(db)
    .filter((c) => c.dossier === dossier)
    .map((c) => c.member);
  return { dossier, members, attendance: listAttendance(db, meeting), recused };
}

/** Tallies and stores one ballot (inside the caller's transaction); returns the stored vote. */
function storeVote(db: Db, meeting: number, dossier: string, ballot: Ballot, actor: string | null, now: string): StoredVote {
  const result = tallyVote(ballot, voteContext(db, meeting, dossier), readDeliberationSettings(db).votes);
  const id = insertVote(db, {
    dossier,
    meeting,
    kind: ballot.kind,
    counts: result.counts,
    chairVote: ballot.kind === 'counts' ? (ballot.chairVote ?? null) : null,
    outcome: result.outcome,
    castingVote: result.castingVote,
    recordedAt: now,
    recordedBy: actor,
    ballots: ballot.kind === 'members' ? ballot.votes.map((v) => ({ member: v.member, choice: v.choice, castBy: v.castBy ?? v.member })) : [],
  });
  const stored = getVote(db, id)!;
  appendAudit(db, 'vote.record', { vote: id, dossier, meeting, kind: ballot.kind, counts: result.counts, outcome: result.outcome, castingVote: result.castingVote, ballots: stored.ballots }, actor);
  return stored;
}

export interface VoteRequest {
  dossier: string;
  meeting?: number | null;
  ballot: Ballot;
  reason?: string | null;
}

export function recordVote(db: Db, req: VoteRequest, actor: string | null, now = new Date().toISOString()): StoredVote {
  return db.transaction(() => {
    knownDossier(db, req.dossier);
    const meeting = meetingOrLatest(db, req.meeting);
    recordIfLocked(db, 'vote', { dossier: req.dossier, meeting: meeting.id }, req.reason, actor, now);
    return storeVote(db, meeting.id, req.dossier, req.ballot, actor, now);
  })();
}

export type DecisionInput = Decision & { ballot?: Ballot | null };

export interface DecisionsRequest {
  decisions: DecisionInput[];
  meeting?: number | null;
  /** Below quorum: the chair's decision to deliberate anyway, with its reason. */
  quorumOverride?: { reason: string } | null;
  /** After the lock: why the decisions change. */
  reason?: string | null;
}

export interface DecisionsRecorded {
  decisions: StoredDecision[];
  votes: StoredVote[];
}

const active = (db: Db): StoredDecision[] => listDecisions(db).filter((d) => d.withdrawnAt === null);

/** The chair who overrides: the committee's chair; a member acting as someone else than the chair is refused. */
function overridingChair(db: Db, actor: string | null): string {
  const chair = listMembers(db).find((m) => m.role === 'chair');
  if (!chair) throw new AppError('deliberation.no_chair');
  if (actor !== null && actor !== SECRETARIAT && actor !== chair.id) throw new AppError('deliberation.override_not_chair', { member: actor });
  return chair.id;
}

export function recordDecisions(db: Db, req: DecisionsRequest, actor: string | null, now = new Date().toISOString()): DecisionsRecorded {
  return db.transaction((): DecisionsRecorded => {
    const meeting = meetingOrLatest(db, req.meeting);
    for (const d of req.decisions) knownDossier(db, d.dossier);
    const checked = checkDecisions(req.decisions);
    // The waiting list is the session's: positions are checked against the decisions already on file.
    const batch = new Set(checked.map((d) => d.dossier));
    checkDecisions([...active(db).filter((d) => !batch.has(d.dossier)), ...checked]);
    const quorum = assessQuorum(listMembers(db), listAttendance(db, meeting.id), listGuests(db, meeting.id), readDeliberationSettings(db).quorum);
    let quorumOverride: StoredDecision['quorumOverride'] = null;
    if (!quorum.met) {
      const reason = req.quorumOverride?.reason.trim() ?? '';
      if (!reason) throw new AppError('deliberation.quorum_not_met', { counted: quorum.counted, required: quorum.required });
      quorumOverride = { by: overridingChair(db, actor), reason };
    }
    const votes: StoredVote[] = [];
    const recorded: StoredDecision[] = [];
    // Old rows of the batch go first, so that waiting-list positions can move between its dossiers.
    const previous = new Map(checked.map((d) => [d.dossier, getDecision(db, d.dossier)]));
    for (const d of checked) deleteDecision(db, d.dossier);
    req.decisions.forEach((input, i) => {
      const d = checked[i]!;
      recordIfLocked(db, 'decision', { dossier: d.dossier, decision: d.decision, previous: previous.get(d.dossier)?.decision ?? null }, req.reason, actor, now);
      const vote = input.ballot ? storeVote(db, meeting.id, d.dossier, input.ballot, actor, now) : null;
      if (vote) votes.push(vote);
      const stored: StoredDecision = {
        ...d,
        decidedAt: now,
        decidedBy: actor,
        meeting: meeting.id,
        vote: vote?.id ?? null,
        quorumOverride,
        withdrawnAt: null,
      };
      upsertDecision(db, stored);
      appendAudit(db, 'decision.record', { ...stored, previous: previous.get(d.dossier) ?? null, quorum: { counted: quorum.counted, required: quorum.required, met: quorum.met } }, actor);
      recorded.push(stored);
    });
    return { decisions: recorded, votes };
  })();
}

export function listWaitingList(db: Db): StoredDecision[] {
  const list = waitingList(active(db)).map((d) => d.dossier);
  const byId = new Map(active(db).map((d) => [d.dossier, d]));
  return list.map((id) => byId.get(id)!);
}

/** Whom to promote when `withdrawn` withdraws (null when the waiting list is empty). Nothing is written. */
export function promotionProposal(db: Db, withdrawn: string): Promotion | null {
  knownDossier(db, withdrawn);
  return proposePromotion(active(db), withdrawn);
}

/**
 * Records a withdrawal and the promotion of the first on the waiting list to `retenu` (its motivation: the reason
 * given), renumbers the rest of the list, audits it. After the lock it is a change of decisions: the reason serves.
 */
export function recordPromotion(db: Db, withdrawn: string, reason: string, actor: string | null, now = new Date().toISOString()): PromotionRecord {
  return db.transaction(() => {
    const why = reason.trim();
    if (!why) throw new AppError('deliberation.promotion_reason_missing', { dossier: withdrawn });
    const proposal = promotionProposal(db, withdrawn);
    if (!proposal) throw new AppError('deliberation.waitlist_empty', { dossier: withdrawn });
    recordIfLocked(db, 'decision', { dossier: proposal.promoted, withdrawn, promotion: true }, why, actor, now);
    const out = getDecision(db, withdrawn)!;
    upsertDecision(db, { ...out, withdrawnAt: now });
    const promoted = getDecision(db, proposal.promoted)!;
    upsertDecision(db, { ...promoted, decision: 'retenu', motivation: why, waitlistPosition: null, decidedAt: now, decidedBy: actor });
    for (const w of proposal.waitingList) setWaitlistPosition(db, w.dossier, w.position);
    const record = { withdrawn, promoted: proposal.promoted, fromPosition: proposal.fromPosition, reason: why, decidedBy: actor, decidedAt: now };
    const id = insertPromotion(db, record);
    appendAudit(db, 'decision.promote', { promotion: id, ...record, dossier: proposal.promoted, waitingList: proposal.waitingList }, actor);
    return { id, ...record };
  })();
}

/** Replaces the reusable phrases of one decision kind (blank ones dropped); returns every kind's. */
export function setMotivationPhrases(db: Db, kind: DecisionKind, phrases: readonly string[], actor: string | null): MotivationPhrases[] {
  return db.transaction(() => {
    const texts = phrases.map((p) => p.trim()).filter((p) => p !== '');
    replaceMotivationPhrases(db, kind, texts);
    appendAudit(db, 'motivation_phrases.set', { kind, phrases: texts }, actor);
    return listMotivationPhrases(db);
  })();
}
