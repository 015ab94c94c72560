/**
 * Per-user settings that belong to no session (language, recent files). Stored with `conf`, the engine of
 * electron-store: the desktop shell passes Electron's userData folder, the web shell and tests a folder of their own.
 */
import Conf from 'conf';
import type { Language, UserSettings } from '../../common/domain/types.ts';

const MAX_RECENT = 10;

export class SettingsStore {
  readonly #conf: Conf<UserSettings>;

  constructor(cwd: string) {
    this.#conf = new Conf<UserSettings>({
      cwd,
      projectName: 'comitia',
      configName: 'settings',
      defaults: { language: 'fr', recentSessions: [] },
      schema: {
        language: { type: 'string', enum: ['fr', 'en'] },
        recentSessions: { type: 'array', items: { type: 'string' } },
      },
    });
  }

  get(): UserSettings {
    return { language: this.#conf.get('language'), recentSessions: this.#conf.get('recentSessions') };
  }

  setLanguage(language: Language): void {
    this.#conf.set('language', language);
  }

  rememberSession(path: string): void {
    const recent = [path, ...this.#conf.get('recentSessions').filter((p) => p !== path)].slice(0, MAX_RECENT);
    this.#conf.set('recentSessions', recent);
  }
}
