/**
 * The one object that implements the API contract on top of the features. Both shells (Electron IPC, HTTP on
 * loopback) and the CLI call `invoke`, which validates the argument and turns every failure into a Result.
 */
import {
  isMethodName,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../common/api/contract.ts';
import { parseArgument } from '../common/api/validate.ts';
import { AppError, fail, ok, type Result } from '../common/result.ts';
import type { ProgressEvent } from '../common/domain/types.ts';
import { getDossier, listDossiers } from './db/dossierRepo.ts';
import { readGrid } from './db/gridRepo.ts';
import { listMembers } from './db/memberRepo.ts';
import { populateDemoSession } from './demo/demoSession.ts';
import { referenceLabels } from './reference/referenceLabels.ts';
import { scoringHandlers } from './scoring/apiHandlers.ts';
import { importHandlers } from './import/apiHandlers.ts';
import type { CurrentSession } from './session/currentSession.ts';
import type { SettingsStore } from './settings/userSettings.ts';

export interface ApiContext {
  session: CurrentSession;
  settings: SettingsStore;
  /** Long work reports here; each shell forwards it on its event channel. */
  progress: (event: ProgressEvent) => void;
}

type Handlers = {
  [M in MethodName]: (arg: ParsedInput<M>, ctx: ApiContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

const handlers: Handlers = {
  sessionInfo: (_arg, ctx) => ctx.session.info(),
  sessionOpen: async ({ path }, ctx) => {
    const info = await ctx.session.open(path);
    ctx.settings.rememberSession(info.path);
    return info;
  },
  sessionCreate: async ({ path, demo }, ctx) => {
    await ctx.session.create(path);
    if (demo) populateDemoSession(ctx.session.db(), { onProgress: ctx.progress });
    const info = ctx.session.info()!;
    ctx.settings.rememberSession(info.path);
    return info;
  },
  dossiersList: (_arg, ctx) => listDossiers(ctx.session.db()),
  dossierGet: ({ id }, ctx) => {
    const dossier = getDossier(ctx.session.db(), id);
    if (!dossier) throw new AppError('not_found', `Dossier « ${id} » introuvable dans cette session.`);
    return dossier;
  },
  membersList: (_arg, ctx) => listMembers(ctx.session.db()),
  gridGet: (_arg, ctx) => readGrid(ctx.session.db()),
  referenceLabels: () => referenceLabels(),
  settingsGet: (_arg, ctx) => ctx.settings.get(),
  settingsSet: ({ language }, ctx) => {
    if (language) ctx.settings.setLanguage(language);
    return ctx.settings.get();
  },
  ...scoringHandlers,
  ...importHandlers,
};

export interface Api {
  invoke(name: string, arg: unknown): Promise<Result<unknown>>;
  context: ApiContext;
}

export function createApi(context: ApiContext): Api {
  return {
    context,
    async invoke(name, raw) {
      if (!isMethodName(name)) return fail('unknown_method', `Méthode inconnue : « ${name} ».`);
      const parsed = parseArgument(name, raw);
      if (!parsed.ok) return parsed;
      try {
        const handler = handlers[name] as (arg: unknown, ctx: ApiContext) => unknown;
        return ok(await handler(parsed.value, context));
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message, error.details);
        // An unexpected failure: say where it came from, keep the stack out of the user's face.
        console.error(`[comitia] ${name} failed:`, error);
        return fail('internal', `${name} : erreur interne (${(error as Error).message ?? String(error)}).`);
      }
    },
  };
}
