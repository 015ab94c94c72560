/**
 * Opening an attachment from a session file that arrives from outside (issue 12): every value that becomes part of
 * a path is checked, the copy stays in its private folder, macro-capable documents are saved rather than opened,
 * and on Windows the copy keeps the "downloaded from the Internet" mark. The crafted session files are real SQLite
 * files: the digest rule is a CHECK of the schema (migration 0008), so a crafted digest cannot even be stored.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AttachmentInfo } from '../../../common/import/types.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';
import { fail, ok } from '../../../common/result.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { upsertDossier } from '../../../main/db/dossierRepo.ts';
import { migrations } from '../../../main/db/migrations/index.ts';
import { isHexDigest } from '../../../main/files/attachmentRecord.ts';
import { zoneIdentifierContent, zoneIdentifierPath } from '../../../main/files/zoneIdentifier.ts';
import { createAttachmentActions, openRefusal } from '../../../main/shell/attachmentActions.ts';

const parent = mkdtempSync(join(tmpdir(), 'comitia-attach-hard-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const info = (over: Partial<AttachmentInfo>): AttachmentInfo => ({
  id: 1, dossierId: '10001', path: 'export/dossier-10001/a.pdf', fileName: 'a.pdf', category: 'autre',
  mediaType: 'application/pdf', size: 4, sha256: 'a'.repeat(64), addedAt: '2022-04-02T10:00:00Z', ...over,
});

describe('the Windows mark of the Web', () => {
  it('is the Internet zone, in the INI form Windows writes, in the Zone.Identifier stream', () => {
    expect(zoneIdentifierContent()).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
    expect(zoneIdentifierPath('C:\\t\\a.pdf')).toBe('C:\\t\\a.pdf:Zone.Identifier');
  });

  it('is written beside the opened copy on win32 only', async () => {
    const data = { info: info({}), data: Buffer.from('%PDF') };
    const openPath = vi.fn(async () => '');
    const win = createAttachmentActions({ read: () => ok(data), openPath, tempParent: parent, platform: 'win32' });
    expect(await win.open(1)).toMatchObject({ ok: true });
    const opened = openPath.mock.calls[0] as unknown as [string];
    // On this (non-Windows) system the stream syntax is an ordinary file name, which shows what was written.
    expect(readFileSync(zoneIdentifierPath(opened[0]), 'utf8')).toBe('[ZoneTransfer]\r\nZoneId=3\r\n');
    win.cleanup();
    const linux = createAttachmentActions({ read: () => ok(data), openPath, tempParent: parent, platform: 'linux' });
    expect(await linux.open(1)).toMatchObject({ ok: true });
    const second = openPath.mock.calls[1] as unknown as [string];
    expect(existsSync(zoneIdentifierPath(second[0]))).toBe(false);
    linux.cleanup();
  });
});

describe('macro-capable documents', () => {
  it.each(['doc', 'xls', 'ppt', 'rtf', 'docm', 'xlsm', 'pptm', 'dotm', 'xlsb'])('.%s is saved, not opened, with its own message', (ext) => {
    const refusal = openRefusal(`note.${ext.toUpperCase()}`);
    expect(refusal).toMatchObject({ ok: false, error: { code: 'shell.attachment_macro_capable', params: { ext } } });
    expect(refusal && !refusal.ok && errorText(refusal.error)).toMatch(/peuvent contenir des macros/);
  });

  it.each(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'pdf'])('.%s opens', (ext) => {
    expect(openRefusal(`note.${ext}`)).toBeNull();
  });
});

describe('a record whose values would make a path', () => {
  const hostile: Array<[string, Partial<AttachmentInfo>]> = [
    ['a traversal digest', { sha256: '../../../../etc/passwd'.padEnd(64, 'a') }],
    ['an upper-case digest', { sha256: 'A'.repeat(64) }],
    ['a short digest', { sha256: 'abc' }],
    ['a digest with a separator', { sha256: `${'a'.repeat(31)}/${'a'.repeat(32)}` }],
    ['a negative id', { id: -1 }],
    ['a fractional id', { id: 1.5 }],
  ];

  it.each(hostile)('refuses %s before writing anything', async (_label, over) => {
    const openPath = vi.fn(async () => '');
    const tempParent = mkdtempSync(join(parent, 'case-'));
    const actions = createAttachmentActions({ read: () => ok({ info: info(over), data: Buffer.from('x') }), openPath, tempParent });
    const result = await actions.open(1);
    expect(result).toMatchObject({ ok: false, error: { code: 'shell.attachment_bad_record' } });
    const saved = await actions.save(1, async () => join(tempParent, 'saved.pdf'));
    expect(saved).toMatchObject({ ok: false, error: { code: 'shell.attachment_bad_record' } });
    expect(openPath).not.toHaveBeenCalled();
    expect(readdirSync(tempParent)).toEqual([]);
  });

  it('keeps a hostile file name to one segment inside the private folder', async () => {
    const openPath = vi.fn(async (_p: string) => '');
    const actions = createAttachmentActions({
      read: () => ok({ info: info({ fileName: '..\\..\\..\\x/../../évil.pdf' }), data: Buffer.from('x') }),
      openPath,
      tempParent: parent,
    });
    expect(await actions.open(1)).toMatchObject({ ok: true, value: { fileName: 'évil.pdf' } });
    expect(openPath.mock.calls[0]![0].startsWith(`${actions.folder()!}/1-aaaaaaaaaaaa/`)).toBe(true);
    actions.cleanup();
  });

  it('passes a read failure through unchanged', async () => {
    const actions = createAttachmentActions({ read: (id) => fail('session.attachment_not_found', { id }), openPath: async () => '' });
    expect(await actions.open(7)).toMatchObject({ ok: false, error: { code: 'session.attachment_not_found' } });
  });

  it('tells a hex digest from anything else', () => {
    expect(isHexDigest('0123456789abcdef'.repeat(4))).toBe(true);
    expect(isHexDigest(`${'a'.repeat(63)}\n`)).toBe(false);
    expect(isHexDigest(`${'a'.repeat(64)}\n`)).toBe(false);
    expect(isHexDigest(null)).toBe(false);
  });
});

describe('a crafted session file (the digest rule is in the schema, migration 0008)', () => {
  const dossier = {
    id: '10001', name: 'Ville de Bourg-en-Bresse', echelon: 'commune' as const, insee: '01053', siren: null, departement: '01',
    region: '84', outreMer: false, population: null, referent: null, email: null, profile: null, firstTimeInternational: null,
    firstTimeVolunteering: null, countries: [], priorityCountry: false, partnerAuthority: null, schemes: [], missionsSending: null,
    missionsHosting: null, missionsSci: null, missionsVsi: null, narrative: null, state: 'en_construction' as const, depositedAt: null,
    extraFields: {}, warnings: [],
  };
  const evil = `../../${'a'.repeat(58)}`;
  const insertAttachment = (db: Awaited<ReturnType<typeof openSessionDb>>, sha: string) => {
    db.prepare('INSERT INTO blobs (sha256, size, data) VALUES (?, 1, ?)').run(sha, Buffer.from('x'));
    db.prepare(
      `INSERT INTO attachments (dossier_id, path, file_name, category, media_type, size, sha256, added_at)
       VALUES ('10001', 'p', 'a.pdf', 'autre', 'application/pdf', 1, ?, '2022-04-02T10:00:00Z')`,
    ).run(sha);
  };

  it('cannot store a digest that is not 64 lower-case hex digits', async () => {
    const db = await openSessionDb(join(parent, 'now.comitia'), { create: true });
    try {
      upsertDossier(db, dossier);
      expect(() => insertAttachment(db, evil)).toThrow(/CHECK/);
      expect(() => insertAttachment(db, 'F'.repeat(64))).toThrow(/CHECK/);
      insertAttachment(db, 'f'.repeat(64));
      expect(() => db.prepare('UPDATE attachments SET sha256 = ?').run(evil)).toThrow(/CHECK|FOREIGN/);
    } finally {
      db.close();
    }
  });

  it('refuses to migrate an older file holding a crafted digest, and leaves it as it was', async () => {
    const path = join(parent, 'v4-evil.comitia');
    const v4 = await openSessionDb(path, { create: true, migrations: migrations.filter((m) => m.version <= 4) });
    upsertDossier(v4, dossier);
    insertAttachment(v4, evil);
    v4.close();
    await expect(openSessionDb(path)).rejects.toThrow(/CHECK/);
    // Each step is its own transaction: the steps before 0008 stay done, 0008 is rolled back whole (and a checked
    // copy of the version-4 file was taken before migrating).
    const before = Math.max(...migrations.filter((m) => m.version < 8).map((m) => m.version));
    const again = await openSessionDb(path, { migrations: migrations.filter((m) => m.version <= before) });
    try {
      expect(again.pragma('user_version', { simple: true })).toBe(before);
      expect(again.prepare('SELECT sha256 FROM attachments').pluck().all()).toEqual([evil]);
    } finally {
      again.close();
    }
  });

  it('refuses a current file whose attachments table was rebuilt without the rule', async () => {
    const path = join(parent, 'tampered.comitia');
    const db = await openSessionDb(path, { create: true });
    db.pragma('foreign_keys = OFF');
    const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'attachments'`).pluck().get() as string;
    db.exec(`DROP INDEX attachments_sha256; DROP TABLE attachments; ${sql.replace(/ CHECK \(length\(sha256\)[^)]*\*'\)/, '')}; CREATE INDEX attachments_sha256 ON attachments (sha256);`);
    db.close();
    await expect(openSessionDb(path)).rejects.toMatchObject({ code: 'session.schema_tampered' });
  });
});
