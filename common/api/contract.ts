/**
 * The API contract, defined once: method names, argument schemas, result types and the topics each write changes,
 * grouped by capability (contract/*.ts). The preload object, the main-process handler tables, the HTTP routes and
 * the renderer client are all derived from this table.
 */
import type { Result } from '../result.ts';
import { backupMethods } from './contract/backups.ts';
import { deliberationMethods } from './contract/deliberation.ts';
import { dossierMethods } from './contract/dossiers.ts';
import { exchangeMethods } from './contract/exchange.ts';
import { importMethods } from './contract/import.ts';
import { minutesMethods } from './contract/minutes.ts';
import { scoringMethods } from './contract/scoring.ts';
import { selectionMethods } from './contract/selection.ts';
import { sessionMethods } from './contract/session.ts';
import type { z } from 'zod';

export const contract = {
  ...sessionMethods,
  ...dossierMethods,
  ...scoringMethods,
  ...importMethods,
  ...backupMethods,
  ...deliberationMethods,
  ...exchangeMethods,
  ...selectionMethods,
  ...minutesMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type SessionMethod = keyof typeof sessionMethods;
export type DossierMethod = keyof typeof dossierMethods;
export type ScoringMethod = keyof typeof scoringMethods;
export type ImportMethod = keyof typeof importMethods;
export type BackupMethod = keyof typeof backupMethods;
export type DeliberationMethod = keyof typeof deliberationMethods;
export type ExchangeMethod = keyof typeof exchangeMethods;
export type SelectionMethod = keyof typeof selectionMethods;
export type MinutesMethod = keyof typeof minutesMethods;

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

/** What the renderer calls: every method returns a Result, never throws. */
export type ComitiaApi = {
  [M in MethodName]: (arg: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** IPC channels are `comitia:<method>`; the desktop shell refuses anything else. */
export const IPC_PREFIX = 'comitia:';
export { PROGRESS_CHANNEL, CHANGE_CHANNEL } from './events.ts';
