/** Backups of the open session: the automatic copies (before a migration, an import, a lock, on close) and manual ones. */
import { z } from 'zod';
import type { BackupEntry } from '../../domain/backups.ts';
import type { SessionInfo } from '../../domain/types.ts';
import { method } from '../method.ts';
import { noArgument } from './session.ts';

export const backupMethods = {
  backupsList: method<BackupEntry[]>()(noArgument),
  backupCreate: method<BackupEntry>()(noArgument, ['backups']),
  // A restore replaces the whole session: every view reloads.
  backupRestore: method<SessionInfo>()(z.strictObject({ fileName: z.string().min(1).max(200) }), ['session', 'backups']),
} as const;
