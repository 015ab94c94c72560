/**
 * Offline review (issue 11): review packages out to members, signed score returns back in. A package and a return
 * are files the user carries, each with its own kinds of path (common/api/paths.ts): read from a file the user gave
 * (`reviewPackage`, `scoreReturn`), written where the user chose (`packageTarget`, `returnTarget`: a "save as" on the
 * desktop, a download in the web shell). The
 * passphrase is given by the caller or, when absent, proposed by the core and returned once.
 */
import { z } from 'zod';
import type { SessionInfo } from '../../domain/types.ts';
import type {
  IssuedPackageView,
  MemberModeInfo,
  PackageIssued,
  ReturnConflict,
  ReturnImportReport,
  ReturnWritten,
} from '../../exchange/records.ts';
import * as scoring from '../../scoring/schemas.ts';
import { method } from '../method.ts';
import { filePath } from '../paths.ts';
import { noArgument } from './session.ts';

const passphrase = z.string({ error: 'validation.text_expected' }).min(1, 'validation.empty_text');

export const exchangeMethods = {
  passphraseSuggest: method<string>()(noArgument),
  packageExport: method<PackageIssued>()(
    z.strictObject({ member: scoring.idSchema, out: filePath('packageTarget'), passphrase: passphrase.optional(), actor: scoring.actorSchema }),
    ['exchange'],
  ),
  /** Who went out and what came back. */
  packagesList: method<IssuedPackageView[]>()(noArgument),
  // Creates the member's scoring file and makes it the open session.
  packageOpen: method<SessionInfo>()(
    z.strictObject({ file: filePath('reviewPackage'), out: filePath('newSession'), passphrase }),
    ['session', 'exchange'],
  ),
  memberMode: method<MemberModeInfo | null>()(noArgument),
  returnExport: method<ReturnWritten>()(z.strictObject({ out: filePath('returnTarget') }), ['exchange']),
  returnImport: method<ReturnImportReport>()(
    z.strictObject({ file: filePath('scoreReturn'), actor: scoring.actorSchema }),
    ['exchange', 'scores', 'conflicts'],
  ),
  returnConflictsList: method<ReturnConflict[]>()(noArgument),
  returnConflictResolve: method<ReturnConflict>()(
    z.strictObject({
      member: scoring.idSchema,
      dossier: scoring.dossierIdSchema,
      criterion: scoring.idSchema,
      keep: z.enum(['member', 'session'], { error: 'exchange.keep_expected' }),
      actor: scoring.actorSchema,
    }),
    ['exchange', 'scores'],
  ),
} as const;
