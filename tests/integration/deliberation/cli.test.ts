/**
 * The deliberation commands of `comitia` (issue 9, « CLI »): the names and formats the issue fixes, an invalid set
 * of decisions rejected whole, the lock and `--reason`, the audit chain verified and broken, the results read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, scoringSession, tempDir, withDb, writeJson } from '../scoring/fixture.ts';

let dir: string;
let path: string;

const decisionsCount = () => withDb(path, (db) => db.prepare('SELECT count(*) FROM decisions').pluck().get() as number);

beforeAll(async () => {
  dir = tempDir();
  path = await scoringSession(dir, 4);
  const conflicts = writeJson(dir, 'conflicts.json', [{ member: 'cuf', dossier: 'D1', reason: 'Élu de la commune' }]);
  expect((await cli('conflicts', path, '--set', conflicts)).code).toBe(0);
});

describe('comitia attendance', () => {
  it('sets the sheet of a new meeting and says whether the quorum is met', async () => {
    const file = writeJson(dir, 'attendance.json', [
      { member: 'chair', status: 'present' },
      { member: 'asc', status: 'present' },
      { member: 'cuf', status: 'represented', by: 'asc' },
    ]);
    const r = await cli('attendance', path, '--set', file);
    expect(r).toMatchObject({ code: 0, out: 'Présences enregistrées (séance 1) : quorum atteint, 3 pour 2 requis.' });
    const json = JSON.parse((await cli('attendance', path, '--json')).out);
    expect(json.quorum).toMatchObject({ counted: 3, required: 2, met: true, represented: 1 });
  });

  it('refuses a bad sheet naming the file and the member', async () => {
    const file = writeJson(dir, 'bad-attendance.json', [{ member: 'cuf', status: 'represented' }]);
    const r = await cli('attendance', path, '--set', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cuf est représenté');
  });
});

describe('comitia decide', () => {
  it('rejects the whole file on a recused member’s vote, a missing motivation or an unknown dossier', async () => {
    const good = { dossier: 'D2', decision: 'retenu', motivation: 'Projet solide', waitlistPosition: null, votes: { pour: 2, contre: 1, abstention: 0 } };
    for (const [name, bad, text] of [
      ['recused', { dossier: 'D1', decision: 'retenu', motivation: 'Très bon', votes: [{ member: 'cuf', choice: 'pour' }] }, "cuf a déclaré un conflit d'intérêts pour le dossier D1"],
      ['motivation', { dossier: 'D3', decision: 'non retenu', motivation: '' }, 'dossier D3 : la motivation est obligatoire'],
      ['unknown', { dossier: 'D99', decision: 'ajourné', motivation: 'Pièces manquantes' }, 'dossier D99 inconnu'],
    ] as const) {
      const r = await cli('decide', path, '--set', writeJson(dir, `decide-${name}.json`, [good, bad]));
      expect(r.code, name).toBe(1);
      expect(r.err, name).toContain(text);
    }
    expect(await decisionsCount()).toBe(0);
  });

  it('records three decisions in the committee’s words, the recused member’s proxy voting for no one', async () => {
    const file = writeJson(dir, 'decide.json', [
      { dossier: 'D1', decision: 'retenu', motivation: 'Partenariat ancien', waitlistPosition: null, votes: { pour: 2, contre: 0, abstention: 0 } },
      { dossier: 'D2', decision: 'retenu sous réserve', conditions: 'Budget révisé', motivation: 'Projet solide', waitlistPosition: null, votes: { pour: 2, contre: 1, abstention: 0 } },
      { dossier: 'D3', decision: "liste d'attente", motivation: '@SUM(A1:A2)', waitlistPosition: 1, votes: null },
    ]);
    const r = await cli('decide', path, '--set', file, '--json');
    expect(r.code).toBe(0);
    const recorded = JSON.parse(r.out);
    expect(recorded.decisions.map((d: { decision: string }) => d.decision)).toEqual(['retenu', 'retenu_sous_reserve', 'liste_attente']);
    // On D1 cuf is out of the room: only chair and asc vote, three votes would be one too many.
    const tooMany = writeJson(dir, 'decide-too-many.json', [{ dossier: 'D1', decision: 'retenu', motivation: 'x', votes: { pour: 3, contre: 0, abstention: 0 } }]);
    expect((await cli('decide', path, '--set', tooMany)).err).toContain('3 votes pour 2 votants possibles');
    expect((await cli('decide', path)).out).toContain("D3           liste d'attente #1  @SUM(A1:A2)");
  });
});

describe('comitia notes, results', () => {
  it('lists the notes as JSON, with a member’s own reading notes only under --as', async () => {
    await withDb(path, (db) => {
      db.prepare("INSERT INTO reading_notes (member_id, dossier_id, text, updated_at) VALUES ('asc', 'D2', 'À revoir', '2022-05-01T10:00:00Z')").run();
    });
    expect(JSON.parse((await cli('notes', path, '--json')).out)).toEqual({ notes: [], readingNotes: [] });
    expect(JSON.parse((await cli('notes', path, '--json', '--as', 'cuf')).out).readingNotes).toEqual([]);
    expect(JSON.parse((await cli('notes', path, '--json', '--as', 'asc')).out).readingNotes).toEqual([
      { member: 'asc', dossier: 'D2', text: 'À revoir', updatedAt: '2022-05-01T10:00:00Z' },
    ]);
  });

  it('writes the results as CSV and XLSX, formulas neutralised', async () => {
    const csvPath = join(dir, 'resultats.csv');
    expect(await cli('results', path, '--out', csvPath)).toMatchObject({ code: 0, out: `Résultats écrits dans ${csvPath} : 3 décisions.` });
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv).toContain(",'@SUM(A1:A2),");
    expect(csv).not.toMatch(/,@SUM/);
    const xlsxPath = join(dir, 'resultats.xlsx');
    expect((await cli('results', path, '--out', xlsxPath)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const cells: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain("'@SUM(A1:A2)");
    expect(cells).toContain('retenu sous réserve');
    expect((await cli('results', path, '--out', join(dir, 'resultats.pdf'))).code).toBe(2);
    const missing = await cli('results', path);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("l'option --out est obligatoire");
  });
});

describe('comitia lock, audit verify', () => {
  it('locks; a later decision needs --reason and is recorded as a post-lock change', async () => {
    expect((await cli('lock', path, '--as', 'asc')).code).toBe(1);
    const r = await cli('lock', path);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Session verrouillée le .* par chair\.$/);
    const file = writeJson(dir, 'after-lock.json', [{ dossier: 'D4', decision: 'non retenu', motivation: 'Hors délai', waitlistPosition: null }]);
    const refused = await cli('decide', path, '--set', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('la session est verrouillée : toute modification (decision) demande un motif');
    expect((await cli('decide', path, '--set', file, '--reason', 'Dossier examiné après la séance')).code).toBe(0);
    const changes = await withDb(path, (db) => db.prepare('SELECT what, reason FROM post_lock_changes').all());
    expect(changes).toEqual([{ what: 'decision', reason: 'Dossier examiné après la séance' }]);
  });

  it('verifies the chain intact, then broken after a row is altered in SQLite', async () => {
    const intact = await cli('audit', 'verify', path, '--json');
    expect(intact.code).toBe(0);
    const v = JSON.parse(intact.out);
    expect(v).toEqual({ entries: expect.any(Number), intact: true, firstBroken: null });
    expect(v.entries).toBeGreaterThan(5);
    const db = new Database(path);
    db.prepare("UPDATE audit_log SET payload = json_set(payload, '$.motivation', 'Autre motif') WHERE seq = 4").run();
    db.close();
    const broken = await cli('audit', 'verify', path, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out)).toEqual({ entries: v.entries, intact: false, firstBroken: 4 });
    const listed = JSON.parse((await cli('audit', 'list', path, '--action', 'decision.', '--json')).out);
    expect(listed.entries.every((e: { action: string }) => e.action.startsWith('decision.'))).toBe(true);
    expect(listed.total).toBe(4);
  });
});
