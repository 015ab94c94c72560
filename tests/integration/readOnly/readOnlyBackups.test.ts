/**
 * Backups of a session opened read-only (issue 12): nothing is written, so no copy is taken and none is restored —
 * a restore would rewrite the file — and the session says why it is read-only (the interface's banner reads it).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api.ts';
import { backupFolder } from '../../../main/backup/sessionBackups.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { tempDir } from '../../fixtures/import/dsExport.ts';
import { fingerprint } from '../../fixtures/import/session.ts';

describe('a session opened read-only and its backups', () => {
  it('says it was opened so on purpose, refuses to take or restore a copy, and leaves the file and its copies as they were', async () => {
    const dir = tempDir('comitia-ro-backups-');
    const path = join(dir, 's.comitia');
    const writer = new CurrentSession();
    await writer.create(path);
    const copy = await writer.backup('manual');
    writer.close();
    const before = fingerprint(path);
    const copies = readdirSync(backupFolder(path)).sort();

    const session = new CurrentSession();
    const api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
    const opened = await api.invoke('sessionOpen', { path, readOnly: true });
    expect(opened).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'asked' } });
    expect(await api.invoke('backupsList', {})).toMatchObject({ ok: true, value: [{ fileName: copy.fileName }] });
    expect(await api.invoke('backupCreate', {})).toMatchObject({ ok: false, error: { code: 'session.read_only' } });
    expect(await api.invoke('backupRestore', { fileName: copy.fileName })).toMatchObject({ ok: false, error: { code: 'session.read_only' } });
    // Still open, still read-only, after the refusals.
    expect(await api.invoke('sessionInfo', {})).toMatchObject({ ok: true, value: { readOnly: true } });
    session.close();

    expect(fingerprint(path)).toBe(before);
    expect(readdirSync(backupFolder(path)).sort()).toEqual(copies);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('a session opened to work on has no read-only reason', async () => {
    const dir = tempDir('comitia-rw-reason-');
    const session = new CurrentSession();
    expect(await session.create(join(dir, 's.comitia'))).toMatchObject({ readOnly: false, readOnlyReason: null });
    session.close();
  });
});
