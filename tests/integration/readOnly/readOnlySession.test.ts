/**
 * `comitia info` is read-only (issue 12): describing a file never migrates, backs it up or writes it, an older
 * schema is described as such, a file that cannot be opened leaves nothing behind; a session opened read-only (asked
 * for, or a file that is not writable) says so and refuses every write with `session.read_only`. The CLI's text
 * output strips terminal control sequences from imported data.
 */
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { upsertDossier } from '../../../main/db/dossierRepo.ts';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations/index.ts';
import { printable } from '../../../main/cli/terminalText.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { cli } from '../../fixtures/cli.ts';
import { tempDir } from '../../fixtures/import/dsExport.ts';
import { fingerprint } from '../../fixtures/import/session.ts';

const dossier = {
  id: '10001', name: 'Ville \u001b]0;pwned\u0007de \u001b[2JBourg', echelon: 'commune' as const, insee: '01053', siren: null, departement: '01',
  region: '84', outreMer: false, population: null, referent: null, email: null, profile: null, firstTimeInternational: null,
  firstTimeVolunteering: null, countries: [], priorityCountry: false, partnerAuthority: null, schemes: [], missionsSending: null,
  missionsHosting: null, missionsSci: null, missionsVsi: null, narrative: null, state: 'en_construction' as const, depositedAt: null,
  extraFields: {}, warnings: [],
};

const snapshot = (dir: string) => ({ files: readdirSync(dir).sort(), bytes: Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.comitia')).map((f) => [f, fingerprint(join(dir, f))])) });

describe('comitia info', () => {
  it('describes an older file without migrating, backing up or writing it, and says its schema is older', async () => {
    const dir = tempDir('comitia-info-old-');
    const path = join(dir, 'v4.comitia');
    const v4 = await openSessionDb(path, { create: true, migrations: migrations.filter((m) => m.version <= 4) });
    upsertDossier(v4, dossier);
    v4.close();
    const before = snapshot(dir);
    const mtime = statSync(path).mtimeMs;
    const text = await cli('info', path);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/schéma 4 · 1 dossiers/);
    expect(text.out).toContain(`schéma antérieur (4, cette version de Comitia : ${latestSchemaVersion})`);
    const json = await cli('info', path, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ schemaVersion: 4, latestSchemaVersion, readOnly: true, dossiers: 1 });
    // Same bytes, same date, no backup folder, no -wal or -shm.
    expect(snapshot(dir)).toEqual(before);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('refuses a file that is not a session with a message, and leaves nothing behind', async () => {
    const dir = tempDir('comitia-info-bad-');
    const path = join(dir, 'faux.comitia');
    writeFileSync(path, 'ceci n’est pas une base SQLite, même pas un peu'.repeat(100));
    const before = snapshot(dir);
    const r = await cli('info', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/faux\.comitia/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a session opened read-only', () => {
  it('says so, and refuses every write with session.read_only, leaving the file unchanged', async () => {
    const dir = tempDir('comitia-ro-');
    const path = join(dir, 's.comitia');
    const writer = new CurrentSession();
    await writer.create(path);
    writer.close();
    const before = fingerprint(path);
    const session = new CurrentSession();
    const api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
    const opened = await api.invoke('sessionOpen', { path, readOnly: true });
    expect(opened).toMatchObject({ ok: true, value: { readOnly: true } });
    const writes = [
      await api.invoke('membersSet', { members: [{ id: 'm', name: 'Marie', institution: 'MEAE', role: 'member' }] }),
      await api.invoke('scoringSettingsSet', { blind: true }),
    ];
    for (const w of writes) expect(w).toMatchObject({ ok: false, error: { code: 'session.read_only' } });
    session.close();
    expect(fingerprint(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('opens a file without write permission read-only, by itself', async () => {
    // As root, access(W_OK) succeeds whatever the mode: this case is proven by the option above instead.
    const dir = tempDir('comitia-ro-chmod-');
    const path = join(dir, 's.comitia');
    const writer = new CurrentSession();
    await writer.create(path);
    writer.close();
    chmodSync(path, 0o444);
    const session = new CurrentSession();
    expect(await session.open(path)).toMatchObject({ readOnly: true });
    session.close();
  });

  it('opens read-write otherwise', async () => {
    const dir = tempDir('comitia-rw-');
    const session = new CurrentSession();
    expect(await session.create(join(dir, 's.comitia'))).toMatchObject({ readOnly: false });
    session.close();
  });
});

describe('the CLI prints imported data harmlessly', () => {
  it('removes escape sequences and shows other controls as U+FFFD', () => {
    expect(printable('a\u001b[31mrouge\u001b[0m b')).toBe('arouge b');
    expect(printable('titre\u001b]0;pwned\u0007 fin')).toBe('titre fin');
    expect(printable('x\u001b]52;c;SGVsbG8=\u001b\\y')).toBe('xy');
    expect(printable('cr\rbs\bnul\u0000bidi\u202e')).toBe('cr\uFFFDbs\uFFFDnul\uFFFDbidi\uFFFD');
    expect(printable('tab\tet\nligne, « é »')).toBe('tab\tet\nligne, « é »');
  });

  it('in `comitia dossiers`', async () => {
    const dir = tempDir('comitia-cli-ansi-');
    const path = join(dir, 's.comitia');
    const db = await openSessionDb(path, { create: true });
    upsertDossier(db, dossier);
    db.close();
    const r = await cli('dossiers', path);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Ville de Bourg');
    // eslint-disable-next-line no-control-regex -- looking for the control characters themselves
    expect(r.out).not.toMatch(/[\u001b\u0007]/);
  });
});
