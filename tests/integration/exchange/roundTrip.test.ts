/**
 * Issue 11's round trip through the CLI, for all 8 members of the demo: package export, package open, scores typed
 * in the member's file (`scores import`), return export, return import. Every score ends up in the session.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid, Member } from '../../../common/domain/types.ts';
import type { StoredScore } from '../../../common/scoring/records.ts';
import { call, cli, cliWith, demoSession, newApi, PASSPHRASE, scoresCsv, tempDir } from './fixture.ts';

let dir: string;
let session: string;

beforeAll(async () => {
  dir = tempDir();
  session = await demoSession(dir);
});

describe('offline review round trip (CLI)', () => {
  it('brings every member’s scores back into the session', async () => {
    const api = newApi(dir);
    await call(api, 'sessionOpen', { path: session });
    const members = await call<Member[]>(api, 'membersList', {});
    const grid = await call<Grid>(api, 'gridGet', {});
    const dossiers = (await call<{ id: string }[]>(api, 'dossiersList', {})).map((d) => d.id);
    api.context.session.close();
    expect(members).toHaveLength(8);
    const env = { COMITIA_PASSPHRASE: PASSPHRASE };
    const expected = new Map<string, number>();
    for (const [i, m] of members.entries()) {
      const pkg = join(dir, `${m.id}.pkg`);
      const file = join(dir, `${m.id}.comitia`);
      const ret = join(dir, `${m.id}.return`);
      expect((await cliWith({ env }, 'package', 'export', session, '--member', m.id, '--out', pkg)).code).toBe(0);
      expect((await cliWith({ env }, 'package', 'open', pkg, '--out', file)).code).toBe(0);
      const csv = scoresCsv(dir, m.id, dossiers, grid, i);
      const typed = await cli('scores', 'import', file, csv.path, '--as', m.id, '--json');
      expect(typed.code).toBe(0);
      expect(JSON.parse(typed.out)).toMatchObject({ imported: csv.count });
      expect((await cli('return', 'export', file, '--out', ret)).code).toBe(0);
      const imported = await cli('return', 'import', session, ret, '--json');
      expect(imported.code).toBe(0);
      expect(Object.keys(JSON.parse(imported.out))).toEqual(['new', 'updated', 'unchanged', 'conflicts', 'declarations']);
      expect(JSON.parse(imported.out)).toEqual({ new: csv.count, updated: 0, unchanged: 0, conflicts: [], declarations: 0 });
      // What the member typed, cell by cell, read back from the member's file.
      const member = newApi(dir);
      await call(member, 'sessionOpen', { path: file });
      expect(await call(member, 'memberMode', {})).toMatchObject({ member: m.id });
      for (const s of await memberScores(member, m.id)) {
        expected.set(`${s.member}|${s.dossier}|${s.criterion}`, s.value);
      }
      member.context.session.close();
    }
    const check = newApi(dir);
    await call(check, 'sessionOpen', { path: session });
    const db = check.context.session.db();
    const stored = db.prepare('SELECT member_id AS member, dossier_id AS dossier, criterion_id AS criterion, value FROM scores').all() as StoredScore[];
    expect(expected.size).toBe(8 * dossiers.length * grid.criteria.length);
    expect(stored).toHaveLength(expected.size);
    for (const s of stored) expect(s.value).toBe(expected.get(`${s.member}|${s.dossier}|${s.criterion}`));
    const list = await call<{ member: string; lastReturn: { sequence: number } | null }[]>(check, 'packagesList', {});
    expect(list).toHaveLength(8);
    expect(list.every((p) => p.lastReturn?.sequence === 1)).toBe(true);
    check.context.session.close();
  });
});

describe('the package and return commands', () => {
  it('print a proposed passphrase once, name a missing required option, and refuse a refused return with exit 1', async () => {
    const out = join(dir, 'proposed.pkg');
    const run = await cliWith({ env: {} }, 'package', 'export', session, '--member', 'asc', '--out', out);
    expect(run.code).toBe(0);
    const line = run.out.split('\n').find((l) => l.startsWith('Phrase de passe'))!;
    const passphrase = line.slice(line.lastIndexOf(' : ') + 3);
    expect(passphrase.split(' ')).toHaveLength(6);
    const opened = await cliWith({ env: { COMITIA_PASSPHRASE: passphrase } }, 'package', 'open', out, '--out', join(dir, 'proposed.comitia'), '--json');
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.out)).toMatchObject({ members: 1 });
    const missing = await cli('package', 'export', session, '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("l'option --member est obligatoire");
    const weak = await cliWith({ env: { COMITIA_PASSPHRASE: 'court' } }, 'package', 'export', session, '--member', 'asc', '--out', join(dir, 'w.pkg'));
    expect(weak.code).toBe(1);
    const notAReturn = await cli('return', 'import', session, out, '--json');
    expect(notAReturn.code).toBe(1);
    expect(JSON.parse(notAReturn.out)).toHaveProperty('error');
  });
});

async function memberScores(api: ReturnType<typeof newApi>, member: string): Promise<StoredScore[]> {
  return api.context.session
    .db()
    .prepare('SELECT member_id AS member, dossier_id AS dossier, criterion_id AS criterion, value FROM scores WHERE member_id = ?')
    .all(member) as StoredScore[];
}
