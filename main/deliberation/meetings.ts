/**
 * Meetings, their attendance sheet and the quorum (issue 9, « Attendance and quorum »). The sheet is checked whole by
 * the core (checkAttendance) and replaced in one transaction, audited; the quorum is assessed from the session's
 * rules each time it is read.
 */
import { assessQuorum, checkQuorumSettings, type AttendanceEntry, type Guest } from '../../common/deliberation/quorum.ts';
import type { AttendanceRecord, AttendanceView, DeliberationSettings, Meeting } from '../../common/deliberation/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { readDeliberationSettings, writeDeliberationSettings } from '../db/deliberationSettingsRepo.ts';
import {
  deleteMeeting,
  getMeeting,
  insertMeeting,
  latestMeeting,
  listAttendance,
  listGuests,
  meetingInUse,
  replaceAttendance,
  replaceGuests,
  updateMeeting,
  type MeetingFields,
} from '../db/meetingRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { refuseIfLocked } from './lockRule.ts';

/** The meeting named, or the latest one when none is; refused when the session has none. */
export function meetingOrLatest(db: Db, id: number | null | undefined): Meeting {
  const m = id == null ? latestMeeting(db) : getMeeting(db, id);
  if (!m) throw id == null ? new AppError('deliberation.no_meeting') : new AppError('deliberation.unknown_meeting', { meeting: id });
  return m;
}

export function createMeeting(db: Db, fields: MeetingFields, actor: string | null, now = new Date().toISOString()): Meeting {
  return db.transaction(() => {
    refuseIfLocked(db);
    const id = insertMeeting(db, fields, now);
    appendAudit(db, 'meeting.create', { meeting: id, ...fields }, actor);
    return getMeeting(db, id)!;
  })();
}

export function editMeeting(db: Db, id: number, fields: MeetingFields, actor: string | null): Meeting {
  return db.transaction(() => {
    refuseIfLocked(db);
    const before = meetingOrLatest(db, id);
    updateMeeting(db, id, fields);
    appendAudit(db, 'meeting.update', { meeting: id, ...fields, previous: before }, actor);
    return getMeeting(db, id)!;
  })();
}

/** Only a meeting nothing refers to yet (a mistake): one with attendance, votes or decisions stays on file. */
export function removeMeeting(db: Db, id: number, actor: string | null): boolean {
  return db.transaction(() => {
    refuseIfLocked(db);
    const m = meetingOrLatest(db, id);
    if (meetingInUse(db, id)) throw new AppError('deliberation.meeting_in_use', { meeting: id });
    deleteMeeting(db, id);
    appendAudit(db, 'meeting.delete', m, actor);
    return true;
  })();
}

export function attendanceView(db: Db, meetingId: number | null | undefined): AttendanceView {
  const meeting = meetingOrLatest(db, meetingId);
  const entries = listAttendance(db, meeting.id);
  const guests = listGuests(db, meeting.id);
  const quorum = assessQuorum(listMembers(db), entries, guests, readDeliberationSettings(db).quorum);
  return { meeting, entries, guests, quorum };
}

export interface AttendanceSheet {
  entries: (AttendanceEntry & { arrivedAt?: string | null; leftAt?: string | null })[];
  guests?: Guest[];
}

/** Replaces the meeting's sheet (and its guests when given) after the core's checks; one audit entry. */
export function setAttendance(db: Db, meetingId: number | null | undefined, sheet: AttendanceSheet, actor: string | null): AttendanceView {
  return db.transaction(() => {
    refuseIfLocked(db);
    const meeting = meetingOrLatest(db, meetingId);
    const settings = readDeliberationSettings(db).quorum;
    const records: AttendanceRecord[] = sheet.entries.map((e) => ({
      member: e.member,
      status: e.status,
      by: e.by ?? null,
      arrivedAt: e.arrivedAt ?? null,
      leftAt: e.leftAt ?? null,
    }));
    // Throws the first problem, naming the member; nothing is written before it passes.
    const quorum = assessQuorum(listMembers(db), records, sheet.guests ?? listGuests(db, meeting.id), settings);
    const previous = listAttendance(db, meeting.id);
    replaceAttendance(db, meeting.id, records);
    if (sheet.guests) replaceGuests(db, meeting.id, sheet.guests);
    appendAudit(
      db,
      'attendance.set',
      { meeting: meeting.id, entries: records, guests: sheet.guests ?? null, previous, quorum: { counted: quorum.counted, required: quorum.required, met: quorum.met } },
      actor,
    );
    return attendanceView(db, meeting.id);
  })();
}

export function updateDeliberationSettings(db: Db, patch: Partial<DeliberationSettings>, actor: string | null): DeliberationSettings {
  return db.transaction(() => {
    refuseIfLocked(db);
    const before = readDeliberationSettings(db);
    const next: DeliberationSettings = { quorum: patch.quorum ?? before.quorum, votes: patch.votes ?? before.votes };
    checkQuorumSettings(next.quorum);
    writeDeliberationSettings(db, next);
    appendAudit(db, 'deliberation.settings', { ...next, previous: before }, actor);
    return next;
  })();
}
