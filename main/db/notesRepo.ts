/** Deliberation notes with their edit history, and members' reading notes (private to their author). */
import type { DeliberationNote, NoteVersion, ReadingNote } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

interface NoteRow {
  id: number;
  dossier: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  text: string;
}

const NOTE_COLUMNS = 'id, dossier_id AS dossier, author, created_at AS createdAt, updated_at AS updatedAt, text';

function withHistory(db: Db, row: NoteRow): DeliberationNote {
  const history = db
    .prepare('SELECT version, text, edited_by AS editedBy, edited_at AS editedAt FROM deliberation_note_versions WHERE note_id = ? ORDER BY version')
    .all(row.id) as NoteVersion[];
  return { ...row, history };
}

/** The notes still in force (removed ones keep their history but are not listed), by dossier then time. */
export function listDeliberationNotes(db: Db, dossier?: string): DeliberationNote[] {
  const rows = (
    dossier === undefined
      ? db.prepare(`SELECT ${NOTE_COLUMNS} FROM deliberation_notes WHERE deleted_at IS NULL ORDER BY dossier_id, created_at, id`).all()
      : db.prepare(`SELECT ${NOTE_COLUMNS} FROM deliberation_notes WHERE deleted_at IS NULL AND dossier_id = ? ORDER BY created_at, id`).all(dossier)
  ) as NoteRow[];
  return rows.map((r) => withHistory(db, r));
}

export function getDeliberationNote(db: Db, id: number): DeliberationNote | null {
  const row = db.prepare(`SELECT ${NOTE_COLUMNS} FROM deliberation_notes WHERE id = ? AND deleted_at IS NULL`).get(id) as NoteRow | undefined;
  return row ? withHistory(db, row) : null;
}

export function insertDeliberationNote(db: Db, dossier: string, author: string, text: string, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO deliberation_notes (dossier_id, author, created_at, updated_at, text) VALUES (?, ?, ?, ?, ?)')
      .run(dossier, author, now, now, text).lastInsertRowid,
  );
}

/** Keeps the note's current text as its next version, then replaces it (or marks the note removed). */
export function reviseDeliberationNote(db: Db, id: number, change: { text: string } | { deleted: true }, editedBy: string | null, now: string): void {
  const current = db.prepare('SELECT text, updated_at FROM deliberation_notes WHERE id = ?').get(id) as { text: string; updated_at: string };
  const version = (db.prepare('SELECT coalesce(max(version), 0) FROM deliberation_note_versions WHERE note_id = ?').pluck().get(id) as number) + 1;
  db.prepare('INSERT INTO deliberation_note_versions (note_id, version, text, edited_by, edited_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    version,
    current.text,
    editedBy,
    current.updated_at,
  );
  if ('text' in change) db.prepare('UPDATE deliberation_notes SET text = ?, updated_at = ? WHERE id = ?').run(change.text, now, id);
  else db.prepare('UPDATE deliberation_notes SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

export function listReadingNotes(db: Db, member: string): ReadingNote[] {
  return db
    .prepare('SELECT member_id AS member, dossier_id AS dossier, text, updated_at AS updatedAt FROM reading_notes WHERE member_id = ? ORDER BY dossier_id')
    .all(member) as ReadingNote[];
}

export function upsertReadingNote(db: Db, note: ReadingNote): void {
  db.prepare(
    `INSERT INTO reading_notes (member_id, dossier_id, text, updated_at) VALUES (@member, @dossier, @text, @updatedAt)
     ON CONFLICT (member_id, dossier_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(note);
}

export function deleteReadingNote(db: Db, member: string, dossier: string): boolean {
  return db.prepare('DELETE FROM reading_notes WHERE member_id = ? AND dossier_id = ?').run(member, dossier).changes > 0;
}
