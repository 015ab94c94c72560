/**
 * `npm run web [-- --session FILE] [--port N]`: the web shell. Serves the built renderer and the api on
 * 127.0.0.1 and prints the URL to open (it carries the per-run token).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from '../api.ts';
import { resourcesDir } from '../paths.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { openOrCreateDemo, openStartupSession, userDataDir } from '../session/defaultSession.ts';
import { SettingsStore } from '../settings/userSettings.ts';
import { startWebServer } from './webServer.ts';

const { values } = parseArgs({
  options: {
    session: { type: 'string' },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    renderer: { type: 'string' },
  },
});

const dataDir = values['data-dir'] ? resolve(values['data-dir']) : userDataDir();
const settings = new SettingsStore(dataDir);
const session = new CurrentSession();
let sessionPath: string;
if (values.session) {
  sessionPath = resolve(values.session);
  if (await openOrCreateDemo(session, sessionPath)) console.log(`Session de démonstration créée : ${sessionPath}`);
  settings.rememberSession(sessionPath);
} else {
  sessionPath = await openStartupSession(session, dataDir, settings.get().recentSessions);
}
const api = createApi({ session, settings, progress: () => undefined });
const rendererDir = values.renderer ? resolve(values.renderer) : resolve(resourcesDir(), '..', 'out', 'renderer');
const web = await startWebServer({ api, rendererDir, port: values.port ? Number(values.port) : 0 });
console.log(`Comitia (web) : ${web.url}`);
console.log(`Session : ${sessionPath}`);

const stop = (): void => {
  void web.close().then(() => {
    session.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
