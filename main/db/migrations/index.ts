import { initial } from './0001-initial.ts';
import { importSchema } from './0002-import.ts';
import { scoring } from './0003-scoring.ts';
import { importCodes } from './0004-import-codes.ts';
import { minutesSchema } from './0006-minutes.ts';

import type { Migration } from './migration.ts';

export type { Migration };

/**
 * Every schema step, in order. A later issue appends its own file here; versions increase (0005, the deliberation's,
 * lives on another branch until merged: a gap is allowed).
 */
export const migrations: readonly Migration[] = [initial, importSchema, scoring, importCodes, minutesSchema];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
