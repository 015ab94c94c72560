/** The session file, the user's settings and the reference data: what every area stands on. */
import { z } from 'zod';
import type { ReferenceLabels, SessionInfo, UserSettings } from '../../domain/types.ts';
import { method } from '../method.ts';
import { filePath } from '../paths.ts';

export const noArgument = z.strictObject({});

export const sessionMethods = {
  sessionInfo: method<SessionInfo | null>()(noArgument),
  // `readOnly`: describe the file without writing it (the CLI's `info`); a file that is not writable opens so anyway.
  sessionOpen: method<SessionInfo>()(z.strictObject({ path: filePath('session'), readOnly: z.boolean().optional() }), ['session']),
  sessionCreate: method<SessionInfo>()(z.strictObject({ path: filePath('newSession'), demo: z.boolean() }), ['session']),
  referenceLabels: method<ReferenceLabels>()(noArgument),
  settingsGet: method<UserSettings>()(noArgument),
  settingsSet: method<UserSettings>()(z.strictObject({ language: z.enum(['fr', 'en']).optional() }), ['settings']),
} as const;
