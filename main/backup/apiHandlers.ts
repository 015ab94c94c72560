/** The backup methods of the API contract. */
import type { BackupMethod } from '../../common/api/contract.ts';
import type { HandlerTable } from '../apiContext.ts';
import { listBackups } from './sessionBackups.ts';

export const backupHandlers: HandlerTable<BackupMethod> = {
  backupsList: (_arg, ctx) => listBackups(ctx.session.path()),
  backupCreate: (_arg, ctx) => ctx.session.backup('manual'),
  backupRestore: ({ fileName }, ctx) => ctx.session.restore(fileName),
};
