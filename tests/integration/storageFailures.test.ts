/** A full disk during a write: a clear code, and the file exactly as it was before the write. */
import type Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../main/api.ts';
import { CurrentSession } from '../../main/session/currentSession.ts';
import { SettingsStore } from '../../main/settings/userSettings.ts';
import { scorableCells } from '../fixtures/crash/cells.ts';

const digest = (db: Database.Database) =>
  JSON.stringify(db.prepare('SELECT * FROM scores ORDER BY rowid').raw().all()) +
  JSON.stringify(db.prepare('SELECT * FROM audit_log ORDER BY rowid').raw().all());

describe('storage failures', () => {
  it('a full disk refuses the write with session.disk_full and leaves scores and audit log as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-storage-'));
    const session = new CurrentSession();
    const api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
    expect((await api.invoke('sessionCreate', { path: join(dir, 's.comitia'), demo: true })).ok).toBe(true);
    const cells = await scorableCells(api);
    const db = session.db();
    // SQLite's max_page_count stands in for a full disk: a write needing one more page fails with SQLITE_FULL.
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 2}`);
    let i = 0;
    let first = null;
    for (; i < cells.length && !first; i += 1) {
      const r = await api.invoke('scoreSet', { ...cells[i]!, value: 1, comment: 'é'.repeat(2000) });
      if (!r.ok) first = r;
    }
    expect(first).toMatchObject({ ok: false, error: { code: 'session.disk_full' } });
    const before = digest(db);
    const again = await api.invoke('scoreSet', { ...cells[i]!, value: 2, comment: 'è'.repeat(2000) });
    expect(again).toMatchObject({ ok: false, error: { code: 'session.disk_full' } });
    expect(digest(db)).toBe(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    session.close();
  });
});
