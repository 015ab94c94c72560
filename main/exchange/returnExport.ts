/**
 * "Exporter mes notes": the member's scoring file writes a signed return with all of the member's scores, comments,
 * declarations of conflict and reading notes, each with its time, a sequence number taken from the file (stored before the file
 * is written, so it only grows), the session's and member's identities and the head of the file's audit chain.
 */
import { randomUUID } from 'node:crypto';
import type { ReturnWritten } from '../../common/exchange/records.ts';
import { appendAudit, auditHead } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import { takeReturnSequence } from '../db/exchangeRepo.ts';
import { listReadingNotes } from '../db/notesRepo.ts';
import { scoresOfMember } from '../db/scoresRepo.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { requireMemberMode } from './memberMode.ts';
import { writeReturn, type ReturnBody } from './returnFile.ts';

export function exportReturn(db: Db, out: string, now = new Date().toISOString()): ReturnWritten {
  const mode = requireMemberMode(db);
  const body = db.transaction((): ReturnBody => {
    const sequence = takeReturnSequence(db);
    const returnId = randomUUID();
    const scores = scoresOfMember(db, mode.member).map((s) => ({
      dossier: s.dossier,
      criterion: s.criterion,
      value: s.value,
      comment: s.comment,
      at: s.updatedAt,
    }));
    const declarations = listConflicts(db)
      .filter((c) => c.member === mode.member)
      .map((c) => ({ dossier: c.dossier, reason: c.reason, at: c.declaredAt }));
    const readingNotes = listReadingNotes(db, mode.member).map((n) => ({ dossier: n.dossier, text: n.text, at: n.updatedAt }));
    // A count only: a reading note's text is not copied into the audit log (main/deliberation/notes.ts).
    appendAudit(db, 'return.export', { returnId, sequence, scores: scores.length, declarations: declarations.length, readingNotes: readingNotes.length }, mode.member);
    return {
      returnId,
      sessionUuid: mode.sessionUuid,
      packageId: mode.packageId,
      member: mode.member,
      sequence,
      createdAt: now,
      auditHead: auditHead(db),
      scores,
      declarations,
      readingNotes,
    };
  })();
  writeFileAtomic(out, writeReturn(body, mode.privateKey));
  return {
    returnId: body.returnId,
    out,
    sequence: body.sequence,
    createdAt: body.createdAt,
    scores: body.scores.length,
    declarations: body.declarations.length,
    readingNotes: body.readingNotes.length,
  };
}
