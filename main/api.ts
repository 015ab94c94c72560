/**
 * The one entrance to the core. Both shells (Electron IPC, HTTP on loopback) and the CLI call `invoke`, which
 * validates the argument, runs the capability's handler, turns every failure into a Result with a message code, and,
 * once a write has committed, announces the topics the contract says it changes.
 */
import { contract, isMethodName, type MethodName } from '../common/api/contract.ts';
import { parseArgument } from '../common/api/validate.ts';
import { AppError, fail, ok, type Result } from '../common/result.ts';
import type { ApiContext, HandlerTable } from './apiContext.ts';
import { backupHandlers } from './backup/apiHandlers.ts';
import { sqliteFailure } from './db/sqliteFailure.ts';
import { deliberationHandlers } from './deliberation/apiHandlers.ts';
import { dossierHandlers } from './dossiers/apiHandlers.ts';
import { CoreEvents } from './events/coreEvents.ts';
import { exchangeHandlers } from './exchange/apiHandlers.ts';
import { importHandlers } from './import/apiHandlers.ts';
import { minutesHandlers } from './minutes/apiHandlers.ts';
import { scoringHandlers } from './scoring/apiHandlers.ts';
import { selectionHandlers } from './selection/apiHandlers.ts';
import { sessionHandlers } from './session/apiHandlers.ts';
import type { CurrentSession } from './session/currentSession.ts';
import type { SettingsStore } from './settings/userSettings.ts';

const handlers: HandlerTable<MethodName> = {
  ...sessionHandlers,
  ...dossierHandlers,
  ...scoringHandlers,
  ...importHandlers,
  ...backupHandlers,
  ...deliberationHandlers,
  ...exchangeHandlers,
  ...selectionHandlers,
  ...minutesHandlers,
};

export interface Api {
  invoke(name: string, arg: unknown): Promise<Result<unknown>>;
  /** Progress and change announcements, for the shells to forward. */
  readonly events: CoreEvents;
  readonly context: ApiContext;
}

export interface ApiOptions {
  session: CurrentSession;
  settings: SettingsStore;
  /** The audit actor when a call names none (the CLI's `--as`); null lets each method choose its default. */
  actor?: string | null;
  /** Whether sessionOpen/sessionCreate add the file to the recent sessions (default true; the CLI passes false). */
  rememberSessions?: boolean;
}

export function createApi(options: ApiOptions): Api {
  const events = new CoreEvents();
  const context: ApiContext = {
    session: options.session,
    settings: options.settings,
    events,
    actor: options.actor ?? null,
    rememberSessions: options.rememberSessions ?? true,
  };
  return {
    context,
    events,
    async invoke(name, raw) {
      if (!isMethodName(name)) return fail('core.unknown_method', { method: String(name).slice(0, 80) });
      const parsed = parseArgument(name, raw);
      if (!parsed.ok) return parsed;
      try {
        const handler = handlers[name] as (arg: unknown, ctx: ApiContext) => unknown;
        const value = await handler(parsed.value, context);
        events.changed(contract[name].writes);
        return ok(value);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toShape() };
        const storage = sqliteFailure(error);
        if (storage) return { ok: false, error: storage.toShape() };
        // An unexpected failure: say where it came from, keep the stack out of the user's face.
        console.error(`[comitia] ${name} failed:`, error);
        return fail('core.internal', { method: name, detail: (error as Error).message ?? String(error) });
      }
    },
  };
}
