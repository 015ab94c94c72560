/**
 * Deliberation through the one entrance (issue 9): a meeting taken through attendance and quorum, dossiers decided
 * with votes (a recused member's vote refused), the waiting list and a promotion, notes, the agenda, the lock and the
 * post-lock rule, the audit chain, the results export read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaView, AttendanceView, AuditPage, AuditVerification, CurrentDossierView, DeliberationNote, LockState, PostLockChange, PromotionRecord, ReadingNote, ResultsFile, StoredDecision } from '../../../common/deliberation/records.ts';
import type { Promotion } from '../../../common/deliberation/decisions.ts';
import type { BackupEntry } from '../../../common/domain/backups.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';
import type { Result } from '../../../common/result.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { GRID, scoringSession, tempDir } from '../scoring/fixture.ts';

let api: Api;
let session: CurrentSession;
let dir: string;

const call = (name: string, arg: unknown) => api.invoke(name, arg);
const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${errorText(r.error)}`);
  return r.value as T;
};
const refused = (r: Result<unknown>) => (r.ok ? null : r.error.code);
const count = (table: string) => session.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const audits = (action: string) => session.db().prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;

const ALL_PRESENT = [
  { member: 'chair', status: 'present' },
  { member: 'asc', status: 'present' },
  { member: 'cuf', status: 'present' },
  { member: 'idf', status: 'present' },
];
const motivated = (dossier: string, decision: string, extra: object = {}) => ({ dossier, decision, motivation: `Motivation ${dossier}`, ...extra });

beforeAll(async () => {
  dir = tempDir();
  const path = await scoringSession(dir);
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  value(await call('sessionOpen', { path }));
  for (const [member, dossier] of [['cuf', 'D1'], ['cuf', 'D4'], ['asc', 'D2']]) {
    value(await call('conflictSet', { member, dossier, reason: 'Élu de la collectivité' }));
  }
  for (const member of ['chair', 'asc', 'cuf']) {
    for (let d = 1; d <= 6; d += 1) {
      const recused = (member === 'cuf' && (d === 1 || d === 4)) || (member === 'asc' && d === 2);
      if (recused) continue;
      for (const c of GRID.criteria) value(await call('scoreSet', { member, dossier: `D${d}`, criterion: c.id, value: (d + member.length) % 4 }));
    }
  }
});
afterAll(() => session.close());

describe('a meeting taken through attendance and quorum', () => {
  it('refuses decisions without a meeting, then creates one', async () => {
    expect(refused(await call('decisionsRecord', { decisions: [motivated('D6', 'ajourne')] }))).toBe('deliberation.no_meeting');
    const m = value<{ id: number; kind: string }>(await call('meetingCreate', { date: '2022-05-12', startsAt: '14:00', place: 'Paris, MEAE', kind: 'hybrid' }));
    expect(m).toMatchObject({ id: 1, kind: 'hybrid' });
    expect(audits('meeting.create')).toBe(1);
  });

  it('refuses an invalid sheet whole, naming the member, and leaves the sheet unchanged', async () => {
    const r = await call('attendanceSet', { entries: [{ member: 'chair', status: 'excused' }, { member: 'asc', status: 'represented', by: 'chair' }] });
    expect(refused(r)).toBe('deliberation.proxy_holder_absent');
    expect(!r.ok && errorText(r.error)).toContain('asc');
    expect(count('attendance')).toBe(0);
  });

  it('below quorum, refuses a decision unless the chair overrides with a reason, and records the override', async () => {
    const view = value<AttendanceView>(
      await call('attendanceSet', { entries: [{ member: 'chair', status: 'present' }, { member: 'asc', status: 'excused' }, { member: 'cuf', status: 'absent' }] }),
    );
    expect(view.quorum).toMatchObject({ votingMembers: 3, counted: 1, required: 2, met: false });
    expect(audits('attendance.set')).toBe(1);
    expect(refused(await call('decisionsRecord', { decisions: [motivated('D6', 'ajourne')] }))).toBe('deliberation.quorum_not_met');
    expect(refused(await call('decisionsRecord', { decisions: [motivated('D6', 'ajourne')], quorumOverride: { reason: 'Urgence du calendrier' }, actor: 'asc' }))).toBe(
      'deliberation.override_not_chair',
    );
    const r = value<{ decisions: StoredDecision[] }>(
      await call('decisionsRecord', { decisions: [motivated('D6', 'ajourne')], quorumOverride: { reason: 'Urgence du calendrier' } }),
    );
    expect(r.decisions[0]).toMatchObject({ dossier: 'D6', decision: 'ajourne', quorumOverride: { by: 'chair', reason: 'Urgence du calendrier' } });
    const logged = value<AuditPage>(await call('auditList', { actionPrefix: 'decision.', dossier: 'D6' }));
    expect(logged.entries).toHaveLength(1);
    expect(logged.entries[0]!.payload).toMatchObject({ quorumOverride: { by: 'chair' }, quorum: { met: false } });
  });

  it('with everyone present the quorum is met', async () => {
    const view = value<AttendanceView>(await call('attendanceSet', { entries: ALL_PRESENT, guests: [{ name: 'Claire Martin', institution: 'France Volontaires' }] }));
    expect(view.quorum).toMatchObject({ counted: 3, required: 2, met: true, nonVotingPresent: 1, guests: 1 });
    expect(value<AttendanceView>(await call('attendanceGet', {})).guests).toEqual([{ name: 'Claire Martin', institution: 'France Volontaires' }]);
  });
});

describe('the agenda and the room', () => {
  it('groups the dossiers so that recused members leave the room fewer times, and keeps a manual order', async () => {
    const byRank = value<AgendaView>(await call('agendaGet', { order: 'rank' }));
    const grouped = value<AgendaView>(await call('agendaGet', { order: 'grouped' }));
    expect(grouped.items.map((i) => i.dossier).sort()).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(grouped.roomExits).toBeLessThanOrEqual(byRank.roomExits);
    // cuf's two dossiers follow each other: cuf goes out once.
    const order = grouped.items.map((i) => i.dossier);
    expect(Math.abs(order.indexOf('D1') - order.indexOf('D4'))).toBe(1);
    expect(grouped.roomExits).toBe(2);
    const contested = value<AgendaView>(await call('agendaGet', { order: 'contested' }));
    const spreads = contested.items.filter((i) => !i.divergent).map((i) => i.spread ?? -1);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    value(await call('agendaSet', { dossiers: ['D3', 'D1'] }));
    expect(value<AgendaView>(await call('agendaGet', {})).items.map((i) => i.dossier).slice(0, 2)).toEqual(['D3', 'D1']);
    expect(refused(await call('agendaSet', { dossiers: ['D3', 'D3'] }))).toBe('deliberation.agenda_duplicate');
  });

  it('shows the recused members out of the room for the current dossier, and brings them back after', async () => {
    const changes: string[][] = [];
    const stop = api.events.listen((e) => {
      if (e.kind === 'change') changes.push([...e.change.topics]);
    });
    const at = value<CurrentDossierView>(await call('currentDossierSet', { dossier: 'D1' }));
    expect(at.outOfRoom).toEqual([{ member: 'cuf', leftAt: expect.any(String), returnedAt: null }]);
    value(await call('currentDossierSet', { dossier: 'D5' }));
    const back = session.db().prepare("SELECT returned_at FROM room_exits WHERE dossier_id = 'D1'").pluck().get();
    expect(back).toEqual(expect.any(String));
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(changes.flat()).toContain('agenda');
  });
});

describe('votes and decisions', () => {
  it('refuses a whole set when a recused member votes, and records nothing of it', async () => {
    const before = count('decisions');
    const r = await call('decisionsRecord', {
      decisions: [
        motivated('D2', 'retenu'),
        motivated('D1', 'retenu', { ballot: { kind: 'members', votes: [{ member: 'chair', choice: 'pour' }, { member: 'cuf', choice: 'pour' }] } }),
      ],
    });
    expect(refused(r)).toBe('deliberation.recused_vote');
    expect(!r.ok && errorText(r.error)).toBe("cuf a déclaré un conflit d'intérêts pour le dossier D1 : il ne peut pas voter");
    expect(count('decisions')).toBe(before);
    expect(count('votes')).toBe(0);
  });

  it('refuses a missing motivation and an unknown dossier', async () => {
    expect(refused(await call('decisionsRecord', { decisions: [{ dossier: 'D2', decision: 'retenu', motivation: '  ' }] }))).toBe('deliberation.motivation_missing');
    expect(refused(await call('decisionsRecord', { decisions: [motivated('D404', 'retenu')] }))).toBe('deliberation.unknown_dossier');
  });

  it('records three dossiers with their votes, the recused member out of the count', async () => {
    const r = value<{ decisions: StoredDecision[]; votes: { dossier: string; outcome: string; counts: object }[] }>(
      await call('decisionsRecord', {
        decisions: [
          motivated('D1', 'retenu', { ballot: { kind: 'members', votes: [{ member: 'chair', choice: 'pour' }, { member: 'asc', choice: 'pour' }] } }),
          motivated('D2', 'retenu_sous_reserve', { conditions: 'Convention signée avant juin', ballot: { kind: 'counts', counts: { pour: 2, contre: 0, abstention: 0 } } }),
          motivated('D3', 'liste_attente', { waitlistPosition: 1 }),
          motivated('D4', 'liste_attente', { waitlistPosition: 2 }),
          motivated('D5', 'non_retenu', { motivation: '=HYPERLINK("http://example.org","clic")' }),
        ],
      }),
    );
    expect(r.decisions.map((d) => d.decision)).toEqual(['retenu', 'retenu_sous_reserve', 'liste_attente', 'liste_attente', 'non_retenu']);
    expect(r.votes.map((v) => [v.dossier, v.outcome])).toEqual([['D1', 'adopted'], ['D2', 'adopted']]);
    // Three votes on D2 would include asc's, who is recused for it.
    expect(refused(await call('voteRecord', { dossier: 'D2', ballot: { kind: 'counts', counts: { pour: 3, contre: 0, abstention: 0 } } }))).toBe('deliberation.too_many_votes');
    expect(audits('decision.record')).toBe(6);
    expect(audits('vote.record')).toBe(2);
  });

  it('refuses a waiting-list position already given', async () => {
    expect(refused(await call('decisionsRecord', { decisions: [motivated('D6', 'liste_attente', { waitlistPosition: 2 })] }))).toBe('deliberation.waitlist_position_taken');
  });

  it('proposes the first on the waiting list when a selected applicant withdraws, and records the promotion', async () => {
    expect(value<StoredDecision[]>(await call('waitingList', {})).map((d) => d.dossier)).toEqual(['D3', 'D4']);
    expect(value<Promotion>(await call('promotionPropose', { withdrawn: 'D1' }))).toMatchObject({ promoted: 'D3', fromPosition: 1, waitingList: [{ dossier: 'D4', position: 1 }] });
    expect(refused(await call('promotionPropose', { withdrawn: 'D5' }))).toBe('deliberation.not_selected');
    const p = value<PromotionRecord>(await call('promotionRecord', { withdrawn: 'D1', reason: 'Désistement de la commune D1 par courrier du 2 juin' }));
    expect(p).toMatchObject({ withdrawn: 'D1', promoted: 'D3', fromPosition: 1 });
    const decisions = value<StoredDecision[]>(await call('decisionsList', {}));
    expect(decisions.find((d) => d.dossier === 'D3')).toMatchObject({ decision: 'retenu', waitlistPosition: null });
    expect(decisions.find((d) => d.dossier === 'D4')).toMatchObject({ decision: 'liste_attente', waitlistPosition: 1 });
    expect(decisions.find((d) => d.dossier === 'D1')!.withdrawnAt).toEqual(expect.any(String));
    expect(value<PromotionRecord[]>(await call('promotionsList', {}))).toHaveLength(1);
    expect(audits('decision.promote')).toBe(1);
  });

  it('keeps motivation phrases per decision kind', async () => {
    value(await call('motivationPhrasesSet', { kind: 'non_retenu', phrases: ['Projet insuffisamment abouti', ' '] }));
    expect(value(await call('motivationPhrasesList', {}))).toEqual([{ kind: 'non_retenu', phrases: ['Projet insuffisamment abouti'] }]);
  });
});

describe('notes', () => {
  it("gives a member's reading notes to their author only", async () => {
    value(await call('readingNoteSet', { viewer: 'asc', dossier: 'D3', text: 'Budget à vérifier' }));
    expect(value<ReadingNote[]>(await call('readingNotesGet', { viewer: 'asc' })).map((n) => n.text)).toEqual(['Budget à vérifier']);
    expect(value(await call('readingNotesGet', { viewer: 'cuf' }))).toEqual([]);
    expect(value(await call('readingNotesGet', { viewer: null }))).toEqual([]);
    // Nor does the shared audit log carry its text.
    expect(session.db().prepare("SELECT count(*) FROM audit_log WHERE payload LIKE '%Budget à vérifier%'").pluck().get()).toBe(0);
  });

  it('keeps the history of a deliberation note', async () => {
    const note = value<DeliberationNote>(await call('noteAdd', { dossier: 'D2', text: 'Le comité demande **la convention**.' }));
    expect(note).toMatchObject({ author: 'secretariat', history: [] });
    const edited = value<DeliberationNote>(await call('noteEdit', { id: note.id, text: 'Le comité demande la convention signée.' }));
    expect(edited.text).toBe('Le comité demande la convention signée.');
    expect(edited.history).toEqual([{ version: 1, text: 'Le comité demande **la convention**.', editedBy: null, editedAt: note.updatedAt }]);
    expect(audits('note.add') + audits('note.edit')).toBe(2);
  });
});

describe('the results export', () => {
  it('writes the decisions as CSV and XLSX, a formula neutralised', async () => {
    const csvFile = value<ResultsFile>(await call('resultsExport', { format: 'csv' }));
    const csv = Buffer.from(csvFile.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[0]).toBe("\uFEFFDossier,Collectivité,Rang,Valeur normalisée,Valeur brute,Décision,Conditions,Position sur la liste d'attente,Motivation,Décidé le,Désistement le");
    const d5 = csv.split('\r\n').find((l) => l.startsWith('D5,'))!;
    expect(d5).toContain(`"'=HYPERLINK(""http://example.org"",""clic"")"`);
    expect(csv).toContain('retenu sous réserve');

    const xlsxFile = value<ResultsFile>(await call('resultsExport', { format: 'xlsx' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsxFile.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const motivation = rows.find((r) => r[0] === 'D5')![8];
    expect(motivation).toBe('\'=HYPERLINK("http://example.org","clic")');
    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
    expect(typeof rows.find((r) => r[0] === 'D2')![2]).toBe('number');
  });
});

describe('the lock', () => {
  it('locks on the chair’s authority, anchors and backs up the session', async () => {
    expect(refused(await call('sessionLock', { actor: 'asc' }))).toBe('deliberation.lock_not_chair');
    const state = value<LockState>(await call('sessionLock', {}));
    expect(state).toMatchObject({ locked: true, lockedBy: 'chair' });
    expect(value<BackupEntry[]>(await call('backupsList', {})).some((b) => b.reason === 'lock')).toBe(true);
    expect(refused(await call('sessionLock', {}))).toBe('deliberation.already_locked');
  });

  it('after the lock, refuses a score change without a reason and records one with it', async () => {
    const score = { member: 'chair', dossier: 'D2', criterion: 'pertinence', value: 3 };
    expect(refused(await call('scoreSet', score))).toBe('deliberation.locked_reason_required');
    value(await call('scoreSet', { ...score, reason: 'Erreur de saisie constatée à la relecture' }));
    const changes = value<PostLockChange[]>(await call('postLockChanges', {}));
    expect(changes).toEqual([
      expect.objectContaining({ what: 'score', reason: 'Erreur de saisie constatée à la relecture', target: expect.objectContaining({ dossier: 'D2', value: 3 }) }),
    ]);
    expect(audits('postlock.change')).toBe(1);
  });

  it('after the lock, conflicts, votes and decisions need a reason too; notes and attendance no longer change', async () => {
    expect(refused(await call('conflictWithdraw', { member: 'asc', dossier: 'D2' }))).toBe('deliberation.locked_reason_required');
    expect(refused(await call('conflictSet', { member: 'asc', dossier: 'D5', reason: 'Ancien agent' }))).toBe('deliberation.locked_reason_required');
    value(await call('conflictSet', { member: 'asc', dossier: 'D5', reason: 'Ancien agent', changeReason: 'Déclaration tardive' }));
    expect(refused(await call('decisionsRecord', { decisions: [motivated('D6', 'non_retenu')] }))).toBe('deliberation.locked_reason_required');
    value(await call('decisionsRecord', { decisions: [motivated('D6', 'non_retenu')], reason: 'Réexamen demandé par le président' }));
    expect(refused(await call('noteAdd', { dossier: 'D2', text: 'Trop tard' }))).toBe('deliberation.locked');
    expect(refused(await call('attendanceSet', { entries: ALL_PRESENT }))).toBe('deliberation.locked');
    expect(value<PostLockChange[]>(await call('postLockChanges', {})).map((c) => c.what)).toEqual(['score', 'conflict', 'decision']);
  });
});

describe('the audit chain', () => {
  it('verifies intact, then finds the first row altered directly in SQLite', async () => {
    const v = value<AuditVerification>(await call('auditVerify', {}));
    expect(v).toEqual({ entries: count('audit_log'), intact: true, firstBroken: null });
    const { seq: target, actor } = session.db().prepare("SELECT seq, actor FROM audit_log WHERE action = 'decision.promote'").get() as { seq: number; actor: string | null };
    session.db().prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?").run(target);
    expect(value<AuditVerification>(await call('auditVerify', {}))).toEqual({ entries: v.entries, intact: false, firstBroken: target });
    expect(readFileSync(session.path()).length).toBeGreaterThan(0);
    session.db().prepare('UPDATE audit_log SET actor = ? WHERE seq = ?').run(actor, target);
    expect(value<AuditVerification>(await call('auditVerify', {})).intact).toBe(true);
  });

  it('finds any column of any row altered, and a row removed', async () => {
    const db = session.db();
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, string | number | null>[];
    for (const row of [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows.at(-1)!]) {
      for (const [column, altered] of [['at', '2000-01-01T00:00:00.000Z'], ['actor', 'intrus'], ['action', 'altered.action'], ['payload', '{}'], ['prev_hash', 'f'.repeat(64)], ['hash', 'e'.repeat(64)]] as const) {
        db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(altered, row.seq);
        expect(value<AuditVerification>(await call('auditVerify', {})), `${column} of row ${row.seq}`).toMatchObject({ intact: false, firstBroken: row.seq });
        db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(row[column], row.seq);
      }
    }
    expect(value<AuditVerification>(await call('auditVerify', {})).intact).toBe(true);
    const middle = rows[Math.floor(rows.length / 2)]!;
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(middle.seq);
    expect(value<AuditVerification>(await call('auditVerify', {}))).toEqual({ entries: rows.length - 1, intact: false, firstBroken: Number(middle.seq) + 1 });
  });
});
