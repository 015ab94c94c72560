import { initial } from './0001-initial.ts';
import { importSchema } from './0002-import.ts';
import { scoring } from './0003-scoring.ts';
import { importCodes } from './0004-import-codes.ts';
import { deliberation } from './0005-deliberation.ts';
import { minutesSchema } from './0006-minutes.ts';
import { exchange } from './0007-exchange.ts';
import { hardening } from './0008-hardening.ts';
import { targets } from './0009-targets.ts';

import type { Migration } from './migration.ts';

export type { Migration };

/** Every schema step, in order, with consecutive versions. A later issue appends its own file here. */
export const migrations: readonly Migration[] = [initial, importSchema, scoring, importCodes, deliberation, minutesSchema, exchange, hardening, targets];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
