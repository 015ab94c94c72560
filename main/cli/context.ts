/**
 * What a run of `comitia` works with: the api, built like the shells build it (a CurrentSession, a SettingsStore,
 * createApi) with the CLI's actor, and reached only through `invoke`. The session file is opened with sessionOpen or
 * sessionCreate; the settings live in a throwaway folder and the context does not remember sessions, so a script
 * never lands in the desktop's recent sessions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { MethodInput, MethodName, MethodOutput } from '../../common/api/contract.ts';
import type { Language, SessionInfo } from '../../common/domain/types.ts';
import { createApi, type Api } from '../api.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { SettingsStore } from '../settings/userSettings.ts';
import { CallFailed, EXIT_OK, UsageError, type ArgumentOrigin } from './failures.ts';
import type { CliIo, GlobalOptions } from './program.ts';
import { printable } from './terminalText.ts';
import type { Environment, Say } from './texts.ts';

/** The actor when `--as` names nobody: the core's `secretariat` (main/scoring/scoreEntry.ts SECRETARIAT). */
export const SECRETARIAT = 'secretariat';

export class CliRuntime {
  readonly io: CliIo;
  readonly say: Say;
  readonly language: Language;
  /** The run's environment (COMITIA_PASSPHRASE for the offline-review commands). */
  readonly env: Environment;
  /** Who acts: `--as MEMBER`, else the secretariat. */
  actor = SECRETARIAT;
  /** The command being run (known once parsing is done), for its usage and its `--json`. */
  action: Command | null = null;
  exitCode = EXIT_OK;
  readonly #givenSettingsDir: string | null;
  #settingsDir: string | null = null;
  #session: CurrentSession | null = null;
  #api: Api | null = null;

  constructor(io: CliIo, say: Say, language: Language, settingsDir: string | null = null, env: Environment = {}) {
    this.io = io;
    this.env = env;
    this.say = say;
    this.language = language;
    this.#givenSettingsDir = settingsDir;
  }

  /** Called before the action runs: the global options are parsed by then. */
  begin(action: Command): void {
    this.action = action;
    const globals = action.optsWithGlobals<GlobalOptions>();
    if (globals.lang !== undefined && globals.lang !== 'fr' && globals.lang !== 'en') {
      throw new UsageError(this.say('cli.choice_expected', { option: '--lang', choices: 'fr, en', value: globals.lang }), action);
    }
    if (globals.as !== undefined) {
      if (!globals.as.trim()) throw new UsageError(this.say('cli.option_missing_value', { option: '--as' }), action);
      this.actor = globals.as.trim();
    }
  }

  /** Who is looking, for the views that depend on it: a member under `--as`, else the secretariat (null). */
  get viewer(): string | null {
    return this.actor === SECRETARIAT ? null : this.actor;
  }

  /** Whether the command was asked for JSON (errors then also go to stdout as `{"error": …}`). */
  get wantsJson(): boolean {
    return this.action?.opts<{ json?: boolean }>().json === true;
  }

  #entrance(): Api {
    if (!this.#api) {
      this.#session = new CurrentSession();
      this.#settingsDir = this.#givenSettingsDir ?? mkdtempSync(join(tmpdir(), 'comitia-cli-settings-'));
      this.#api = createApi({
        session: this.#session,
        settings: new SettingsStore(this.#settingsDir),
        actor: this.actor,
        rememberSessions: false,
      });
    }
    return this.#api;
  }

  /** One call through the entrance; a refusal becomes CallFailed, worded where the run ends. */
  async call<M extends MethodName>(method: M, arg: MethodInput<M>, origin?: ArgumentOrigin): Promise<MethodOutput<M>> {
    const result = await this.#entrance().invoke(method, arg);
    if (!result.ok) throw new CallFailed(result.error, origin);
    return result.value as MethodOutput<M>;
  }

  /** A refused session path is named as the command's usage names it (FILE or SESSION, its first argument). */
  get #sessionArgument(): ArgumentOrigin {
    return { names: { path: this.action?.registeredArguments[0]?.name() ?? 'SESSION' } };
  }

  /** Opens the session file (migrating an older file after a backup, as the application would). */
  open(path: string, options: { readOnly?: boolean } = {}): Promise<SessionInfo> {
    return this.call('sessionOpen', { path, ...(options.readOnly ? { readOnly: true } : {}) }, this.#sessionArgument);
  }

  /** Creates the session file (refused if it exists), empty or as the demonstration session. */
  create(path: string, demo = false): Promise<SessionInfo> {
    return this.call('sessionCreate', { path, demo }, this.#sessionArgument);
  }

  /** Closes the session file, so that its bytes are settled on disk (and it can be removed). */
  closeSession(): void {
    this.#session?.close();
  }

  /** A line of text output; imported data in it cannot drive the terminal (terminalText.ts). */
  out(text: string): void {
    this.io.out(printable(text));
  }

  json(value: unknown): void {
    this.io.out(JSON.stringify(value));
  }

  /** Ends the run: the session closed, the throwaway settings folder removed. */
  close(): void {
    this.closeSession();
    if (this.#settingsDir && !this.#givenSettingsDir) rmSync(this.#settingsDir, { recursive: true, force: true });
    this.#settingsDir = null;
  }
}
