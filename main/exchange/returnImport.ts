/**
 * Importing a member's score return into the secretariat's session. Everything is checked before anything is
 * written: the file is a return as Comitia writes it, made for this session, from a package this session issued,
 * signed by that package's key, in the name of the member the package was made for. Then, in one transaction:
 * - the same return again, or an older one (lower sequence) after a newer, changes nothing;
 * - declarations of conflict are recorded first, so the scores of a pair they recuse are kept apart
 *   (withheld_scores), never counted;
 * - each score is new, updated, unchanged, or in conflict when the session's own value was entered after the return
 *   was made: then the session keeps its value and both are recorded until the secretariat chooses (resolveConflict);
 * - the member's reading notes (private to them) are taken when newer than the session's note on that dossier, never
 *   on a dossier the member is recused from; their text is not copied into the audit log (main/deliberation/notes.ts);
 * - every applied change is audited.
 */
import { createHash } from 'node:crypto';
import type { ReadingNotesReport, ReturnConflict, ReturnImportReport } from '../../common/exchange/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { getConflict, upsertConflict } from '../db/conflictsRepo.ts';
import {
  getIssuedPackage,
  getReturnConflict,
  insertImportedReturn,
  isReturnImported,
  newestReturnSequence,
  readSessionUuid,
  upsertReturnConflict,
  upsertWithheldScore,
} from '../db/exchangeRepo.ts';
import { listReadingNotes, upsertReadingNote } from '../db/notesRepo.ts';
import { getScore, upsertScore } from '../db/scoresRepo.ts';
import { scoreChecker } from '../scoring/scoreRules.ts';
import { setScore, SECRETARIAT } from '../scoring/scoreEntry.ts';
import { refuseInMemberMode } from './memberMode.ts';
import { readInputFile } from './packageOpen.ts';
import { readReturn, type ReturnBody } from './returnFile.ts';

/** Checks the return and names the package it comes from; throws, with nothing written, when it is refused. */
function checkedReturn(db: Db, bytes: Uint8Array, path: string): ReturnBody & { publicKey: string } {
  const read = readReturn(bytes, path);
  const { body } = read;
  if (body.sessionUuid !== readSessionUuid(db)) throw new AppError('exchange.return_other_session', { path });
  const issued = getIssuedPackage(db, body.packageId);
  if (!issued) throw new AppError('exchange.return_unknown_package', { path });
  if (!read.signedBy(issued.publicKey)) throw new AppError('exchange.return_bad_signature', { path });
  if (body.member !== issued.member) throw new AppError('exchange.return_other_member', { path, member: body.member, expected: issued.member });
  return { ...body, publicKey: issued.publicKey };
}

const sameComment = (a: string | null | undefined, b: string | null | undefined) => (a ?? null) === (b ?? null);

/** Takes the return's reading notes where they are newer than the session's (same rule as a return's scores). */
function importReadingNotes(db: Db, body: ReturnBody, dossiers: ReadonlySet<string>, recused: ReadonlySet<string>): ReadingNotesReport {
  const counts: ReadingNotesReport = { new: 0, updated: 0, unchanged: 0, skipped: 0 };
  const current = new Map(listReadingNotes(db, body.member).map((n) => [n.dossier, n]));
  for (const n of body.readingNotes) {
    if (!dossiers.has(n.dossier) || recused.has(n.dossier)) {
      counts.skipped += 1;
      continue;
    }
    const mine = current.get(n.dossier);
    if (mine && (mine.text === n.text || mine.updatedAt >= n.at)) {
      counts.unchanged += 1;
      continue;
    }
    upsertReadingNote(db, { member: body.member, dossier: n.dossier, text: n.text, updatedAt: n.at });
    if (mine) counts.updated += 1;
    else counts.new += 1;
  }
  return counts;
}

export function importReturn(db: Db, path: string, actor: string | null, now = new Date().toISOString()): ReturnImportReport {
  refuseInMemberMode(db, 'exchange.member_mode_no_import');
  const bytes = readInputFile(path);
  const body = checkedReturn(db, bytes, path);
  const report: ReturnImportReport = {
    status: 'applied',
    returnId: body.returnId,
    member: body.member,
    sequence: body.sequence,
    new: 0,
    updated: 0,
    unchanged: 0,
    conflicts: [],
    declarations: 0,
    withheld: 0,
    ignored: [],
    readingNotes: { new: 0, updated: 0, unchanged: 0, skipped: 0 },
  };
  const untouched = { unchanged: body.scores.length, readingNotes: { ...report.readingNotes, unchanged: body.readingNotes.length } };
  if (isReturnImported(db, body.returnId)) return { ...report, status: 'replay', ...untouched };
  if (body.sequence <= newestReturnSequence(db, body.packageId)) return { ...report, status: 'stale', ...untouched };
  const who = actor ?? SECRETARIAT;
  const member = body.member;
  return db.transaction((): ReturnImportReport => {
    // The return is recorded first: the conflicts and withheld scores below refer to it.
    insertImportedReturn(db, {
      returnId: body.returnId,
      packageId: body.packageId,
      sequence: body.sequence,
      createdAt: body.createdAt,
      importedAt: now,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      report: {},
    });
    const dossiers = new Set(db.prepare('SELECT id FROM dossiers').pluck().all() as string[]);
    for (const d of body.declarations) {
      if (!dossiers.has(d.dossier)) continue;
      if (getConflict(db, member, d.dossier)) continue;
      const conflict = { member, dossier: d.dossier, reason: d.reason, declaredAt: d.at };
      upsertConflict(db, conflict);
      appendAudit(db, 'conflict.declare', { ...conflict, previousReason: null, returnId: body.returnId }, who);
      report.declarations += 1;
    }
    const checker = scoreChecker(db);
    // Read after the declarations above: a pair they recuse is kept apart like one recused before.
    const recused = new Set(db.prepare('SELECT dossier_id FROM conflicts WHERE member_id = ?').pluck().all(member) as string[]);
    for (const s of body.scores) {
      if (recused.has(s.dossier)) {
        upsertWithheldScore(db, { member, ...s, returnId: body.returnId });
        appendAudit(db, 'return.withheld', { member, ...s, returnId: body.returnId }, who);
        report.withheld += 1;
        continue;
      }
      const verdict = checker.check(member, s.dossier, s.criterion, s.value);
      if (!verdict.ok) {
        report.ignored.push({ dossier: s.dossier, criterion: s.criterion, code: verdict.problem.code, params: { ...verdict.problem.params } });
        continue;
      }
      // The value as the session's scale stores it (a value within 1e-9 of a level is that level).
      s.value = verdict.value;
      const current = getScore(db, member, s.dossier, s.criterion);
      if (current && current.value === s.value && sameComment(current.comment, s.comment)) {
        report.unchanged += 1;
        continue;
      }
      if (current && current.updatedAt > body.createdAt) {
        const conflict: ReturnConflict = {
          member,
          dossier: s.dossier,
          criterion: s.criterion,
          returnId: body.returnId,
          sessionValue: current.value,
          sessionComment: current.comment,
          sessionAt: current.updatedAt,
          returnValue: s.value,
          returnComment: s.comment,
          returnAt: s.at,
          status: 'open',
          resolvedAt: null,
          resolvedBy: null,
        };
        upsertReturnConflict(db, conflict);
        appendAudit(db, 'return.conflict', conflict, who);
        report.conflicts.push(conflict);
        continue;
      }
      // The member typed it: the score keeps its author and the time it was typed on the member's computer.
      upsertScore(db, { member, dossier: s.dossier, criterion: s.criterion, value: s.value, comment: s.comment, enteredBy: member, updatedAt: s.at });
      appendAudit(
        db,
        'score.set',
        { member, dossier: s.dossier, criterion: s.criterion, value: s.value, comment: s.comment, previous: current && { value: current.value, comment: current.comment }, returnId: body.returnId },
        who,
      );
      if (current) report.updated += 1;
      else report.new += 1;
    }
    report.readingNotes = importReadingNotes(db, body, dossiers, recused);
    db.prepare('UPDATE imported_returns SET report = ? WHERE return_id = ?').run(JSON.stringify(report), body.returnId);
    appendAudit(
      db,
      'return.import',
      { returnId: body.returnId, packageId: body.packageId, member, sequence: body.sequence, auditHead: body.auditHead, new: report.new, updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts.length, declarations: report.declarations, withheld: report.withheld, ignored: report.ignored.length, readingNotes: report.readingNotes },
      who,
    );
    return report;
  })();
}

/** The secretariat's choice on a discrepancy: take the member's value (a score set like any other) or keep the session's. */
export function resolveConflict(
  db: Db,
  ref: { member: string; dossier: string; criterion: string; keep: 'member' | 'session' },
  actor: string | null,
  now = new Date().toISOString(),
): ReturnConflict {
  return db.transaction((): ReturnConflict => {
    const conflict = getReturnConflict(db, ref.member, ref.dossier, ref.criterion);
    const names = { member: ref.member, dossier: ref.dossier, criterion: ref.criterion };
    if (!conflict) throw new AppError('exchange.conflict_missing', names);
    if (conflict.status !== 'open') throw new AppError('exchange.conflict_closed', names);
    const who = actor ?? SECRETARIAT;
    if (ref.keep === 'member') {
      setScore(db, { member: ref.member, dossier: ref.dossier, criterion: ref.criterion, value: conflict.returnValue, comment: conflict.returnComment, enteredBy: ref.member }, now);
    }
    const settled: ReturnConflict = { ...conflict, status: ref.keep, resolvedAt: now, resolvedBy: who };
    upsertReturnConflict(db, settled);
    appendAudit(db, 'return.conflict_resolve', { ...names, keep: ref.keep, returnId: conflict.returnId }, who);
    return settled;
  })();
}
