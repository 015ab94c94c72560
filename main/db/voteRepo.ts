/** Votes on dossiers: the counts, the outcome and, for a vote per member, each ballot with who cast it. */
import type { MemberVote } from '../../common/deliberation/votes.ts';
import type { StoredVote } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

interface VoteRow {
  id: number;
  dossier: string;
  meeting: number;
  kind: 'counts' | 'members';
  pour: number;
  contre: number;
  abstention: number;
  chairVote: StoredVote['chairVote'];
  outcome: StoredVote['outcome'];
  castingVote: number;
  recordedAt: string;
  recordedBy: string | null;
}

const COLUMNS = `id, dossier_id AS dossier, meeting_id AS meeting, kind, pour, contre, abstention, chair_vote AS chairVote, outcome,
  casting_vote AS castingVote, recorded_at AS recordedAt, recorded_by AS recordedBy`;

function toVote(db: Db, r: VoteRow): StoredVote {
  const ballots = db
    .prepare('SELECT member_id AS member, choice, cast_by AS castBy FROM vote_ballots WHERE vote_id = ? ORDER BY member_id')
    .all(r.id) as Required<MemberVote>[];
  return {
    id: r.id,
    dossier: r.dossier,
    meeting: r.meeting,
    kind: r.kind,
    counts: { pour: r.pour, contre: r.contre, abstention: r.abstention },
    chairVote: r.chairVote,
    outcome: r.outcome,
    castingVote: r.castingVote === 1,
    recordedAt: r.recordedAt,
    recordedBy: r.recordedBy,
    ballots,
  };
}

export function listVotes(db: Db, dossier?: string): StoredVote[] {
  const rows = (
    dossier === undefined
      ? db.prepare(`SELECT ${COLUMNS} FROM votes ORDER BY id`).all()
      : db.prepare(`SELECT ${COLUMNS} FROM votes WHERE dossier_id = ? ORDER BY id`).all(dossier)
  ) as VoteRow[];
  return rows.map((r) => toVote(db, r));
}

export function getVote(db: Db, id: number): StoredVote | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM votes WHERE id = ?`).get(id) as VoteRow | undefined;
  return row ? toVote(db, row) : null;
}

export function insertVote(db: Db, v: Omit<StoredVote, 'id'>): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO votes (dossier_id, meeting_id, kind, pour, contre, abstention, chair_vote, outcome, casting_vote, recorded_at, recorded_by)
         VALUES (@dossier, @meeting, @kind, @pour, @contre, @abstention, @chairVote, @outcome, @castingVote, @recordedAt, @recordedBy)`,
      )
      .run({
        dossier: v.dossier,
        meeting: v.meeting,
        kind: v.kind,
        ...v.counts,
        chairVote: v.chairVote,
        outcome: v.outcome,
        castingVote: v.castingVote ? 1 : 0,
        recordedAt: v.recordedAt,
        recordedBy: v.recordedBy,
      }).lastInsertRowid,
  );
  const insert = db.prepare('INSERT INTO vote_ballots (vote_id, member_id, choice, cast_by) VALUES (?, ?, ?, ?)');
  for (const b of v.ballots) insert.run(id, b.member, b.choice, b.castBy);
  return id;
}
