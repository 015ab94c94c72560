/** Meetings of a session, with their attendance sheet, guests and the recused members' room exits. */
import type { Guest } from '../../common/deliberation/quorum.ts';
import type { AttendanceRecord, Meeting, MeetingKind, RoomExit } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

const MEETING_COLUMNS = `id, date, starts_at AS startsAt, ends_at AS endsAt, place, kind, current_dossier_id AS currentDossier`;

export interface MeetingFields {
  date: string;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  kind: MeetingKind;
}

export function listMeetings(db: Db): Meeting[] {
  return db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings ORDER BY date, id`).all() as Meeting[];
}

export function getMeeting(db: Db, id: number): Meeting | null {
  return (db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = ?`).get(id) as Meeting | undefined) ?? null;
}

/** The meeting held last (latest date, then latest created): the one a command without `--meeting` means. */
export function latestMeeting(db: Db): Meeting | null {
  return (db.prepare(`SELECT ${MEETING_COLUMNS} FROM meetings ORDER BY date DESC, id DESC LIMIT 1`).get() as Meeting | undefined) ?? null;
}

export function insertMeeting(db: Db, m: MeetingFields, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO meetings (date, starts_at, ends_at, place, kind, created_at) VALUES (@date, @startsAt, @endsAt, @place, @kind, @now)')
      .run({ ...m, now }).lastInsertRowid,
  );
}

export function updateMeeting(db: Db, id: number, m: MeetingFields): void {
  db.prepare('UPDATE meetings SET date = @date, starts_at = @startsAt, ends_at = @endsAt, place = @place, kind = @kind WHERE id = @id').run({ ...m, id });
}

export function deleteMeeting(db: Db, id: number): void {
  db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
}

/** Whether anything decisive or planned refers to the meeting (then it is not deleted). */
export function meetingInUse(db: Db, id: number): boolean {
  return ['attendance', 'meeting_guests', 'agenda', 'room_exits', 'votes', 'decisions'].some(
    (table) => db.prepare(`SELECT 1 FROM ${table} WHERE meeting_id = ? LIMIT 1`).get(id) !== undefined,
  );
}

export function setCurrentDossier(db: Db, meeting: number, dossier: string | null): void {
  db.prepare('UPDATE meetings SET current_dossier_id = ? WHERE id = ?').run(dossier, meeting);
}

export function listAttendance(db: Db, meeting: number): AttendanceRecord[] {
  return db
    .prepare(
      `SELECT a.member_id AS member, a.status, a.represented_by AS "by", a.arrived_at AS arrivedAt, a.left_at AS leftAt
       FROM attendance a JOIN members m ON m.id = a.member_id WHERE a.meeting_id = ? ORDER BY m.position, m.id`,
    )
    .all(meeting) as AttendanceRecord[];
}

export function replaceAttendance(db: Db, meeting: number, entries: readonly AttendanceRecord[]): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meeting);
  const insert = db.prepare(
    `INSERT INTO attendance (meeting_id, member_id, status, represented_by, arrived_at, left_at)
     VALUES (@meeting, @member, @status, @by, @arrivedAt, @leftAt)`,
  );
  for (const e of entries) insert.run({ meeting, ...e });
}

export function listGuests(db: Db, meeting: number): Guest[] {
  return db.prepare('SELECT name, institution FROM meeting_guests WHERE meeting_id = ? ORDER BY position').all(meeting) as Guest[];
}

export function replaceGuests(db: Db, meeting: number, guests: readonly Guest[]): void {
  db.prepare('DELETE FROM meeting_guests WHERE meeting_id = ?').run(meeting);
  const insert = db.prepare('INSERT INTO meeting_guests (meeting_id, name, institution, position) VALUES (?, ?, ?, ?)');
  guests.forEach((g, i) => insert.run(meeting, g.name, g.institution, i));
}

export function listRoomExits(db: Db, meeting: number, dossier: string): RoomExit[] {
  return db
    .prepare(
      `SELECT member_id AS member, left_at AS leftAt, returned_at AS returnedAt FROM room_exits
       WHERE meeting_id = ? AND dossier_id = ? ORDER BY id`,
    )
    .all(meeting, dossier) as RoomExit[];
}

export function insertRoomExit(db: Db, meeting: number, dossier: string, member: string, at: string): void {
  db.prepare('INSERT INTO room_exits (meeting_id, dossier_id, member_id, left_at) VALUES (?, ?, ?, ?)').run(meeting, dossier, member, at);
}

/** Everyone still out for that dossier comes back in. */
export function closeRoomExits(db: Db, meeting: number, dossier: string, at: string): void {
  db.prepare('UPDATE room_exits SET returned_at = ? WHERE meeting_id = ? AND dossier_id = ? AND returned_at IS NULL').run(at, meeting, dossier);
}
