import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessQuorum,
  DEFAULT_QUORUM_SETTINGS,
  quorumRequired,
  type AttendanceEntry,
  type AttendanceStatus,
  type DeliberationMember,
  type QuorumSettings,
} from '../../../common/deliberation/quorum.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { refusal } from './errors.ts';

/** A chair, eight members, the recording secretary and an observer: nine votes. */
const committee: DeliberationMember[] = [
  { id: 'pres', role: 'chair' },
  ...['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'].map((id) => ({ id, role: 'member' as const })),
  { id: 'sec', role: 'secretary' },
  { id: 'obs', role: 'observer' },
];

const sheet = (entries: Record<string, AttendanceStatus | [AttendanceStatus, string]>): AttendanceEntry[] =>
  Object.entries(entries).map(([member, s]) => (typeof s === 'string' ? { member, status: s } : { member, status: s[0], by: s[1] }));

const settings = (patch: Partial<QuorumSettings>): QuorumSettings => ({ ...DEFAULT_QUORUM_SETTINGS, ...patch });

describe('quorum', () => {
  it('counts a majority of the voting members present or represented; guests, the secretary and observers never count', () => {
    const attendance = sheet({ pres: 'present', m1: 'present', m2: 'present', m3: 'present', m4: ['represented', 'm1'], m5: 'excused', sec: 'present', obs: 'present' });
    const r = assessQuorum(committee, attendance, [{ name: 'Invitée', institution: 'AFD' }]);
    expect(r).toEqual({
      votingMembers: 9,
      present: 4,
      represented: 1,
      excused: 1,
      // m6, m7, m8 are not on the sheet: absent.
      absent: 3,
      nonVotingPresent: 2,
      guests: 1,
      counted: 5,
      required: 5,
      met: true,
      proxies: [{ member: 'm4', by: 'm1' }],
    });
  });

  it('is not met one short of the majority', () => {
    const attendance = sheet({ pres: 'present', m1: 'present', m2: 'present', m3: 'present', m4: 'excused', sec: 'present' });
    const r = assessQuorum(committee, attendance);
    expect([r.counted, r.required, r.met]).toEqual([4, 5, false]);
  });

  it('leaves represented members out when the settings say so', () => {
    const attendance = sheet({ pres: 'present', m1: 'present', m2: 'present', m3: 'present', m4: ['represented', 'm1'] });
    expect(assessQuorum(committee, attendance, [], settings({ countRepresented: false })).met).toBe(false);
  });

  it('takes a fixed count or a fraction rounded up', () => {
    expect(quorumRequired({ kind: 'majority' }, 8)).toBe(5);
    expect(quorumRequired({ kind: 'majority' }, 9)).toBe(5);
    expect(quorumRequired({ kind: 'count', count: 3 }, 9)).toBe(3);
    expect(quorumRequired({ kind: 'fraction', fraction: 1 / 3 }, 10)).toBe(4);
    expect(quorumRequired({ kind: 'fraction', fraction: 0.3 }, 10)).toBe(3);
    const three = sheet({ pres: 'present', m1: 'present', m2: 'present' });
    expect(assessQuorum(committee, three, [], settings({ rule: { kind: 'count', count: 3 } })).met).toBe(true);
    expect(assessQuorum(committee, three, [], settings({ rule: { kind: 'fraction', fraction: 0.5 } })).met).toBe(false);
  });

  it('lets the voting roles be chosen: a voting secretary raises the base', () => {
    const r = assessQuorum(committee, sheet({ sec: 'present' }), [], settings({ votingRoles: ['chair', 'member', 'secretary'] }));
    expect([r.votingMembers, r.present, r.nonVotingPresent, r.required]).toEqual([10, 1, 0, 6]);
  });

  it.each([
    ['a represented member without a holder', sheet({ m1: 'represented' }), 'deliberation.proxy_missing', { member: 'm1' }],
    ['a member representing themselves', sheet({ m1: ['represented', 'm1'] }), 'deliberation.proxy_self', { member: 'm1' }],
    ['a holder who is not present', sheet({ m1: ['represented', 'm2'], m2: 'excused' }), 'deliberation.proxy_holder_absent', { member: 'm1', holder: 'm2' }],
    ['a holder left off the sheet', sheet({ m1: ['represented', 'm2'] }), 'deliberation.proxy_holder_absent', { member: 'm1', holder: 'm2' }],
    ['a holder without a vote', sheet({ m1: ['represented', 'obs'], obs: 'present' }), 'deliberation.proxy_holder_not_voting', { member: 'm1', holder: 'obs' }],
    ['a proxy from a member without a vote', sheet({ sec: ['represented', 'm1'], m1: 'present' }), 'deliberation.proxy_giver_not_voting', { member: 'sec' }],
    ['an unknown holder', sheet({ m1: ['represented', 'zz'] }), 'deliberation.unknown_member', { member: 'zz' }],
    ['an unknown member', sheet({ zz: 'present' }), 'deliberation.unknown_member', { member: 'zz' }],
    ['a holder on a member not represented', sheet({ m1: ['present', 'm2'] }), 'deliberation.proxy_unexpected', { member: 'm1' }],
    [
      'two proxies for one holder (one allowed)',
      sheet({ m1: 'present', m2: ['represented', 'm1'], m3: ['represented', 'm1'] }),
      'deliberation.too_many_proxies',
      { holder: 'm1', count: 2, max: 1 },
    ],
  ])('refuses %s, naming who', (_, attendance, code, params) => {
    expect(refusal(() => assessQuorum(committee, attendance))).toEqual({ code, params });
  });

  it('refuses a member listed twice and an unknown status', () => {
    const twice: AttendanceEntry[] = [{ member: 'm1', status: 'present' }, { member: 'm1', status: 'absent' }];
    expect(refusal(() => assessQuorum(committee, twice)).code).toBe('deliberation.duplicate_attendance');
    const odd = [{ member: 'm1', status: 'late' }] as unknown as AttendanceEntry[];
    expect(refusal(() => assessQuorum(committee, odd))).toEqual({ code: 'deliberation.attendance_status_invalid', params: { member: 'm1', status: 'late' } });
  });

  it('allows as many proxies per holder as the setting says', () => {
    const attendance = sheet({ m1: 'present', m2: ['represented', 'm1'], m3: ['represented', 'm1'] });
    const r = assessQuorum(committee, attendance, [], settings({ maxProxiesPerHolder: 2 }));
    expect([r.present, r.represented, r.counted]).toEqual([1, 2, 3]);
  });

  it('refuses rules that make no sense', () => {
    expect(refusal(() => assessQuorum(committee, [], [], settings({ rule: { kind: 'count', count: 0 } }))).code).toBe('deliberation.quorum_count_invalid');
    expect(refusal(() => assessQuorum(committee, [], [], settings({ rule: { kind: 'fraction', fraction: 1.5 } }))).code).toBe('deliberation.quorum_fraction_invalid');
    expect(refusal(() => assessQuorum(committee, [], [], settings({ maxProxiesPerHolder: -1 }))).code).toBe('deliberation.max_proxies_invalid');
  });

  it('explains a refusal in French and in English', () => {
    const { code, params } = refusal(() => assessQuorum(committee, sheet({ m1: ['represented', 'm2'], m2: 'excused' })));
    const msg = { code, params } as Parameters<typeof messageText>[0];
    expect(messageText(msg, 'fr')).toBe("le pouvoir de m1 est confié à m2, qui n'est pas présent");
    expect(messageText(msg, 'en')).toBe("m1's proxy is given to m2, who is not present");
  });

  it('always adds up: every voting member has one status, and the majority is met exactly when more than half count', () => {
    const statuses = fc.constantFrom<AttendanceStatus | 'unlisted'>('present', 'represented', 'excused', 'absent', 'unlisted');
    fc.assert(
      fc.property(fc.array(statuses, { minLength: 9, maxLength: 9 }), (drawn) => {
        const voting = committee.filter((m) => m.role !== 'secretary' && m.role !== 'observer');
        // Proxies go to the chair, who is then present, with room for all of them.
        const attendance: AttendanceEntry[] = [{ member: 'pres', status: 'present' }];
        drawn.slice(1).forEach((s, i) => {
          const member = voting[i + 1]!.id;
          if (s === 'represented') attendance.push({ member, status: s, by: 'pres' });
          else if (s !== 'unlisted') attendance.push({ member, status: s });
        });
        const r = assessQuorum(committee, attendance, [], settings({ maxProxiesPerHolder: 9 }));
        expect(r.present + r.represented + r.excused + r.absent).toBe(9);
        expect(r.met).toBe(2 * (r.present + r.represented) > 9);
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});
