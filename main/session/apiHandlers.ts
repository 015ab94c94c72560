/** The session methods of the API contract: open and create session files, the user's settings, reference labels. */
import type { SessionMethod } from '../../common/api/contract.ts';
import type { HandlerTable } from '../apiContext.ts';
import { populateDemoSession } from '../demo/demoSession.ts';
import { referenceLabels } from '../reference/referenceLabels.ts';

export const sessionHandlers: HandlerTable<SessionMethod> = {
  sessionInfo: (_arg, ctx) => ctx.session.info(),
  sessionOpen: async ({ path, readOnly }, ctx) => {
    const info = await ctx.session.open(path, { readOnly });
    if (ctx.rememberSessions) ctx.settings.rememberSession(info.path);
    return info;
  },
  sessionCreate: async ({ path, demo }, ctx) => {
    await ctx.session.create(path);
    if (demo) populateDemoSession(ctx.session.db(), { onProgress: (event) => ctx.events.progress(event) });
    const info = ctx.session.info()!;
    if (ctx.rememberSessions) ctx.settings.rememberSession(info.path);
    return info;
  },
  referenceLabels: () => referenceLabels(),
  settingsGet: (_arg, ctx) => ctx.settings.get(),
  settingsSet: ({ language }, ctx) => {
    if (language) ctx.settings.setLanguage(language);
    return ctx.settings.get();
  },
};
