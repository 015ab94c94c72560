/**
 * `npm run web [-- --session FILE] [--empty] [--read-only] [--sessions-dir DIR] [--port N] [--data-dir DIR]` (`--help` lists
 * them, commandLine.ts): the web shell. Serves the built renderer and the api on 127.0.0.1 and prints the URL to
 * open (it carries the per-run token). Without --session it opens what the desktop application would (the last
 * session, else the embedded demo); a --session file that does not exist yet is created as a demo session, or as
 * an empty one with --empty; with --read-only an existing --session file is opened read-only (SessionInfo.readOnly, the
 * page's banner). The page may open and create sessions in the sessions folder only (sessionsFolder.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { errorText, messageText } from '../../common/i18n/translateMessage.ts';
import { createApi, type Api } from '../api.ts';
import { watchExternalWrites } from '../events/externalWrites.ts';
import { resourcesDir } from '../paths.ts';
import { AuditAnchors } from '../audit/auditAnchors.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { userDataDir } from '../session/defaultSession.ts';
import { runStartupPlan, startupPlan, type StartupStep } from '../session/startupPlan.ts';
import { ConfSettingsStore } from '../settings/userSettings.ts';
import { parseWebArguments, webUsage, type WebArguments } from './commandLine.ts';
import { startWebServer } from './webServer.ts';

const say = (line: string): void => console.log(line);
const complain = (line: string): void => console.error(line);

/** Opens the session the command line asks for, or the desktop's start-up choice; null when none could be. */
async function openStartSession(api: Api, values: WebArguments, dataDir: string, recent: string[]): Promise<string | null | false> {
  const requested = values.session ? resolve(values.session) : null;
  if (values['read-only']) {
    // Only the file named, as it is: no demo created in its place, no fallback to another session.
    if (!requested) {
      complain(messageText({ code: 'web.read_only_needs_session' }));
      return false;
    }
    const opened = await api.invoke('sessionOpen', { path: requested, readOnly: true });
    if (opened.ok) return requested;
    complain(messageText({ code: 'web.session_not_opened', params: { detail: `${requested} : ${errorText(opened.error)}` } }));
    return false;
  }
  if (requested && values.empty && !existsSync(requested)) {
    const created = await api.invoke('sessionCreate', { path: requested, demo: false });
    if (!created.ok) {
      complain(messageText({ code: 'web.session_not_created', params: { detail: errorText(created.error) } }));
      return false;
    }
  }
  const steps: StartupStep[] =
    requested && !existsSync(requested)
      ? [{ action: 'createDemo', path: requested, why: 'demo' }]
      : startupPlan({ requested, recentSessions: recent, userDataDir: dataDir, exists: existsSync });
  const { opened, failures } = await runStartupPlan(api, steps);
  for (const failure of failures) complain(messageText({ code: 'web.session_not_opened', params: { detail: failure } }));
  return requested && opened !== requested ? false : opened;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseWebArguments(argv);
  if (!parsed.ok) {
    complain(parsed.message);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    say(webUsage());
    return 0;
  }
  const rendererDir = values.renderer ? resolve(values.renderer) : resolve(resourcesDir(), '..', 'out', 'renderer');
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    complain(messageText({ code: 'web.not_built', params: { dir: rendererDir } }));
    return 1;
  }
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : userDataDir();
  mkdirSync(dataDir, { recursive: true });
  const settings = new ConfSettingsStore(dataDir);
  const session = new CurrentSession({ anchors: new AuditAnchors(join(dataDir, 'audit-anchors.json')) });
  const api = createApi({ session, settings });
  watchExternalWrites(() => (session.isOpen ? session.db() : null), api.events);

  const opened = await openStartSession(api, values, dataDir, settings.get().recentSessions);
  if (opened === false) return 1;
  const sessionsFolder = resolve(values['sessions-dir'] ?? (values.session ? dirname(resolve(values.session)) : dataDir));
  const web = await startWebServer({ api, rendererDir, sessionsFolder, port: values.port ?? 0 });
  say(messageText({ code: 'web.started', params: { url: web.url } }));
  say(opened ? messageText({ code: 'web.session_line', params: { path: opened } }) : messageText({ code: 'web.no_session_line' }));
  say(messageText({ code: 'web.sessions_folder_line', params: { folder: web.sessionsFolder } }));

  const stop = (): void => {
    void web
      .close()
      .then(() => session.closeWithBackup())
      .catch((error: unknown) => console.error('[comitia] last backup failed:', error))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

const code = await main(process.argv.slice(2));
// -1: the server is running; it exits on SIGINT/SIGTERM.
if (code >= 0) process.exit(code);
