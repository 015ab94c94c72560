/**
 * Review packages: what a recused member receives (checked on the decrypted content, byte for byte), and the
 * refusals of a wrong passphrase and of an altered file.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageIssued } from '../../../common/exchange/records.ts';
import { HEADER_LENGTH, openPackage } from '../../../main/exchange/packageCipher.ts';
import { attachRandomFile, call, demoSession, flipByte, newApi, PASSPHRASE, refusal, tempDir } from './fixture.ts';

let dir: string;
let session: string;
let recused: { id: string; name: string };
let attachment: Buffer;
let otherNames: string[];
let pkg: string;
let visible: string;
const MEMBER = 'cuf';

beforeAll(async () => {
  dir = tempDir();
  session = await demoSession(dir);
  const api = newApi(dir);
  await call(api, 'sessionOpen', { path: session });
  const dossiers = await call<{ id: string; name: string }[]>(api, 'dossiersList', {});
  // A dossier whose name no other dossier contains, so that its absence is a meaningful check.
  recused = dossiers.find((d) => dossiers.filter((o) => o.name.includes(d.name)).length === 1)!;
  otherNames = (await call<{ id: string; name: string }[]>(api, 'membersList', {})).filter((m) => m.id !== MEMBER).map((m) => m.name);
  api.context.session.close();
  attachment = await attachRandomFile(session, recused.id);
  await call(api, 'sessionOpen', { path: session });
  await call(api, 'conflictSet', { member: MEMBER, dossier: recused.id, reason: 'Élu de la commune' });
  // Someone else's score on the recused dossier, and on another one: neither may travel.
  await call(api, 'scoreSet', { member: 'asc', dossier: recused.id, criterion: 'pertinence', value: 2, comment: 'remarque-secrete-asc' });
  await call(api, 'scoreSet', { member: 'asc', dossier: dossiers.find((d) => d.id !== recused.id)!.id, criterion: 'pertinence', value: 1 });
  // Reading notes: the member's own travel, except on the recused dossier; another member's never.
  visible = dossiers.find((d) => d.id !== recused.id)!.id;
  await call(api, 'readingNoteSet', { viewer: MEMBER, dossier: visible, text: 'note-de-lecture-cuf-visible' });
  await call(api, 'readingNoteSet', { viewer: MEMBER, dossier: recused.id, text: 'note-de-lecture-cuf-recusee' });
  await call(api, 'readingNoteSet', { viewer: 'asc', dossier: visible, text: 'note-de-lecture-asc' });
  pkg = join(dir, 'cuf.pkg');
  await call<PackageIssued>(api, 'packageExport', { member: MEMBER, out: pkg, passphrase: PASSPHRASE });
  api.context.session.close();
});

describe('a review package', () => {
  it('holds no byte of a recused dossier, nor any other member’s data', async () => {
    const plain = await openPackage(readFileSync(pkg), PASSPHRASE, pkg);
    expect(plain.includes(Buffer.from(recused.name, 'utf8'))).toBe(false);
    expect(plain.includes(Buffer.from(recused.id, 'utf8'))).toBe(false);
    for (const at of [0, 1500, attachment.length - 64]) expect(plain.includes(attachment.subarray(at, at + 64))).toBe(false);
    expect(plain.includes(Buffer.from('remarque-secrete-asc'))).toBe(false);
    expect(plain.includes(Buffer.from('note-de-lecture-asc'))).toBe(false);
    expect(plain.includes(Buffer.from('note-de-lecture-cuf-recusee'))).toBe(false);
    // The same check can fail: the member's own note on a dossier they may see is there.
    expect(plain.includes(Buffer.from('note-de-lecture-cuf-visible'))).toBe(true);
    expect(otherNames).toHaveLength(7);
    for (const name of otherNames) expect(plain.includes(Buffer.from(name, 'utf8'))).toBe(false);
    const file = join(dir, 'plain.sqlite');
    writeFileSync(file, plain);
    const db = new Database(file, { readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      expect(count('SELECT count(*) FROM dossiers')).toBe(59);
      expect(count('SELECT count(*) FROM members')).toBe(1);
      expect(count('SELECT count(*) FROM scores')).toBe(0);
      expect(count('SELECT count(*) FROM conflicts')).toBe(0);
      expect(count('SELECT count(*) FROM audit_log')).toBe(0);
      expect(count('SELECT count(*) FROM issued_packages')).toBe(0);
      expect(count('PRAGMA freelist_count')).toBe(0);
      expect(db.prepare('SELECT member_id FROM member_mode').pluck().get()).toBe(MEMBER);
      expect(db.prepare('SELECT member_id, dossier_id, text FROM reading_notes').all()).toEqual([
        { member_id: MEMBER, dossier_id: visible, text: 'note-de-lecture-cuf-visible' },
      ]);
    } finally {
      db.close();
    }
  });

  it('is stated in a versioned header and opened into the member’s own file', async () => {
    const bytes = readFileSync(pkg);
    expect(bytes.subarray(0, 6).toString('ascii')).toBe('CMTPKG');
    expect(bytes[6]).toBe(1);
    expect(bytes[8]).toBe(10); // log2 N as the tests ask; the product seals at 17
    const api = newApi(dir);
    const out = join(dir, 'cuf.comitia');
    const info = await call<{ dossiers: number; members: number }>(api, 'packageOpen', { file: pkg, out, passphrase: `  ${PASSPHRASE.toUpperCase()} ` });
    expect(info).toMatchObject({ dossiers: 59, members: 1 });
    expect(await call(api, 'memberMode', {})).toMatchObject({ member: MEMBER, returnSequence: 0 });
    // Member mode: the member's own scores and declarations only; no packages made from here.
    const other = await call<{ id: string }[]>(api, 'dossiersList', {});
    expect(await refusal(api, 'scoreSet', { member: 'asc', dossier: other[0]!.id, criterion: 'pertinence', value: 1 })).toBe('exchange.not_your_file');
    expect(await refusal(api, 'conflictSet', { member: 'asc', dossier: other[0]!.id, reason: 'x' })).toBe('exchange.not_your_file');
    await call(api, 'scoreSet', { member: MEMBER, dossier: other[0]!.id, criterion: 'pertinence', value: 1 });
    expect(await refusal(api, 'packageExport', { member: MEMBER, out: join(dir, 'x.pkg'), passphrase: PASSPHRASE })).toBe('exchange.member_mode_no_package');
    api.context.session.close();
  });

  it('refuses a wrong passphrase, and any flipped byte, creating nothing', async () => {
    const api = newApi(dir);
    const out = join(dir, 'never.comitia');
    expect(await refusal(api, 'packageOpen', { file: pkg, out, passphrase: 'abeille acajou adroit agile brioche castor' })).toBe('exchange.wrong_passphrase');
    const size = readFileSync(pkg).length;
    const positions = [0, 6, 7, 8, 20, HEADER_LENGTH - 1, HEADER_LENGTH, HEADER_LENGTH + 4096, Math.floor(size / 2), size - 17, size - 1];
    for (const at of positions) {
      const altered = join(dir, `flip-${at}.pkg`);
      flipByte(pkg, at, altered);
      const code = await refusal(api, 'packageOpen', { file: altered, out, passphrase: PASSPHRASE });
      expect(['exchange.package_altered', 'exchange.wrong_passphrase', 'exchange.not_a_package', 'exchange.package_version']).toContain(code);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('is proposed a passphrase of 6 French words when none is given, and refuses a weak one', async () => {
    const api = newApi(dir);
    await call(api, 'sessionOpen', { path: session });
    const issued = await call<PackageIssued>(api, 'packageExport', { member: 'asc', out: join(dir, 'asc.pkg') });
    expect(issued.passphrase?.split(' ')).toHaveLength(6);
    // The same checks can fail: a member who is not recused does receive that dossier and its attachment.
    const plain = await openPackage(readFileSync(join(dir, 'asc.pkg')), issued.passphrase!, 'asc.pkg');
    expect(plain.includes(Buffer.from(recused.name, 'utf8'))).toBe(true);
    expect(plain.includes(attachment.subarray(0, 64))).toBe(true);
    expect(await refusal(api, 'packageExport', { member: 'asc', out: join(dir, 'asc2.pkg'), passphrase: 'court' })).toBe('exchange.passphrase_weak');
    expect(await refusal(api, 'packageExport', { member: 'nobody', out: join(dir, 'n.pkg'), passphrase: PASSPHRASE })).toBe('exchange.unknown_member');
    const list = await call<{ member: string; lastReturn: unknown }[]>(api, 'packagesList', {});
    expect(list.map((p) => p.member)).toEqual([MEMBER, 'asc']);
    expect(list.every((p) => p.lastReturn === null)).toBe(true);
    api.context.session.close();
  });
});
