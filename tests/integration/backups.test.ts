/** Backups: checked copies beside the session, listed newest first, rotated, restorable (and a restore undoable). */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../common/domain/backups.ts';
import { createApi, type Api } from '../../main/api.ts';
import { backupFolder, backupSession, KEEP, listBackups } from '../../main/backup/sessionBackups.ts';
import { CurrentSession } from '../../main/session/currentSession.ts';
import { SettingsStore } from '../../main/settings/userSettings.ts';

let dir: string;
let path: string;
let api: Api;
let session: CurrentSession;

async function invoke<T>(method: string, arg: unknown = {}): Promise<T> {
  const r = await api.invoke(method, arg);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-backups-'));
  path = join(dir, 'session.comitia');
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  await invoke('sessionCreate', { path, demo: true });
});
afterAll(() => session.close());

const scoreCount = () => session.db().prepare('SELECT count(*) FROM scores').pluck().get() as number;

describe('session backups', () => {
  it('takes a checked copy beside the session and lists it', async () => {
    const entry = await invoke<BackupEntry>('backupCreate');
    expect(entry.reason).toBe('manual');
    expect(existsSync(join(backupFolder(path), entry.fileName))).toBe(true);
    const copy = new Database(join(backupFolder(path), entry.fileName), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM dossiers').pluck().get()).toBe(60);
    copy.close();
    expect((await invoke<BackupEntry[]>('backupsList'))[0]).toEqual(entry);
  });

  it('sweeps a copy a killed process left half-written, never one a running process is writing', async () => {
    const folder = backupFolder(path);
    // A pid no process has (above Linux's pid_max), and this test's parent, alive.
    const dead = join(folder, '.2026-01-01T00-00-00-000Z-manual.comitia.4194999.partial');
    const alive = join(folder, `.2026-01-01T00-00-00-000Z-manual.comitia.${process.ppid}.partial`);
    writeFileSync(dead, 'half a copy');
    writeFileSync(alive, 'a copy being written');
    await invoke<BackupEntry>('backupCreate');
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([alive.split('/').pop()]);
    rmSync(alive);
  });

  it('restores a copy, after copying the current state aside so the restore can be undone', async () => {
    const before = scoreCount();
    const entry = await invoke<BackupEntry>('backupCreate');
    const members = await invoke<{ id: string; role: string }[]>('membersList');
    const grid = await invoke<{ criteria: { id: string }[] }>('gridGet');
    const dossiers = await invoke<{ id: string }[]>('dossiersList');
    const conflicts = await invoke<{ member: string; dossier: string }[]>('conflictsList');
    const member = members.find((m) => m.role !== 'observer')!.id;
    const dossier = dossiers.find((d) => !conflicts.some((c) => c.member === member && c.dossier === d.id))!.id;
    await invoke('scoreSet', { member, dossier, criterion: grid.criteria[0]!.id, value: 2 });
    expect(scoreCount()).toBe(before + 1);
    await invoke('backupRestore', { fileName: entry.fileName });
    expect(scoreCount()).toBe(before);
    const list = await invoke<BackupEntry[]>('backupsList');
    expect(list[0]!.reason).toBe('restore');
    // The copy taken before restoring holds the score: undoing the restore brings it back.
    await invoke('backupRestore', { fileName: list[0]!.fileName });
    expect(scoreCount()).toBe(before + 1);
  });

  it('refuses a name that is not one of the copies, and a damaged copy', async () => {
    for (const fileName of ['../session.comitia', 'nope.comitia', '2026-01-01T00-00-00-000Z-manual.comitia']) {
      const r = await api.invoke('backupRestore', { fileName });
      expect(r).toMatchObject({ ok: false, error: { code: 'session.backup_not_found' } });
    }
    const damaged = '2020-01-01T00-00-00-000Z-manual.comitia';
    writeFileSync(join(backupFolder(path), damaged), 'SQLite format 3\u0000' + 'x'.repeat(5000));
    const before = scoreCount();
    const r = await api.invoke('backupRestore', { fileName: damaged });
    expect(r.ok).toBe(false);
    expect(scoreCount()).toBe(before);
  });

  it(`keeps the ${KEEP} newest copies`, async () => {
    for (let i = 0; i < KEEP + 3; i += 1) await backupSession(session.db(), path, 'manual');
    const list = listBackups(path);
    expect(list).toHaveLength(KEEP);
    expect(readdirSync(backupFolder(path)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect([...list].sort((a, b) => b.fileName.localeCompare(a.fileName))).toEqual(list);
  });
});
