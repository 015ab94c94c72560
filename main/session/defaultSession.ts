/**
 * The embedded default: on first start the application opens a demo session kept in the user's application-data
 * folder, so a newcomer sees a working committee at once. Shared by the desktop and the web shells.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { populateDemoSession } from '../demo/demoSession.ts';
import type { CurrentSession } from './currentSession.ts';

export const DEFAULT_SESSION_NAME = 'comitia-demo.comitia';

/** Electron's `app.getPath('userData')` for an app named Comitia, computed without Electron (web shell, CLI). */
export function userDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Comitia');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Comitia');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Comitia');
}

/**
 * Opens `path`; when it does not exist yet, creates a demo session there first.
 * Returns whether the file was created.
 */
export async function openOrCreateDemo(session: CurrentSession, path: string): Promise<boolean> {
  if (existsSync(path)) {
    await session.open(path);
    return false;
  }
  await session.create(path);
  populateDemoSession(session.db());
  return true;
}

/** The session to open at start: the last one used if it still exists, else the embedded demo. */
export async function openStartupSession(
  session: CurrentSession,
  dataDir: string,
  recentSessions: readonly string[],
): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const last = recentSessions.find((p) => existsSync(p));
  const path = last ?? join(dataDir, DEFAULT_SESSION_NAME);
  await openOrCreateDemo(session, path);
  return path;
}
