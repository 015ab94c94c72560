/**
 * `npm run web [-- --session FILE] [--empty] [--port N] [--data-dir DIR]`: the web shell. Serves the built renderer and the
 * api on 127.0.0.1 and prints the URL to open (it carries the per-run token). Without --session it opens what the
 * desktop application would (the last session, else the embedded demo); a --session file that does not exist yet
 * is created as a demo session, or as an empty one with --empty.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorText } from '../../common/i18n/translateMessage.ts';
import { createApi } from '../api.ts';
import { watchExternalWrites } from '../events/externalWrites.ts';
import { resourcesDir } from '../paths.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { userDataDir } from '../session/defaultSession.ts';
import { runStartupPlan, startupPlan, type StartupStep } from '../session/startupPlan.ts';
import { SettingsStore } from '../settings/userSettings.ts';
import { startWebServer } from './webServer.ts';

const { values } = parseArgs({
  options: {
    session: { type: 'string' },
    empty: { type: 'boolean' },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    renderer: { type: 'string' },
  },
});

const dataDir = values['data-dir'] ? resolve(values['data-dir']) : userDataDir();
mkdirSync(dataDir, { recursive: true });
const settings = new SettingsStore(dataDir);
const session = new CurrentSession();
const api = createApi({ session, settings });
watchExternalWrites(() => (session.isOpen ? session.db() : null), api.events);

const requested = values.session ? resolve(values.session) : null;
if (requested && values.empty && !existsSync(requested)) {
  const created = await api.invoke('sessionCreate', { path: requested, demo: false });
  if (!created.ok) {
    console.error(`Session non créée : ${errorText(created.error)}`);
    process.exit(1);
  }
}
const steps: StartupStep[] =
  requested && !existsSync(requested)
    ? [{ action: 'createDemo', path: requested, why: 'demo' }]
    : startupPlan({ requested, recentSessions: settings.get().recentSessions, userDataDir: dataDir, exists: existsSync });
const { opened, failures } = await runStartupPlan(api, steps);
for (const failure of failures) console.error(`Session non ouverte : ${failure}`);
if (requested && opened !== requested) process.exit(1);

const rendererDir = values.renderer ? resolve(values.renderer) : resolve(resourcesDir(), '..', 'out', 'renderer');
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`Interface non construite (${rendererDir}) : lancez « npm run build » ou « npm run web ».`);
  process.exit(1);
}
const web = await startWebServer({ api, rendererDir, port: values.port ? Number(values.port) : 0 });
console.log(`Comitia (web) : ${web.url}`);
console.log(`Session : ${opened ?? 'aucune'}`);

const stop = (): void => {
  void web.close().then(() => {
    session.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
