/** The deliberation methods of the API contract: thin calls into main/deliberation, spread into the api's table. */
import { readFile } from 'node:fs/promises';
import { AppError } from '../../common/result.ts';
import { chainReachesMinutes, minutesAuditAnchor } from '../minutes/auditAnchor.ts';
import type { DeliberationMethod } from '../../common/api/contract.ts';
import type { HandlerTable } from '../apiContext.ts';
import { verifyAuditChain } from '../audit/auditLog.ts';
import { countAudit, listAudit } from '../db/auditRepo.ts';
import { listDecisions, listPromotions } from '../db/decisionRepo.ts';
import { listMotivationPhrases, readDeliberationSettings } from '../db/deliberationSettingsRepo.ts';
import { listPostLockChanges, readLock } from '../db/lockRepo.ts';
import { listMeetings } from '../db/meetingRepo.ts';
import { listDeliberationNotes } from '../db/notesRepo.ts';
import { listVotes } from '../db/voteRepo.ts';
import { SECRETARIAT } from '../scoring/scoreEntry.ts';
import { agendaView, currentDossierView, moveToDossier, setAgenda } from './agenda.ts';
import {
  listWaitingList,
  promotionProposal,
  recordDecisions,
  recordPromotion,
  recordVote,
  setMotivationPhrases,
  type DecisionInput,
} from './decisions.ts';
import { lockSession } from './lock.ts';
import { attendanceView, createMeeting, editMeeting, removeMeeting, setAttendance, updateDeliberationSettings } from './meetings.ts';
import { addNote, editNote, readingNotesFor, removeNote, setReadingNote } from './notes.ts';
import { resultsFile } from './resultsExport.ts';

const fields = <T extends { startsAt?: string | null; endsAt?: string | null; place?: string | null }>(m: T) => ({
  ...m,
  startsAt: m.startsAt ?? null,
  endsAt: m.endsAt ?? null,
  place: m.place ?? null,
});

export const deliberationHandlers: HandlerTable<DeliberationMethod> = {
  meetingsList: (_arg, ctx) => listMeetings(ctx.session.db()),
  meetingCreate: ({ actor, ...m }, ctx) => createMeeting(ctx.session.db(), fields(m), actor ?? ctx.actor),
  meetingUpdate: ({ id, actor, ...m }, ctx) => editMeeting(ctx.session.db(), id, fields(m), actor ?? ctx.actor),
  meetingDelete: ({ id, actor }, ctx) => removeMeeting(ctx.session.db(), id, actor ?? ctx.actor),
  deliberationSettingsGet: (_arg, ctx) => readDeliberationSettings(ctx.session.db()),
  deliberationSettingsSet: ({ actor, ...patch }, ctx) => updateDeliberationSettings(ctx.session.db(), patch, actor ?? ctx.actor),
  attendanceGet: ({ meeting }, ctx) => attendanceView(ctx.session.db(), meeting),
  attendanceSet: ({ meeting, entries, guests, actor }, ctx) => setAttendance(ctx.session.db(), meeting, { entries, guests }, actor ?? ctx.actor),
  agendaGet: ({ meeting, order }, ctx) => agendaView(ctx.session.db(), meeting, order),
  agendaSet: ({ meeting, dossiers, actor }, ctx) => setAgenda(ctx.session.db(), meeting, dossiers, actor ?? ctx.actor),
  currentDossierGet: ({ meeting }, ctx) => currentDossierView(ctx.session.db(), meeting),
  currentDossierSet: ({ meeting, dossier }, ctx) => moveToDossier(ctx.session.db(), meeting, dossier),
  notesList: ({ dossier }, ctx) => listDeliberationNotes(ctx.session.db(), dossier),
  noteAdd: ({ dossier, text, actor }, ctx) => addNote(ctx.session.db(), dossier, text, actor ?? ctx.actor ?? SECRETARIAT),
  noteEdit: ({ id, text, actor }, ctx) => editNote(ctx.session.db(), id, text, actor ?? ctx.actor),
  noteRemove: ({ id, actor }, ctx) => removeNote(ctx.session.db(), id, actor ?? ctx.actor),
  readingNotesGet: ({ viewer, dossier }, ctx) => readingNotesFor(ctx.session.db(), viewer, dossier),
  readingNoteSet: ({ viewer, dossier, text }, ctx) => setReadingNote(ctx.session.db(), viewer, dossier, text),
  votesList: ({ dossier }, ctx) => listVotes(ctx.session.db(), dossier),
  voteRecord: ({ actor, ...req }, ctx) => recordVote(ctx.session.db(), req, actor ?? ctx.actor),
  decisionsList: (_arg, ctx) => listDecisions(ctx.session.db()),
  decisionsRecord: ({ decisions, actor, ...req }, ctx) =>
    recordDecisions(
      ctx.session.db(),
      {
        ...req,
        // A missing motivation reaches the core, which refuses it naming the dossier.
        decisions: decisions.map(
          (d): DecisionInput => ({ ...d, motivation: d.motivation ?? '', conditions: d.conditions ?? null, waitlistPosition: d.waitlistPosition ?? null }),
        ),
      },
      actor ?? ctx.actor,
    ),
  waitingList: (_arg, ctx) => listWaitingList(ctx.session.db()),
  promotionPropose: ({ withdrawn }, ctx) => promotionProposal(ctx.session.db(), withdrawn),
  promotionRecord: ({ withdrawn, reason, actor }, ctx) => recordPromotion(ctx.session.db(), withdrawn, reason, actor ?? ctx.actor),
  promotionsList: (_arg, ctx) => listPromotions(ctx.session.db()),
  motivationPhrasesList: (_arg, ctx) => listMotivationPhrases(ctx.session.db()),
  motivationPhrasesSet: ({ kind, phrases, actor }, ctx) => setMotivationPhrases(ctx.session.db(), kind, phrases, actor ?? ctx.actor),
  lockGet: (_arg, ctx) => readLock(ctx.session.db()),
  sessionLock: async ({ actor }, ctx) => {
    const state = lockSession(ctx.session.db(), actor ?? ctx.actor);
    // The chain's head at the lock, kept outside the file: a chain rewritten afterwards no longer reaches it.
    ctx.session.anchorAudit('lock');
    await ctx.session.backup('lock');
    return state;
  },
  postLockChanges: (_arg, ctx) => listPostLockChanges(ctx.session.db()),
  auditList: (filters, ctx) => listAudit(ctx.session.db(), filters),
  auditVerify: async ({ minutes }, ctx) => {
    const db = ctx.session.db();
    const firstBroken = verifyAuditChain(db);
    const verdict = { entries: countAudit(db), intact: firstBroken === null, firstBroken };
    if (minutes === undefined) return verdict;
    const pdf = await readFile(minutes).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('core.file_unreadable', { path: minutes, detail: error.code ?? error.message });
    });
    const head = await minutesAuditAnchor(pdf);
    return { ...verdict, minutes: { head, reached: head !== null && (await chainReachesMinutes(db, pdf)) } };
  },
  resultsExport: async ({ format }, ctx) => {
    const file = await resultsFile(ctx.session.db(), format);
    ctx.session.anchorAudit('export');
    return file;
  },
};
