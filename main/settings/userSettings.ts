/**
 * Per-user settings that belong to no session (language, recent files), behind one interface, `SettingsStore`.
 * Two engines keep them in the same JSON file (`settings.json`, same schema and defaults): the desktop shell uses
 * electron-store (main/shell/electronSettings.ts: Electron's userData folder), and where Electron is absent (the
 * web shell, the tests) `conf`, the engine electron-store is built on, in a folder of their own.
 */
import Conf, { type Options } from 'conf';
import type { Language, UserSettings } from '../../common/domain/types.ts';

const MAX_RECENT = 10;

export interface SettingsStore {
  get(): UserSettings;
  setLanguage(language: Language): void;
  rememberSession(path: string): void;
  /** The trust store of the minutes' verification: certificate fingerprints (SHA-256, hex). */
  trustCertificate(fingerprint: string): void;
  distrustCertificate(fingerprint: string): void;
}

/** The file, defaults and schema both engines use. */
export const SETTINGS_OPTIONS = {
  configName: 'settings',
  defaults: { language: 'fr', recentSessions: [], trustedCertificates: [] },
  schema: {
    language: { type: 'string', enum: ['fr', 'en'] },
    recentSessions: { type: 'array', items: { type: 'string' } },
    trustedCertificates: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
  },
} as const satisfies Partial<Options<UserSettings>>;

/** What the settings need of an engine: conf's and electron-store's get and set. */
export interface SettingsEngine {
  get<K extends keyof UserSettings>(key: K): UserSettings[K];
  set<K extends keyof UserSettings>(key: K, value: UserSettings[K]): void;
}

/** The settings over an engine (conf, or electron-store which extends it). */
export function settingsOn(engine: SettingsEngine): SettingsStore {
  return {
    get: () => ({ language: engine.get('language'), recentSessions: engine.get('recentSessions'), trustedCertificates: engine.get('trustedCertificates') ?? [] }),
    setLanguage: (language) => engine.set('language', language),
    rememberSession: (path) =>
      engine.set('recentSessions', [path, ...engine.get('recentSessions').filter((p) => p !== path)].slice(0, MAX_RECENT)),
    trustCertificate: (fingerprint) => {
      const trusted = engine.get('trustedCertificates') ?? [];
      if (!trusted.includes(fingerprint)) engine.set('trustedCertificates', [...trusted, fingerprint]);
    },
    distrustCertificate: (fingerprint) =>
      engine.set('trustedCertificates', (engine.get('trustedCertificates') ?? []).filter((f) => f !== fingerprint)),
  };
}

/** The settings kept with `conf` in `cwd` (the web shell, the tests: no Electron there). */
export class ConfSettingsStore implements SettingsStore {
  readonly #settings: SettingsStore;

  constructor(cwd: string) {
    this.#settings = settingsOn(new Conf<UserSettings>({ ...SETTINGS_OPTIONS, cwd, projectName: 'comitia' } as Options<UserSettings>));
  }

  get(): UserSettings {
    return this.#settings.get();
  }

  setLanguage(language: Language): void {
    this.#settings.setLanguage(language);
  }

  rememberSession(path: string): void {
    this.#settings.rememberSession(path);
  }

  trustCertificate(fingerprint: string): void {
    this.#settings.trustCertificate(fingerprint);
  }

  distrustCertificate(fingerprint: string): void {
    this.#settings.distrustCertificate(fingerprint);
  }
}

/** @deprecated Transitional name of ConfSettingsStore, for the callers written before the interface. */
export const SettingsStore = ConfSettingsStore;
