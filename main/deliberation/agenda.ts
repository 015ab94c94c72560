/**
 * The discussion order of a meeting and the dossier under discussion (issue 9, « Discussion order and the room »).
 * Orders proposed: the ranking's; contested first (divergent, then by spread); grouped so that recused members leave
 * the room as few times as possible. The grouping is greedy, not optimal: from the ranking's first dossier, it takes
 * next the dossier that sends the fewest new members out, then the one that keeps the most of those already out
 * outside (ties in ranking order). Moving to a dossier records its recused members' exit and the return of those
 * who were out for the previous one.
 */
import type { AgendaItem, AgendaOrder, AgendaView, CurrentDossierView } from '../../common/deliberation/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { readAgenda, replaceAgenda } from '../db/agendaRepo.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import type { Db } from '../db/connection.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { closeRoomExits, insertRoomExit, listAttendance, listRoomExits, setCurrentDossier as storeCurrentDossier } from '../db/meetingRepo.ts';
import { rankingView } from '../scoring/views.ts';
import { refuseIfLocked } from './lockRule.ts';
import { meetingOrLatest } from './meetings.ts';

type Candidate = Omit<AgendaItem, 'position'>;

/** Every dossier of the session with its rank figures and recusals, in the ranking's order (unranked last, by id). */
function candidates(db: Db): Candidate[] {
  const ranking = rankingView(db, null);
  const recused = new Map<string, string[]>();
  for (const c of listConflicts(db)) recused.set(c.dossier, [...(recused.get(c.dossier) ?? []), c.member]);
  const ranked: Candidate[] = ranking.ranking.map((r) => ({
    dossier: r.dossier,
    rank: r.rank,
    spread: r.spread,
    divergent: r.divergent,
    recused: recused.get(r.dossier) ?? [],
  }));
  const seen = new Set(ranked.map((c) => c.dossier));
  const rest = listDossiers(db)
    .map((d) => d.id)
    .filter((id) => !seen.has(id))
    .sort()
    .map((id): Candidate => ({ dossier: id, rank: null, spread: null, divergent: false, recused: recused.get(id) ?? [] }));
  return [...ranked, ...rest];
}

const newExits = (from: Candidate | undefined, to: Candidate): number => to.recused.filter((m) => !from?.recused.includes(m)).length;

/** Members sent out of the room going through the dossiers in this order. */
export function countRoomExits(order: readonly Candidate[]): number {
  return order.reduce((sum, c, i) => sum + newExits(order[i - 1], c), 0);
}

/** Members already out who stay out for `to`: going on with them saves their coming back and leaving again. */
const staying = (from: Candidate | undefined, to: Candidate): number => to.recused.filter((m) => from?.recused.includes(m)).length;

function grouped(byRank: readonly Candidate[]): Candidate[] {
  const left = [...byRank];
  const out: Candidate[] = [];
  const cost = (c: Candidate): [number, number] => [newExits(out.at(-1), c), -staying(out.at(-1), c)];
  while (left.length) {
    let best = 0;
    for (let i = 1; i < left.length; i += 1) {
      const [exits, stay] = cost(left[i]!);
      const [bestExits, bestStay] = cost(left[best]!);
      if (exits < bestExits || (exits === bestExits && stay < bestStay)) best = i;
    }
    out.push(...left.splice(best, 1));
  }
  return out;
}

function ordered(all: Candidate[], order: AgendaOrder, saved: readonly string[]): Candidate[] {
  switch (order) {
    case 'rank':
      return all;
    case 'contested':
      return [...all].sort((a, b) => Number(b.divergent) - Number(a.divergent) || (b.spread ?? -1) - (a.spread ?? -1));
    case 'grouped':
      return grouped(all);
    case 'manual': {
      if (!saved.length) return all;
      const byId = new Map(all.map((c) => [c.dossier, c]));
      const first = saved.map((d) => byId.get(d)).filter((c): c is Candidate => c !== undefined);
      // Dossiers added after the order was saved come last, in the ranking's order.
      return [...first, ...all.filter((c) => !saved.includes(c.dossier))];
    }
  }
}

export function agendaView(db: Db, meetingId: number | null | undefined, order: AgendaOrder = 'manual'): AgendaView {
  const meeting = meetingOrLatest(db, meetingId);
  const items = ordered(candidates(db), order, readAgenda(db, meeting.id));
  return { meeting: meeting.id, order, items: items.map((c, i) => ({ ...c, position: i + 1 })), roomExits: countRoomExits(items) };
}

/** Saves the order by hand: every dossier at most once, each known to the session (those left out come last). */
export function setAgenda(db: Db, meetingId: number | null | undefined, dossiers: readonly string[], actor: string | null): AgendaView {
  return db.transaction(() => {
    refuseIfLocked(db);
    const meeting = meetingOrLatest(db, meetingId);
    const known = new Set(listDossiers(db).map((d) => d.id));
    const seen = new Set<string>();
    for (const d of dossiers) {
      if (!known.has(d)) throw new AppError('deliberation.unknown_dossier', { dossier: d });
      if (seen.has(d)) throw new AppError('deliberation.agenda_duplicate', { dossier: d });
      seen.add(d);
    }
    replaceAgenda(db, meeting.id, dossiers);
    appendAudit(db, 'agenda.set', { meeting: meeting.id, dossiers }, actor);
    return agendaView(db, meeting.id, 'manual');
  })();
}

export function currentDossierView(db: Db, meetingId: number | null | undefined): CurrentDossierView {
  const meeting = meetingOrLatest(db, meetingId);
  const dossier = meeting.currentDossier;
  return { meeting: meeting.id, dossier, outOfRoom: dossier === null ? [] : listRoomExits(db, meeting.id, dossier) };
}

/**
 * Moves the room to `dossier` (null: none). Those out for the previous dossier come back; the new dossier's recused
 * members who attend leave the room now. Navigation, not a decision: the times are kept in room_exits, not audited.
 */
export function moveToDossier(db: Db, meetingId: number | null | undefined, dossier: string | null, now = new Date().toISOString()): CurrentDossierView {
  return db.transaction(() => {
    refuseIfLocked(db);
    const meeting = meetingOrLatest(db, meetingId);
    if (dossier !== null && !listDossiers(db).some((d) => d.id === dossier)) throw new AppError('deliberation.unknown_dossier', { dossier });
    if (meeting.currentDossier === dossier) return currentDossierView(db, meeting.id);
    if (meeting.currentDossier !== null) closeRoomExits(db, meeting.id, meeting.currentDossier, now);
    if (dossier !== null) {
      const attendance = listAttendance(db, meeting.id);
      const inRoom = (member: string) => attendance.length === 0 || attendance.some((a) => a.member === member && a.status === 'present');
      for (const c of listConflicts(db)) if (c.dossier === dossier && inRoom(c.member)) insertRoomExit(db, meeting.id, dossier, c.member, now);
    }
    storeCurrentDossier(db, meeting.id, dossier);
    return currentDossierView(db, meeting.id);
  })();
}

