/**
 * Notes (issue 9, « Notes, for members and for the room »). Deliberation notes are written in the room by the
 * secretariat, per dossier, and stay editable until the lock; an edit or a removal keeps the earlier text as a
 * version, and every change is audited. A member's reading notes are theirs alone: the core gives them to their
 * author and to no one else (not even the secretariat), and does not copy their text into the shared audit log.
 */
import type { DeliberationNote, ReadingNote } from '../../common/deliberation/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { getDossier } from '../db/dossierRepo.ts';
import {
  deleteReadingNote,
  getDeliberationNote,
  insertDeliberationNote,
  listReadingNotes,
  reviseDeliberationNote,
  upsertReadingNote,
} from '../db/notesRepo.ts';
import { getMemberOrFail } from '../scoring/committee.ts';
import { refuseIfLocked } from './lockRule.ts';

function knownDossier(db: Db, dossier: string): void {
  if (!getDossier(db, dossier)) throw new AppError('deliberation.unknown_dossier', { dossier });
}

function noteOrFail(db: Db, id: number): DeliberationNote {
  const note = getDeliberationNote(db, id);
  if (!note) throw new AppError('deliberation.unknown_note', { note: id });
  return note;
}

export function addNote(db: Db, dossier: string, text: string, author: string, now = new Date().toISOString()): DeliberationNote {
  return db.transaction(() => {
    refuseIfLocked(db);
    knownDossier(db, dossier);
    const id = insertDeliberationNote(db, dossier, author, text, now);
    appendAudit(db, 'note.add', { note: id, dossier, text }, author);
    return noteOrFail(db, id);
  })();
}

export function editNote(db: Db, id: number, text: string, actor: string | null, now = new Date().toISOString()): DeliberationNote {
  return db.transaction(() => {
    refuseIfLocked(db);
    const before = noteOrFail(db, id);
    if (before.text === text) return before;
    reviseDeliberationNote(db, id, { text }, actor, now);
    appendAudit(db, 'note.edit', { note: id, dossier: before.dossier, text, previous: before.text }, actor);
    return noteOrFail(db, id);
  })();
}

export function removeNote(db: Db, id: number, actor: string | null, now = new Date().toISOString()): boolean {
  return db.transaction(() => {
    refuseIfLocked(db);
    const before = noteOrFail(db, id);
    reviseDeliberationNote(db, id, { deleted: true }, actor, now);
    appendAudit(db, 'note.remove', { note: id, dossier: before.dossier, previous: before.text }, actor);
    return true;
  })();
}

/** The viewer's own reading notes (all, or one dossier's); the secretariat (null) has none to see. */
export function readingNotesFor(db: Db, viewer: string | null, dossier?: string): ReadingNote[] {
  if (viewer === null) return [];
  getMemberOrFail(db, viewer);
  const notes = listReadingNotes(db, viewer);
  return dossier === undefined ? notes : notes.filter((n) => n.dossier === dossier);
}

/** Writes the viewer's reading note on a dossier; an empty text removes it. Returns the viewer's notes. */
export function setReadingNote(db: Db, viewer: string, dossier: string, text: string, now = new Date().toISOString()): ReadingNote[] {
  return db.transaction(() => {
    getMemberOrFail(db, viewer);
    knownDossier(db, dossier);
    if (text.trim() === '') deleteReadingNote(db, viewer, dossier);
    else upsertReadingNote(db, { member: viewer, dossier, text, updatedAt: now });
    return listReadingNotes(db, viewer);
  })();
}
