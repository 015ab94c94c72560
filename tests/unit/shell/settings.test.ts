/**
 * The user's settings behind the SettingsStore interface, on `conf` (the engine where Electron is absent; the
 * desktop's electron-store is the same engine, covered in mainProcess.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../common/domain/types.ts';
import { ConfSettingsStore, settingsOn, type SettingsEngine } from '../../../main/settings/userSettings.ts';

const dir = mkdtempSync(join(tmpdir(), 'comitia-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('settings kept with conf', () => {
  it('start in French with no recent session, and survive a new store on the same folder', () => {
    const store = new ConfSettingsStore(join(dir, 'a'));
    expect(store.get()).toEqual({ language: 'fr', recentSessions: [], trustedCertificates: [] });
    store.setLanguage('en');
    store.rememberSession('/s/un.comitia');
    expect(new ConfSettingsStore(join(dir, 'a')).get()).toEqual({ language: 'en', recentSessions: ['/s/un.comitia'], trustedCertificates: [] });
    expect(JSON.parse(readFileSync(join(dir, 'a', 'settings.json'), 'utf8'))).toEqual({ language: 'en', recentSessions: ['/s/un.comitia'], trustedCertificates: [] });
  });

  it('keep the trust store of the minutes: each fingerprint once, removed on request, a malformed one refused', () => {
    const store = new ConfSettingsStore(join(dir, 't'));
    const a = 'a'.repeat(64);
    store.trustCertificate(a);
    store.trustCertificate(a);
    store.trustCertificate('b'.repeat(64));
    expect(new ConfSettingsStore(join(dir, 't')).get().trustedCertificates).toEqual([a, 'b'.repeat(64)]);
    store.distrustCertificate(a);
    expect(store.get().trustedCertificates).toEqual(['b'.repeat(64)]);
    expect(() => store.trustCertificate('pas une empreinte')).toThrow();
  });

  it('keep the ten last sessions, the latest first, each once', () => {
    const store = new ConfSettingsStore(join(dir, 'b'));
    for (let i = 0; i < 12; i += 1) store.rememberSession(`/s/${i}.comitia`);
    store.rememberSession('/s/5.comitia');
    const recent = store.get().recentSessions;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe('/s/5.comitia');
    expect(new Set(recent).size).toBe(10);
    expect(recent).not.toContain('/s/0.comitia');
  });

  it('refuse a language the schema does not know, and keep the old one', () => {
    const store = new ConfSettingsStore(join(dir, 'c'));
    expect(() => store.setLanguage('de' as Language)).toThrow();
    expect(store.get().language).toBe('fr');
  });

  it('work over any engine with get and set (what electron-store offers)', () => {
    const values = new Map<string, unknown>([
      ['language', 'fr'],
      ['recentSessions', []],
    ]);
    const engine = { get: (k: string) => values.get(k), set: (k: string, v: unknown) => values.set(k, v) } as unknown as SettingsEngine;
    const store = settingsOn(engine);
    store.rememberSession('/x.comitia');
    expect(values.get('recentSessions')).toEqual(['/x.comitia']);
  });
});
