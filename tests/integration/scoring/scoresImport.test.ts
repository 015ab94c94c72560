/**
 * The scores file as the core reads it (main/scoring/scoresImport.ts): each refused line is a code with its
 * parameters, the row and the column kept as data; accepted values are stored as the level they read as.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { importScoresCsv } from '../../../main/scoring/scoresImport.ts';
import { scoringSession, tempDir, withDb } from './fixture.ts';

let session: string;
const bytes = (text: string) => new TextEncoder().encode(text);
const run = (text: string) => withDb(session, (db) => importScoresCsv(db, bytes(text), { source: 'notes.csv' }));

beforeAll(async () => {
  session = await scoringSession(tempDir());
});

describe('a scores file', () => {
  it('names each refused line by code, row and column, and lists them all', async () => {
    const r = await run('member,dossier,criterion,score\nzoe,D1,pertinence,2\nasc,D1,pertinence,deux\nasc,D2,pertinence,7\n');
    expect(r).toMatchObject({ imported: 0, updated: 0, unchanged: 0 });
    expect(r.rejected).toEqual([
      { row: 3, field: 'score', code: 'scoring.csv_score_unreadable', params: { typed: 'deux', row: 3, column: 'score' } },
    ]);
    // Rows that read are checked against the session only once every cell reads.
    const checked = await run('member,dossier,criterion,score\nzoe,D1,pertinence,2\nasc,D2,pertinence,7\nasc,D2,pertinence,1\n');
    expect(checked.rejected.map((x) => [x.row, x.field, x.code])).toEqual([
      [2, 'member', 'scoring.score_unknown_member'],
      [3, 'score', 'scoring.score_off_scale'],
      [4, null, 'scoring.csv_duplicate_row'],
    ]);
    expect(checked.rejected[1]!.params).toEqual({ criterion: 'pertinence', value: '7', min: 0, max: 3, step: 1, row: 3, column: 'score' });
    expect(messageText(checked.rejected[2]!)).toBe("même membre, dossier et critère qu'à la ligne 3");
    expect(messageText(checked.rejected[1]!, 'en')).toBe('Score refused: criterion “pertinence”: 7 is off the scale (from 0 to 3, in steps of 1).');
    expect(await withDb(session, (db) => db.prepare('SELECT count(*) FROM scores').pluck().get())).toBe(0);
  });

  it('names the faulty header columns, each with its column', async () => {
    const r = await run('membre,dossier,criterion,score\n');
    expect(r.rejected).toEqual([
      { row: 1, field: 'membre', code: 'scoring.csv_unknown_column', params: { row: 1, column: 'membre' } },
      { row: 1, field: 'member', code: 'scoring.csv_missing_column', params: { row: 1, column: 'member' } },
    ]);
  });

  it('stores a value within 1e-9 of a level as that level, whichever way it is written', async () => {
    const r = await run('member,dossier,criterion,score\nasc,D1,pertinence,"2,9999999999"\nasc,D1,partenariat,-0.0000000001\nasc,D2,pertinence,1\n');
    expect(r).toMatchObject({ imported: 3, rejected: [] });
    const stored = await withDb(session, (db) =>
      db.prepare("SELECT criterion_id AS c, dossier_id AS d, value FROM scores WHERE member_id = 'asc' ORDER BY d, c").all(),
    );
    expect(stored).toEqual([
      { c: 'partenariat', d: 'D1', value: 0 },
      { c: 'pertinence', d: 'D1', value: 3 },
      { c: 'pertinence', d: 'D2', value: 1 },
    ]);
    // Sent again as the level itself, nothing changes.
    expect(await run('member,dossier,criterion,score\nasc,D1,pertinence,3\n')).toMatchObject({ unchanged: 1, updated: 0 });
  });
});
