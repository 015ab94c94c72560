/**
 * The desktop shell's settings, kept by electron-store in Electron's userData folder (`settings.json`), behind the
 * same SettingsStore interface as the conf-backed store of the web shell and the tests (main/settings/userSettings.ts).
 * Only main/shell imports electron-store: it imports 'electron' itself.
 */
import ElectronStore from 'electron-store';
import type { UserSettings } from '../../common/domain/types.ts';
import { SETTINGS_OPTIONS, settingsOn, type SettingsStore } from '../settings/userSettings.ts';

export function electronSettingsStore(): SettingsStore {
  // electron-store names the file with `name` (conf's configName) and defaults `cwd` to app.getPath('userData').
  const { configName, ...options } = SETTINGS_OPTIONS;
  return settingsOn(new ElectronStore<UserSettings>({ ...options, name: configName } as ConstructorParameters<typeof ElectronStore<UserSettings>>[0]));
}
