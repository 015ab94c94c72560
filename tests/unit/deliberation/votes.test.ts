import { describe, expect, it } from 'vitest';
import type { AttendanceEntry, DeliberationMember } from '../../../common/deliberation/quorum.ts';
import {
  DEFAULT_VOTE_SETTINGS,
  entitledVoters,
  tallyVote,
  type Ballot,
  type MemberVote,
  type VoteChoice,
  type VoteContext,
  type VoteSettings,
} from '../../../common/deliberation/votes.ts';
import { refusal } from './errors.ts';

const members: DeliberationMember[] = [
  { id: 'pres', role: 'chair' },
  ...['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'].map((id) => ({ id, role: 'member' as const })),
  { id: 'sec', role: 'secretary' },
  { id: 'obs', role: 'observer' },
];

/** Everyone present but m7 (represented by m1) and m8 (absent). */
const attendance: AttendanceEntry[] = [
  ...['pres', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'sec', 'obs'].map((member) => ({ member, status: 'present' as const })),
  { member: 'm7', status: 'represented', by: 'm1' },
  { member: 'm8', status: 'absent' },
];

const context = (recused: string[] = []): VoteContext => ({ dossier: 'D42', members, attendance, recused });
const counts = (pour: number, contre: number, abstention = 0, chairVote: VoteChoice | null = null): Ballot => ({
  kind: 'counts',
  counts: { pour, contre, abstention },
  chairVote,
});
const perMember = (votes: MemberVote[]): Ballot => ({ kind: 'members', votes });
const rule = (patch: Partial<VoteSettings>): VoteSettings => ({ ...DEFAULT_VOTE_SETTINGS, ...patch });

describe('who votes', () => {
  it('the voting members present, and the represented through their proxy; recused members are out of the room', () => {
    expect(entitledVoters(context()).map((v) => `${v.member}<${v.castBy}`)).toEqual([
      'pres<pres', 'm1<m1', 'm2<m2', 'm3<m3', 'm4<m4', 'm5<m5', 'm6<m6', 'm7<m1',
    ]);
    // m1 recused: neither m1 nor the member m1 represents votes on this dossier.
    expect(entitledVoters(context(['m1'])).map((v) => v.member)).toEqual(['pres', 'm2', 'm3', 'm4', 'm5', 'm6']);
  });
});

describe('simple majority of the votes cast (the default)', () => {
  it('adopts with more pour than contre; abstentions are not cast', () => {
    const r = tallyVote(counts(3, 2, 3), context());
    expect(r).toEqual({ counts: { pour: 3, contre: 2, abstention: 3 }, cast: 5, voters: 8, seats: 9, required: 3, outcome: 'adopted', castingVote: false });
    expect(tallyVote(counts(2, 3, 3), context()).outcome).toBe('rejected');
  });

  it('an equal split is a tie unless the chair, in the room, casts the deciding vote', () => {
    expect(tallyVote(counts(4, 4), context()).outcome).toBe('tie');
    expect(tallyVote(counts(4, 4, 0, 'pour'), context())).toMatchObject({ outcome: 'adopted', castingVote: true });
    expect(tallyVote(counts(4, 4, 0, 'contre'), context())).toMatchObject({ outcome: 'rejected', castingVote: true });
    expect(tallyVote(counts(3, 3, 2, 'abstention'), context()).outcome).toBe('tie');
    expect(tallyVote(counts(4, 4, 0, 'pour'), context(), rule({ chairCastingVote: false })).outcome).toBe('tie');
    expect(tallyVote(counts(0, 0, 8), context()).outcome).toBe('tie');
  });

  it('the chair casts the deciding vote from a per-member ballot too, but not when represented', () => {
    const votes: MemberVote[] = [
      { member: 'pres', choice: 'pour' }, { member: 'm1', choice: 'pour' }, { member: 'm2', choice: 'pour' },
      { member: 'm3', choice: 'contre' }, { member: 'm4', choice: 'contre' }, { member: 'm5', choice: 'contre' },
    ];
    expect(tallyVote(perMember(votes), context())).toMatchObject({ outcome: 'adopted', castingVote: true, cast: 6 });
    const chairAway = attendance.map((e) => (e.member === 'pres' ? { member: 'pres', status: 'represented' as const, by: 'm2' } : e));
    const viaProxy = votes.map((v) => (v.member === 'pres' ? { ...v, castBy: 'm2' } : v));
    expect(tallyVote(perMember(viaProxy), { ...context(), attendance: chairAway }).outcome).toBe('tie');
  });
});

describe('qualified majorities', () => {
  it('absolute: pour from more than half the voting members entitled to the dossier, whoever attends', () => {
    // Nine seats: five pour needed, although four pour to none is a simple majority.
    expect(tallyVote(counts(4, 0, 4), context(), rule({ majority: 'absolute' }))).toMatchObject({ required: 5, outcome: 'rejected' });
    expect(tallyVote(counts(5, 3), context(), rule({ majority: 'absolute' }))).toMatchObject({ required: 5, outcome: 'adopted' });
    // m1 recused: eight seats, still five needed.
    expect(tallyVote(counts(4, 2), context(['m1']), rule({ majority: 'absolute' }))).toMatchObject({ seats: 8, required: 5, outcome: 'rejected' });
    // An equal split is no tie here: the majority is reached or not, casting vote or not.
    expect(tallyVote(counts(4, 4, 0, 'pour'), context(), rule({ majority: 'absolute' }))).toMatchObject({ outcome: 'rejected', castingVote: false });
  });

  it('two thirds of the votes cast', () => {
    expect(tallyVote(counts(6, 2), context(), rule({ majority: 'two_thirds' }))).toMatchObject({ required: 6, outcome: 'adopted' });
    expect(tallyVote(counts(4, 2, 2), context(), rule({ majority: 'two_thirds' }))).toMatchObject({ required: 4, outcome: 'adopted' });
    expect(tallyVote(counts(4, 3), context(), rule({ majority: 'two_thirds' }))).toMatchObject({ required: 5, outcome: 'rejected' });
    expect(tallyVote(counts(0, 0, 5), context(), rule({ majority: 'two_thirds' })).outcome).toBe('rejected');
  });
});

describe('per-member votes', () => {
  it('a represented member votes through the proxy holder', () => {
    const r = tallyVote(perMember([{ member: 'm7', choice: 'contre', castBy: 'm1' }, { member: 'm1', choice: 'pour' }]), context());
    expect(r.counts).toEqual({ pour: 1, contre: 1, abstention: 0 });
  });

  it.each([
    ['the vote of a recused member', [{ member: 'm3', choice: 'pour' }], ['m3'], 'deliberation.recused_vote', { member: 'm3', dossier: 'D42' }],
    [
      'a vote cast by a recused proxy holder',
      [{ member: 'm7', choice: 'pour', castBy: 'm1' }],
      ['m1'],
      'deliberation.proxy_holder_recused',
      { member: 'm7', holder: 'm1', dossier: 'D42' },
    ],
    ['the vote of an absent member', [{ member: 'm8', choice: 'pour' }], [], 'deliberation.voter_not_in_room', { member: 'm8' }],
    ['a vote of the secretary', [{ member: 'sec', choice: 'pour' }], [], 'deliberation.not_voting_member', { member: 'sec' }],
    ['a vote of a stranger', [{ member: 'zz', choice: 'pour' }], [], 'deliberation.unknown_member', { member: 'zz' }],
    [
      'a represented vote cast by someone else than the holder',
      [{ member: 'm7', choice: 'pour', castBy: 'm2' }],
      [],
      'deliberation.proxy_vote_mismatch',
      { member: 'm7', holder: 'm1', castBy: 'm2' },
    ],
    ['a present member voting through someone', [{ member: 'm2', choice: 'pour', castBy: 'm3' }], [], 'deliberation.own_vote_cast_by', { member: 'm2' }],
    ['two votes of one member', [{ member: 'm2', choice: 'pour' }, { member: 'm2', choice: 'contre' }], [], 'deliberation.duplicate_vote', { member: 'm2', dossier: 'D42' }],
    ['an unknown choice', [{ member: 'm2', choice: 'peut-être' }], [], 'deliberation.vote_choice_invalid', { member: 'm2', choice: 'peut-être' }],
  ])('refuses %s', (_, votes, recused, code, params) => {
    expect(refusal(() => tallyVote(perMember(votes as MemberVote[]), context(recused)))).toEqual({ code, params });
  });
});

describe('counted votes', () => {
  it('refuses more votes than voters in the room (recused members out), and counts that are not whole numbers', () => {
    expect(tallyVote(counts(5, 2, 1), context()).cast).toBe(7);
    expect(refusal(() => tallyVote(counts(5, 2, 1), context(['m2', 'm3'])))).toEqual({
      code: 'deliberation.too_many_votes',
      params: { dossier: 'D42', cast: 8, voters: 6 },
    });
    expect(refusal(() => tallyVote(counts(1.5, 0), context()))).toEqual({ code: 'deliberation.vote_count_invalid', params: { choice: 'pour', value: '1.5' } });
    expect(refusal(() => tallyVote(counts(-1, 0), context())).code).toBe('deliberation.vote_count_invalid');
  });

  it('refuses a casting vote from a recused chair', () => {
    expect(refusal(() => tallyVote(counts(3, 3, 0, 'pour'), context(['pres'])))).toEqual({
      code: 'deliberation.recused_vote',
      params: { member: 'pres', dossier: 'D42' },
    });
  });
});
