/**
 * Score returns: what an import changes and what it refuses. Two apis side by side, as on two computers: the
 * secretariat's session and the member's scoring file made from a package.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReturnConflict, ReturnImportReport } from '../../../common/exchange/records.ts';
import type { Api } from '../../../main/api.ts';
import { readMemberMode } from '../../../main/db/exchangeRepo.ts';
import { readReturn, writeReturn } from '../../../main/exchange/returnFile.ts';
import { call, cli, demoSession, flipByte, newApi, PASSPHRASE, refusal, tempDir } from './fixture.ts';

const MEMBER = 'rdf';
let dir: string;
let secretariat: Api;
let member: Api;
let dossiers: string[];
let returns = 0;

/** What the session holds that an import could change: every score, conflict, withheld score, reading note, and the audit head. */
function state(api: Api): string {
  const db = api.context.session.db();
  const rows = ['scores', 'conflicts', 'withheld_scores', 'return_conflicts', 'imported_returns', 'reading_notes'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all());
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
  return createHash('sha256').update(JSON.stringify([rows, head])).digest('hex');
}

async function exportReturn(): Promise<string> {
  returns += 1;
  const out = join(dir, `r${returns}.return`);
  await call(member, 'returnExport', { out });
  return out;
}

const importReturn = (file: string) => call<ReturnImportReport>(secretariat, 'returnImport', { file });
const score = (api: Api, dossier: string, criterion = 'pertinence') =>
  api.context.session.db().prepare('SELECT value FROM scores WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?').pluck().get(MEMBER, dossier, criterion);
const tick = () => new Promise((r) => setTimeout(r, 5));
const note = (api: Api, dossier: string) =>
  api.context.session.db().prepare('SELECT text FROM reading_notes WHERE member_id = ? AND dossier_id = ?').pluck().get(MEMBER, dossier);

beforeAll(async () => {
  dir = tempDir();
  const session = await demoSession(dir);
  secretariat = newApi(dir);
  await call(secretariat, 'sessionOpen', { path: session });
  dossiers = (await call<{ id: string }[]>(secretariat, 'dossiersList', {})).map((d) => d.id);
  const pkg = join(dir, 'rdf.pkg');
  await call(secretariat, 'packageExport', { member: MEMBER, out: pkg, passphrase: PASSPHRASE });
  member = newApi(dir);
  await call(member, 'packageOpen', { file: pkg, out: join(dir, 'rdf.comitia'), passphrase: PASSPHRASE });
});

describe('importing a score return', () => {
  it('applies a first return, and the same return again changes nothing', async () => {
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[0], criterion: 'pertinence', value: 2, comment: 'solide' });
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', value: 1 });
    const r1 = await exportReturn();
    const first = await importReturn(r1);
    expect(first).toMatchObject({ status: 'applied', new: 2, updated: 0, unchanged: 0, conflicts: [], declarations: 0 });
    expect(score(secretariat, dossiers[0]!)).toBe(2);
    const before = state(secretariat);
    expect(await importReturn(r1)).toMatchObject({ status: 'replay', new: 0, updated: 0, unchanged: 2 });
    expect(state(secretariat)).toBe(before);
    const audit = secretariat.context.session.db().prepare("SELECT count(*) FROM audit_log WHERE action = 'score.set'").pluck().get();
    expect(audit).toBe(2);
  });

  it('lets a newer return supersede an older one, and an older one arriving late changes nothing', async () => {
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[0], criterion: 'pertinence', value: 3 });
    const older = await exportReturn();
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[0], criterion: 'pertinence', value: 1 });
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[2], criterion: 'pertinence', value: 0 });
    const newer = await exportReturn();
    expect(await importReturn(newer)).toMatchObject({ status: 'applied', new: 1, updated: 1, unchanged: 1 });
    expect(score(secretariat, dossiers[0]!)).toBe(1);
    const before = state(secretariat);
    expect(await importReturn(older)).toMatchObject({ status: 'stale', new: 0, updated: 0 });
    expect(score(secretariat, dossiers[0]!)).toBe(1);
    expect(state(secretariat)).toBe(before);
  });

  it('reports a score also entered in the session after the return was made, and keeps the session’s value until chosen', async () => {
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', value: 3, comment: 'revu' });
    const r = await exportReturn();
    await tick();
    // Dictated at the secretariat in the meantime.
    await call(secretariat, 'scoreSet', { member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', value: 2, enteredBy: 'secretariat' });
    const report = await importReturn(r);
    expect(report.status).toBe('applied');
    expect(report.conflicts).toEqual([
      expect.objectContaining({ member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', sessionValue: 2, returnValue: 3, returnComment: 'revu', status: 'open' }),
    ]);
    expect(score(secretariat, dossiers[1]!)).toBe(2);
    const open = await call<ReturnConflict[]>(secretariat, 'returnConflictsList', {});
    expect(open.filter((c) => c.status === 'open')).toHaveLength(1);
    const settled = await call<ReturnConflict>(secretariat, 'returnConflictResolve', { member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', keep: 'member' });
    expect(settled.status).toBe('member');
    expect(score(secretariat, dossiers[1]!)).toBe(3);
    expect(await refusal(secretariat, 'returnConflictResolve', { member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', keep: 'session' })).toBe(
      'exchange.conflict_closed',
    );
  });

  it('records a declaration arriving in a return and keeps the scores of that pair apart', async () => {
    const dossier = dossiers[5]!;
    await call(member, 'scoreSet', { member: MEMBER, dossier, criterion: 'pertinence', value: 2 });
    await call(member, 'conflictSet', { member: MEMBER, dossier, reason: 'Découvert en lisant : mon ancien employeur' });
    const report = await importReturn(await exportReturn());
    expect(report).toMatchObject({ status: 'applied', declarations: 1, withheld: 1 });
    expect(score(secretariat, dossier)).toBeUndefined();
    const db = secretariat.context.session.db();
    expect(db.prepare('SELECT reason FROM conflicts WHERE member_id = ? AND dossier_id = ?').pluck().get(MEMBER, dossier)).toMatch(/ancien employeur/);
    expect(db.prepare('SELECT value FROM withheld_scores WHERE member_id = ? AND dossier_id = ?').pluck().get(MEMBER, dossier)).toBe(2);
  });

  it('refuses an altered return, one for another session and one in another member’s name, changing nothing', async () => {
    await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[7], criterion: 'pertinence', value: 2 });
    const good = await exportReturn();
    const before = state(secretariat);
    const size = readFileSync(good).length;
    const positions = new Set<number>([0, 1, size - 1, size - 2, size - 3]);
    for (let at = 0; at < size; at += Math.max(1, Math.floor(size / 150))) positions.add(at);
    for (const at of positions) {
      const altered = join(dir, 'altered.return');
      flipByte(good, at, altered);
      expect(['exchange.return_unreadable', 'exchange.return_bad_signature', 'exchange.return_other_session', 'exchange.return_unknown_package']).toContain(
        await refusal(secretariat, 'returnImport', { file: altered }),
      );
    }
    // Re-signed by the member's own key, in another member's name: the signature holds, the name does not.
    const { body } = readReturn(readFileSync(good), good);
    const key = readMemberMode(member.context.session.db())!.privateKey;
    const renamed = join(dir, 'renamed.return');
    writeFileSync(renamed, writeReturn({ ...body, member: 'asc' }, key));
    expect(await refusal(secretariat, 'returnImport', { file: renamed })).toBe('exchange.return_other_member');
    // Signed with another key: refused as altered.
    const forged = join(dir, 'forged.return');
    const { generateKeyPairSync } = await import('node:crypto');
    const otherKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    writeFileSync(forged, writeReturn({ ...body, returnId: crypto.randomUUID() }, otherKey));
    expect(await refusal(secretariat, 'returnImport', { file: forged })).toBe('exchange.return_bad_signature');
    // Another session (its own package for the same member id).
    const elsewhere = await demoSession(dir, 'other.comitia');
    const other = newApi(dir);
    await call(other, 'sessionOpen', { path: elsewhere });
    await call(other, 'packageExport', { member: MEMBER, out: join(dir, 'other.pkg'), passphrase: PASSPHRASE });
    expect(await refusal(other, 'returnImport', { file: good })).toBe('exchange.return_other_session');
    other.context.session.close();
    expect(state(secretariat)).toBe(before);
    // The CLI says so with exit 1, and nothing changed either.
    secretariat.context.session.close();
    const session = join(dir, 's.comitia');
    const run = await cli('return', 'import', session, renamed, '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toHaveProperty('error');
    await call(secretariat, 'sessionOpen', { path: session });
    expect(state(secretariat)).toBe(before);
    // The good one still goes in.
    expect(await importReturn(good)).toMatchObject({ status: 'applied', new: 1 });
  });

  it('brings back the member’s reading notes: the newer text wins, a replay changes nothing, and the log keeps no text', async () => {
    const [a, b] = [dossiers[10]!, dossiers[11]!];
    await call(member, 'readingNoteSet', { viewer: MEMBER, dossier: a, text: 'Projet solide, **budget** à vérifier' });
    await call(member, 'readingNoteSet', { viewer: MEMBER, dossier: b, text: 'Relire la lettre du maire' });
    const first = await exportReturn();
    expect((await importReturn(first)).readingNotes).toEqual({ new: 2, updated: 0, unchanged: 0, skipped: 0 });
    expect(note(secretariat, a)).toBe('Projet solide, **budget** à vérifier');
    const before = state(secretariat);
    expect((await importReturn(first)).readingNotes).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    expect(state(secretariat)).toBe(before);
    // The member revises a; b is rewritten in the session afterwards (the member at the secretariat's computer).
    await call(member, 'readingNoteSet', { viewer: MEMBER, dossier: a, text: 'Budget vérifié' });
    await call(member, 'readingNoteSet', { viewer: MEMBER, dossier: b, text: 'Lettre relue' });
    const second = await exportReturn();
    await tick();
    await call(secretariat, 'readingNoteSet', { viewer: MEMBER, dossier: b, text: 'Vu en séance' });
    expect((await importReturn(second)).readingNotes).toEqual({ new: 0, updated: 1, unchanged: 1, skipped: 0 });
    expect([note(secretariat, a), note(secretariat, b)]).toEqual(['Budget vérifié', 'Vu en séance']);
    const log = secretariat.context.session.db().prepare('SELECT payload FROM audit_log').pluck().all().join('\n');
    expect(log).not.toMatch(/Budget vérifié|Lettre relue|lettre du maire|\*\*budget\*\*/);
  });
});
