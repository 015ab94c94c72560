/**
 * The decision views' logic (renderer/src/deliberation/decisions/ballot.ts, decisionRows.ts, audit/auditQuery.ts):
 * the roll call a dossier's vote is taken on, the ballot the form sends and its previewed outcome, where a refusal
 * of the core is shown, the table's order and filter, the journal's query.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOTE_SETTINGS } from '../../../../common/deliberation/votes.ts';
import type { AttendanceRecord, StoredDecision } from '../../../../common/deliberation/records.ts';
import type { Dossier, Member } from '../../../../common/domain/types.ts';
import { auditActionKey, auditKind, auditQuery, auditSubject, NO_FILTERS } from '../../../../renderer/src/deliberation/audit/auditQuery.ts';
import { buildBallot, fieldOf, previewTally, voterRows, type BallotForm } from '../../../../renderer/src/deliberation/decisions/ballot.ts';
import { decisionRows } from '../../../../renderer/src/deliberation/decisions/decisionRows.ts';

const member = (id: string, role: Member['role'] = 'member'): Member => ({ id, name: `Nom ${id}`, institution: 'X', role });
const members = [member('pres', 'chair'), member('m1'), member('m2'), member('m3'), member('m4'), member('sec', 'secretary')];
const at = (m: string, status: AttendanceRecord['status'], by: string | null = null): AttendanceRecord => ({ member: m, status, by, arrivedAt: null, leftAt: null });
const attendance = [at('pres', 'present'), at('m1', 'present'), at('m2', 'represented', 'm1'), at('m3', 'present'), at('m4', 'absent'), at('sec', 'present')];
const form = (over: Partial<BallotForm>): BallotForm => ({ mode: 'members', counts: { pour: '', contre: '', abstention: '' }, chairVote: '', choices: {}, ...over });

describe('the roll call', () => {
  it('lists voting members in the room with who casts their vote, recused ones disabled, absent and non-voting ones out', () => {
    const rows = voterRows(members, attendance, ['m3'], DEFAULT_VOTE_SETTINGS);
    expect(rows.map((r) => [r.member.id, r.castBy?.id ?? null, r.recused])).toEqual([
      ['pres', 'pres', false],
      ['m1', 'm1', false],
      ['m2', 'm1', false],
      ['m3', null, true],
    ]);
  });

  it('sends a represented member’s vote as cast by the proxy, skips members without a choice and the recused', () => {
    const rows = voterRows(members, attendance, ['m3'], DEFAULT_VOTE_SETTINGS);
    const ballot = buildBallot(form({ choices: { pres: 'pour', m2: 'contre', m3: 'pour' } }), rows);
    expect(ballot).toEqual({ kind: 'members', votes: [{ member: 'pres', choice: 'pour' }, { member: 'm2', choice: 'contre', castBy: 'm1' }] });
  });

  it('previews the core’s outcome: a tie settled by the chair’s casting vote', () => {
    const rows = voterRows(members, attendance, [], DEFAULT_VOTE_SETTINGS);
    const ballot = buildBallot(form({ choices: { pres: 'pour', m1: 'pour', m2: 'contre', m3: 'contre' } }), rows)!;
    const tally = previewTally(ballot, 'D1', members, attendance, [], DEFAULT_VOTE_SETTINGS);
    expect(tally.ok && [tally.result.outcome, tally.result.castingVote]).toEqual(['adopted', true]);
  });

  it('counts typed by hand: empty is 0; more votes than voters is the core’s refusal', () => {
    const ballot = buildBallot(form({ mode: 'counts', counts: { pour: '3', contre: '', abstention: '2' } }), []);
    expect(ballot).toEqual({ kind: 'counts', counts: { pour: 3, contre: 0, abstention: 2 }, chairVote: null });
    const tally = previewTally(ballot!, 'D1', members, attendance, [], DEFAULT_VOTE_SETTINGS);
    expect(tally.ok ? null : tally.error.code).toBe('deliberation.too_many_votes');
    expect(buildBallot(form({ mode: 'none' }), [])).toBeNull();
  });
});

describe('where a refusal is shown', () => {
  it('next to the field the core names', () => {
    expect(fieldOf({ code: 'deliberation.motivation_missing', params: { dossier: 'D1' } })).toBe('motivation');
    expect(fieldOf({ code: 'deliberation.waitlist_position_taken' })).toBe('position');
    expect(fieldOf({ code: 'deliberation.quorum_not_met' })).toBe('quorum');
    expect(fieldOf({ code: 'deliberation.locked_reason_required' })).toBe('reason');
    expect(fieldOf({ code: 'deliberation.recused_vote' })).toBe('vote');
    expect(fieldOf({ code: 'core.invalid_argument', details: { issues: [{ field: 'decisions[0].waitlistPosition', code: 'validation.number_expected' }] } })).toBe('position');
    expect(fieldOf({ code: 'deliberation.no_meeting' })).toBe('form');
  });
});

describe('the decisions table', () => {
  const dossier = (id: string): Dossier => ({ id, name: `Commune ${id}` }) as Dossier;
  const decided = (id: string, decision: StoredDecision['decision'], withdrawnAt: string | null = null): StoredDecision =>
    ({ dossier: id, decision, motivation: 'm', conditions: null, waitlistPosition: null, decidedAt: '', decidedBy: null, meeting: 1, vote: null, quorumOverride: null, withdrawnAt });
  const dossiers = ['A', 'B', 'C', 'D'].map(dossier);
  const ranking = [{ dossier: 'C', rank: 1 }, { dossier: 'A', rank: 2 }];

  it('in rank order, unranked last by id; filtered by decision or its absence', () => {
    const decisions = [decided('A', 'retenu'), decided('D', 'non_retenu')];
    expect(decisionRows(dossiers, ranking, decisions, 'all').map((r) => r.dossier.id)).toEqual(['C', 'A', 'B', 'D']);
    expect(decisionRows(dossiers, ranking, decisions, 'retenu').map((r) => r.dossier.id)).toEqual(['A']);
    expect(decisionRows(dossiers, ranking, decisions, 'none').map((r) => r.dossier.id)).toEqual(['C', 'B']);
  });
});

describe('the journal', () => {
  it('asks auditList for whole days, trimmed texts, the page', () => {
    expect(auditQuery({ ...NO_FILTERS, kind: 'decision', actor: ' m1 ', from: '2026-12-01', to: '2026-12-02' }, 2)).toEqual({
      actionPrefix: 'decision', actor: 'm1', from: '2026-12-01', to: '2026-12-02T23:59:59.999Z', offset: 100, limit: 50,
    });
    expect(auditQuery(NO_FILTERS, 0)).toEqual({ offset: 0, limit: 50 });
  });

  it('lists an entry under its kind and names what it concerns', () => {
    expect(auditKind('conflicts.set', ['conflict'])).toBe('conflict');
    expect(auditKind('decision.promote', ['decision'])).toBe('decision');
    expect(auditKind('unheard.of', ['decision'])).toBeNull();
    expect(auditSubject({ dossier: 'D1', member: 'm1', x: 1 })).toEqual({ dossier: 'D1', member: 'm1' });
    expect(auditActionKey('decision.promote', ['decision_promote'])).toBe('decision_promote');
    expect(auditActionKey('members.set', ['decision_promote'])).toBeNull();
    expect(auditSubject(null)).toEqual({ dossier: null, member: null });
  });
});
