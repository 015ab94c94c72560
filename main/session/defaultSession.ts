import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Electron's `app.getPath('userData')` for an app named Comitia, computed without Electron, so that the web shell
 * finds the same embedded demo session and settings as the desktop application.
 */
export function userDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Comitia');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Comitia');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Comitia');
}
