/**
 * The scoring views share one reading of the file per state (main/scoring/scoringSnapshot.ts): kept while nothing
 * changed, read again after any write — through this connection, by another one, or in a transaction that rolled back.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionDb, type Db } from '../../../main/db/connection.ts';
import { upsertScore } from '../../../main/db/scoresRepo.ts';
import { scoringSnapshot } from '../../../main/scoring/scoringSnapshot.ts';
import { rankingView } from '../../../main/scoring/views.ts';
import { scoringSession, tempDir } from './fixture.ts';

let db: Db;
let path: string;
const score = (value: number, member = 'asc', dossier = 'D1', criterion = 'pertinence') =>
  upsertScore(db, { member, dossier, criterion, value, comment: null, enteredBy: member, updatedAt: new Date().toISOString() });
const valueIn = (member = 'asc', dossier = 'D1', criterion = 'pertinence') =>
  scoringSnapshot(db).input.scores.find((s) => s.member === member && s.dossier === dossier && s.criterion === criterion)?.value ?? null;

beforeEach(async () => {
  path = await scoringSession(tempDir());
  db = await openSessionDb(path);
  score(1);
});
afterEach(() => db.close());

describe('the scoring snapshot', () => {
  it('is read once while the file does not change', () => {
    expect(scoringSnapshot(db)).toBe(scoringSnapshot(db));
  });

  it('is read again after a write through this connection', () => {
    const before = scoringSnapshot(db);
    score(3);
    expect(scoringSnapshot(db)).not.toBe(before);
    expect(valueIn()).toBe(3);
  });

  it('is read again after a commit by another connection (another process writing the file)', () => {
    expect(valueIn()).toBe(1);
    const other = new Database(path);
    other.prepare("UPDATE scores SET value = 2 WHERE member_id = 'asc' AND dossier_id = 'D1' AND criterion_id = 'pertinence'").run();
    other.close();
    expect(valueIn()).toBe(2);
  });

  it('is not kept from inside a transaction that rolls back', () => {
    expect(valueIn()).toBe(1);
    const rolledBack = db.transaction(() => {
      score(3);
      expect(valueIn()).toBe(3);
      throw new Error('refused');
    });
    expect(() => rolledBack()).toThrow('refused');
    expect(valueIn()).toBe(1);
  });

  it('gives the ranking without its ranges in the same order, and with them when asked', () => {
    for (const [d, v] of [['D1', 3], ['D2', 1], ['D3', 2]] as const) {
      for (const m of ['chair', 'asc', 'cuf']) {
        score(v, m, d, 'pertinence');
        score(v, m, d, 'partenariat');
      }
    }
    const plain = rankingView(db, null, false);
    const full = rankingView(db, null);
    expect(plain.ranking.map((r) => [r.dossier, r.rank])).toEqual(full.ranking.map((r) => [r.dossier, r.rank]));
    expect(plain.ranking.every((r) => r.rankRange === null && !r.contested)).toBe(true);
    expect(full.ranking.every((r) => Array.isArray(r.rankRange))).toBe(true);
  });
});
