/** The offline-review methods of the API contract: thin calls into main/exchange, spread into the api's handler table. */
import type { ExchangeMethod } from '../../common/api/contract.ts';
import type { HandlerTable } from '../apiContext.ts';
import { lastReturnExportAt, listIssuedPackages, listReturnConflicts, readMemberMode } from '../db/exchangeRepo.ts';
import { exportPackage } from './packageExport.ts';
import { openReviewPackage } from './packageOpen.ts';
import { suggestPassphrase } from './passphrase.ts';
import { exportReturn } from './returnExport.ts';
import { importReturn, resolveConflict } from './returnImport.ts';

export const exchangeHandlers: HandlerTable<ExchangeMethod> = {
  passphraseSuggest: () => suggestPassphrase(),
  packageExport: ({ member, out, passphrase, actor }, ctx) =>
    exportPackage(ctx.session.db(), { member, out, passphrase: passphrase ?? null }, actor ?? ctx.actor),
  packagesList: (_arg, ctx) => listIssuedPackages(ctx.session.db()),
  packageOpen: async ({ file, out, passphrase }, ctx) => {
    await openReviewPackage(file, out, passphrase);
    // The member's file is the session they work on from now on, like one opened from the start screen.
    const info = await ctx.session.open(out);
    if (ctx.rememberSessions) ctx.settings.rememberSession(info.path);
    return info;
  },
  memberMode: (_arg, ctx) => {
    const mode = readMemberMode(ctx.session.db());
    if (!mode) return null;
    const { privateKey: _key, ...info } = mode;
    return { ...info, lastReturnAt: lastReturnExportAt(ctx.session.db()) };
  },
  returnExport: ({ out }, ctx) => exportReturn(ctx.session.db(), out),
  returnImport: ({ file, actor }, ctx) => importReturn(ctx.session.db(), file, actor ?? ctx.actor),
  returnConflictsList: (_arg, ctx) => listReturnConflicts(ctx.session.db()),
  returnConflictResolve: ({ actor, ...ref }, ctx) => resolveConflict(ctx.session.db(), ref, actor ?? ctx.actor),
};
