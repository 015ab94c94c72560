import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, rankingOf } from '../../../common/scoring/analyse.ts';
import { verifyAuditChain } from '../../../main/audit/auditLog.ts';
import { loadScoringInput } from '../../../main/scoring/loadInput.ts';
import { readScoringSettings } from '../../../main/db/scoringSettingsRepo.ts';
import { cli, GRID, scoringSession, tempDir, withDb, writeJson, writeText } from './fixture.ts';

/** scores[member][dossier] = [pertinence (weight 2), partenariat (weight 1)]; cuf is recused on D1. */
const SCORES: Record<string, Record<string, [number, number]>> = {
  chair: { D1: [3, 3], D2: [2, 2], D3: [3, 0], D4: [1, 1], D5: [0, 0], D6: [2, 3] },
  asc: { D1: [3, 2], D2: [2, 3], D3: [2, 2], D4: [1, 0], D5: [1, 1], D6: [2, 2] },
  cuf: { D2: [3, 1], D3: [3, 3], D4: [2, 2], D5: [0, 1], D6: [1, 1] },
};

function csv(extra: string[] = [], skip?: (m: string, d: string, c: string) => boolean): string {
  const lines = ['member,dossier,criterion,score'];
  for (const [m, byDossier] of Object.entries(SCORES)) {
    for (const [d, [p, q]] of Object.entries(byDossier)) {
      if (!skip?.(m, d, 'pertinence')) lines.push(`${m},${d},pertinence,${p}`);
      if (!skip?.(m, d, 'partenariat')) lines.push(`${m},${d},partenariat,${q}`);
    }
  }
  return [...lines, ...extra].join('\n') + '\n';
}

const countAudit = (path: string, action: string) =>
  withDb(path, (db) => db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number);

let dir: string;
let session: string;

beforeAll(async () => {
  dir = tempDir();
  session = await scoringSession(dir);
  const conflicts = writeJson(dir, 'conflicts.json', [{ member: 'cuf', dossier: 'D1', reason: 'Élue de la commune candidate' }]);
  expect(await cli('conflicts', session, '--set', conflicts)).toMatchObject({ code: 0 });
});

describe('comitia grid', () => {
  it('prints the grid as JSON in the format it accepts, and setting it back changes nothing', async () => {
    const r = await cli('grid', session, '--json');
    expect(r.code).toBe(0);
    const grid = JSON.parse(r.out);
    expect(grid).toMatchObject({ scale: GRID.scale, eligibility: [{ id: 'collectivite' }], tieBreak: GRID.tieBreak });
    expect(grid.criteria.map((c: { id: string; weight: number }) => [c.id, c.weight])).toEqual([['pertinence', 2], ['partenariat', 1]]);
    const again = await cli('grid', session, '--set', writeJson(dir, 'same.json', grid));
    expect(again).toMatchObject({ code: 0, out: 'Grille inchangée.' });
  });

  it('refuses an invalid grid file naming the field, with exit code 1', async () => {
    const bad = writeJson(dir, 'bad-grid.json', { ...GRID, tieBreak: ['criterion:inconnu'] });
    const r = await cli('grid', session, '--set', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('tieBreak[0]');
  });
});

describe('comitia conflicts and members', () => {
  it('lists the register with the date of each declaration', async () => {
    const r = await cli('conflicts', session, '--json');
    const list = JSON.parse(r.out);
    expect(list).toEqual([{ member: 'cuf', dossier: 'D1', reason: 'Élue de la commune candidate', declaredAt: expect.any(String) }]);
  });

  it('refuses a conflict naming an unknown dossier, and an entry twice', async () => {
    const unknown = await cli('conflicts', session, '--set', writeJson(dir, 'c1.json', [{ member: 'cuf', dossier: 'D99', reason: 'x' }]));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/entrée 1 : dossier « D99 » inconnu/);
    const twice = [{ member: 'cuf', dossier: 'D1', reason: 'x' }, { member: 'cuf', dossier: 'D1', reason: 'y' }];
    expect((await cli('conflicts', session, '--set', writeJson(dir, 'c2.json', twice))).err).toContain('déclaré deux fois');
  });

  it('lists the committee as JSON', async () => {
    const members = JSON.parse((await cli('members', session, '--json')).out);
    expect(members.map((m: { id: string; role: string }) => `${m.id}:${m.role}`)).toEqual(['chair:chair', 'asc:member', 'cuf:member', 'idf:observer']);
  });
});

describe('comitia scores import', () => {
  it('rejects the whole file, naming the row, when one score is off the scale', async () => {
    const file = writeText(dir, 'off-scale.csv', 'member,dossier,criterion,score\nchair,D1,pertinence,3\nchair,D2,pertinence,4\n');
    const r = await cli('scores', 'import', session, file, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: [{ row: 3, field: 'score', message: expect.stringContaining("hors de l'échelle") }],
    });
    expect(r.err).toContain('ligne 3');
    expect(r.err).toContain("rien n'a été importé");
    expect(await withDb(session, (db) => db.prepare('SELECT count(*) FROM scores').pluck().get())).toBe(0);
  });

  it.each([
    ['a recused pair', 'cuf,D1,pertinence,2', 'member', "conflit d'intérêts"],
    ['an unknown member', 'zoe,D1,pertinence,2', 'member', 'membre « zoe » inconnu'],
    ['an observer', 'idf,D1,pertinence,2', 'member', 'observateur'],
    ['an unknown dossier', 'asc,D42,pertinence,2', 'dossier', 'dossier « D42 » inconnu'],
    ['an unknown criterion', 'asc,D1,budget,2', 'criterion', 'critère « budget » absent'],
    ['a value off the step', 'asc,D1,pertinence,1.5', 'score', "pas de l'échelle"],
    ['a value that is not a number', 'asc,D1,pertinence,bien', 'score', 'illisible'],
    ['a row given twice', 'chair,D1,pertinence,2', null, "qu'à la ligne 2"],
  ])('rejects %s with the row named', async (_what, row, field, message) => {
    // The base file leaves asc/D1/pertinence out, so that the bad row is not also a duplicate.
    const skip = (m: string, d: string, c: string) => m === 'asc' && d === 'D1' && c === 'pertinence';
    const file = writeText(dir, 'bad.csv', csv([row], skip));
    const r = await cli('scores', 'import', session, file, '--json');
    expect(r.code).toBe(1);
    const rows = csv([], skip).trim().split('\n').length;
    expect(JSON.parse(r.out).rejected).toEqual([{ row: rows + 1, field, message: expect.stringContaining(message) }]);
  });

  it('imports a valid file in one go and reports new, updated and unchanged scores', async () => {
    const first = await cli('scores', 'import', session, writeText(dir, 'scores.csv', csv()), '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({ imported: 34, updated: 0, unchanged: 0, rejected: [] });
    const changed = csv().replace('chair,D4,pertinence,1', 'chair,D4,pertinence,2');
    const second = await cli('scores', 'import', session, writeText(dir, 'scores2.csv', changed), '--json');
    expect(JSON.parse(second.out)).toEqual({ imported: 0, updated: 1, unchanged: 33, rejected: [] });
    const back = await cli('scores', 'import', session, writeText(dir, 'scores3.csv', csv()));
    expect(back).toMatchObject({ code: 0, out: 'Notes importées : 0 nouvelles, 1 modifiées, 33 inchangées.' });
    expect(await countAudit(session, 'scores.import')).toBe(3);
  });

  it('reads a hand-made spreadsheet: BOM, Windows-1252, semicolons, decimal commas, a comment column', async () => {
    const text = 'member;dossier;criterion;score;comment\r\nasc;D1;pertinence;3,0;Très bien ancré\r\n';
    const bytes = iconv.encode(text, 'windows-1252');
    const r = await cli('scores', 'import', session, writeText(dir, 'excel.csv', bytes), '--json');
    expect(JSON.parse(r.out)).toMatchObject({ updated: 1, rejected: [] });
    const comment = await withDb(session, (db) =>
      db.prepare(`SELECT comment FROM scores WHERE member_id = 'asc' AND dossier_id = 'D1' AND criterion_id = 'pertinence'`).pluck().get(),
    );
    expect(comment).toBe('Très bien ancré');
  });

  it('says what is wrong with the header', async () => {
    const r = await cli('scores', 'import', session, writeText(dir, 'head.csv', 'membre,dossier,criterion,score\n'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).rejected.map((x: { message: string }) => x.message)).toEqual([
      expect.stringContaining('colonne « membre » inconnue'),
      expect.stringContaining('colonne « member » absente'),
    ]);
  });
});

describe('comitia --as MEMBER', () => {
  const latestImport = (path: string) =>
    withDb(path, (db) => db.prepare(`SELECT actor, payload FROM audit_log WHERE action = 'scores.import' ORDER BY seq DESC LIMIT 1`).get() as { actor: string; payload: string });

  it('records the member as the author of a score import, in the audit log and on each score', async () => {
    const file = writeText(dir, 'as-asc.csv', 'member,dossier,criterion,score\nchair,D6,partenariat,1\n');
    const r = await cli('--as', 'asc', 'scores', 'import', session, file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ updated: 1, rejected: [] });
    expect(await latestImport(session)).toMatchObject({ actor: 'asc' });
    const enteredBy = await withDb(session, (db) =>
      db.prepare(`SELECT entered_by FROM scores WHERE member_id = 'chair' AND dossier_id = 'D6' AND criterion_id = 'partenariat'`).pluck().get(),
    );
    expect(enteredBy).toBe('asc');
    // Without --as the secretariat types them (the `--as=MEMBER` form is the same option).
    await cli('scores', 'import', session, writeText(dir, 'as-back.csv', 'member,dossier,criterion,score\nchair,D6,partenariat,3\n'));
    expect(await latestImport(session)).toMatchObject({ actor: 'secretariat' });
    await cli('--as=cuf', 'scores', 'import', session, writeText(dir, 'as-cuf.csv', 'member,dossier,criterion,score\nchair,D6,partenariat,2\n'));
    expect(await latestImport(session)).toMatchObject({ actor: 'cuf' });
    await cli('scores', 'import', session, writeText(dir, 'as-back.csv', 'member,dossier,criterion,score\nchair,D6,partenariat,3\n'));
  });

  it('is refused when the member is not in the session, and nothing is written', async () => {
    const before = await countAudit(session, 'scores.import');
    const r = await cli('scores', 'import', session, writeText(dir, 'as-zoe.csv', 'member,dossier,criterion,score\nchair,D6,partenariat,2\n'), '--as', 'zoe', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error).toContain('zoe');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(await countAudit(session, 'scores.import')).toBe(before);
    // The ranking is seen from the member's point of view: an unknown one is refused there too.
    expect((await cli('--as', 'zoe', 'rank', session)).code).toBe(1);
  });
});

describe('comitia rank', () => {
  it('prints the ranking in the documented format, unrounded, recused members left out', async () => {
    const r = await cli('rank', session, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['rankBy', 'ranking', 'ineligible', 'incomplete', 'unscored']);
    expect(out.rankBy).toBe('normalized');
    expect(out.ranking).toHaveLength(6);
    for (const row of out.ranking) {
      expect(Object.keys(row)).toEqual(['dossier', 'rank', 'raw', 'normalized', 'median', 'spread', 'scorers', 'tied', 'divergent', 'decidedBy', 'rankRange', 'contested']);
    }
    // D1: chair T = (2·3 + 3)/3 = 3, asc T = (2·3 + 2)/3 = 8/3; cuf is recused.
    const d1 = out.ranking.find((x: { dossier: string }) => x.dossier === 'D1');
    expect(d1).toMatchObject({ raw: (3 + 8 / 3) / 2, median: (3 + 8 / 3) / 2, scorers: 2 });
    expect(d1.spread).toBeCloseTo(1 / 3, 15);
    // Best first, competition ranks.
    const values = out.ranking.map((x: { normalized: number }) => x.normalized);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(out.ranking[0].rank).toBe(1);
    expect(out.incomplete).toEqual([]);
    expect(out.ineligible).toEqual([]);
  });

  it('prints exactly what the shared scoring functions compute on the stored data', async () => {
    const out = JSON.parse((await cli('rank', session, '--json')).out);
    const expected = await withDb(session, (db) => rankingOf(analyse(loadScoringInput(db)), readScoringSettings(db)));
    expect(out.ranking.map((x: { dossier: string; normalized: number }) => [x.dossier, x.normalized])).toEqual(
      expected.ranking.map((x) => [x.dossier, x.normalized]),
    );
  });

  it('lists a dossier that failed an eligibility check apart, and ranks by raw values when set to', async () => {
    const elig = writeJson(dir, 'elig.json', [{ dossier: 'D5', check: 'collectivite', passed: false, note: 'Association, pas une collectivité' }]);
    expect((await cli('eligibility', session, '--set', elig)).code).toBe(0);
    expect((await cli('scoring-settings', session, '--rank-by', 'raw')).code).toBe(0);
    const out = JSON.parse((await cli('rank', session, '--json')).out);
    expect(out.rankBy).toBe('raw');
    expect(out.ineligible).toEqual(['D5']);
    expect(out.ranking.map((x: { dossier: string }) => x.dossier)).not.toContain('D5');
    const raws = out.ranking.map((x: { raw: number }) => x.raw);
    expect([...raws].sort((a, b) => b - a)).toEqual(raws);
    await cli('scoring-settings', session, '--rank-by', 'normalized');
    await cli('eligibility', session, '--set', writeJson(dir, 'elig0.json', [{ dossier: 'D5', check: 'collectivite', passed: null }]));
  });

  it('prints a readable table without --json', async () => {
    const r = await cli('rank', session);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Classement sur les valeurs normalisées\n\s+1\. D\d/);
  });
});

describe('comitia agreement', () => {
  it('prints alpha and the ICCs per criterion and on the total, in the documented format', async () => {
    const r = await cli('agreement', session, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.criteria.map((c: { criterion: string }) => c.criterion)).toEqual(['pertinence', 'partenariat']);
    for (const s of [...out.criteria, out.total]) {
      for (const k of ['alpha', 'icc21', 'icc2k']) expect(s[k] === null || (typeof s[k] === 'number' && s[k] <= 1)).toBe(true);
      // Every dossier has at least two non-recused scores; the ICC uses the five that all three members scored.
      expect(s).toMatchObject({ units: 6, iccUnits: 5, iccRaters: 3 });
    }
  });
});

describe('grid changes once scoring has started', () => {
  it('require --confirm, are audited, and take the scores of a removed criterion with them', async () => {
    const oneCriterion = { ...GRID, criteria: [GRID.criteria[0]!], tieBreak: ['deposited'] };
    const file = writeJson(dir, 'one.json', oneCriterion);
    const refused = await cli('grid', session, '--set', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--confirm');
    const before = await countAudit(session, 'grid.set');
    const done = await cli('grid', session, '--set', file, '--confirm');
    expect(done).toMatchObject({ code: 0 });
    expect(done.out).toContain('17 notes de critères retirés supprimées');
    expect(await countAudit(session, 'grid.set')).toBe(before + 1);
    const payload = await withDb(session, (db) =>
      JSON.parse(db.prepare(`SELECT payload FROM audit_log WHERE action = 'grid.set' ORDER BY seq DESC LIMIT 1`).pluck().get() as string),
    );
    expect(payload).toMatchObject({ scoringStarted: true, confirmed: true, removedScores: 17 });
    expect(await withDb(session, verifyAuditChain)).toBeNull();
  });

  it('refuses a new scale that would leave stored scores off it, even confirmed', async () => {
    const narrow = { ...GRID, criteria: [{ ...GRID.criteria[0]!, scale: { min: 0, max: 2, step: 1 } }], tieBreak: [] };
    const r = await cli('grid', session, '--set', writeJson(dir, 'narrow.json', narrow), '--confirm');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/exclut \d+ notes? déjà saisies?/);
  });

  it('refuses to drop a member who has scores', async () => {
    const r = await cli('members', session, '--set', writeJson(dir, 'm.json', [{ id: 'chair', name: 'H', institution: 'I', role: 'chair' }]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ne peut pas être retiré');
  });
});

describe('options written --name=value', () => {
  it('are read like --name value', async () => {
    const r = await cli('scoring-settings', session, '--rank-by=raw', '--divergence=1,5', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rankBy: 'raw', divergenceThreshold: 1.5 });
    const back = await cli('scoring-settings', `--rank-by=normalized`, session);
    expect(back).toMatchObject({ code: 0 });
    expect(back.out).toMatch(/^Classement : normalisé · notation à l'aveugle : non · seuil de divergence : 1\.5$/);
    const grid = JSON.parse((await cli('grid', session, '--json')).out);
    expect(await cli('grid', session, `--set=${writeJson(dir, 'same-eq.json', grid)}`)).toMatchObject({ code: 0, out: 'Grille inchangée.' });
  });
});

describe('usage errors', () => {
  it('an unknown option: exit 2, the option named, then the command’s usage', async () => {
    const r = await cli('rank', session, '--frob');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toEqual(['comitia rank : option inconnue : --frob', 'usage : comitia rank SESSION [--json]']);
  });

  it('exit 2', async () => {
    expect((await cli('scores', 'export', session, 'x.csv')).code).toBe(2);
    expect((await cli('scores', 'import', session)).code).toBe(2);
    expect((await cli('rank')).code).toBe(2);
    expect((await cli('grid', session, '--confirm')).code).toBe(2);
    expect((await cli('scoring-settings', session, '--blind', 'peut-être')).code).toBe(2);
  });
});
