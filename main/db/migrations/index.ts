import { initial } from './0001-initial.ts';
import { importSchema } from './0002-import.ts';
import { scoring } from './0003-scoring.ts';
import { importCodes } from './0004-import-codes.ts';
import { targets } from './0009-targets.ts';

import type { Migration } from './migration.ts';

export type { Migration };

/** Every schema step, in order. A later issue appends its own file here; versions increase (a gap is allowed:
 * 0009-targets came before 0005–0008 of other branches were merged). */
export const migrations: readonly Migration[] = [initial, importSchema, scoring, importCodes, targets];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
