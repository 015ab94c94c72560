/**
 * The API contract, defined once: method names, argument schemas and result types. The preload object, the
 * main-process handler table, the HTTP routes and the renderer client are all derived from this table.
 */
import { z } from 'zod';
import type { Result } from '../result.ts';
import type { Dossier, Grid, Member, ReferenceLabels, SessionInfo, UserSettings } from '../domain/types.ts';

/** Declares a method: its argument schema and (as a type only) what it returns. */
function method<Out>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as Out });
}

const sessionPath = z
  .string()
  .min(1, 'le chemin du fichier de session est vide')
  .refine((p) => p.endsWith('.comitia'), 'le fichier de session doit se terminer par .comitia');

const none = z.strictObject({});

export const contract = {
  sessionInfo: method<SessionInfo | null>()(none),
  sessionOpen: method<SessionInfo>()(z.strictObject({ path: sessionPath })),
  sessionCreate: method<SessionInfo>()(z.strictObject({ path: sessionPath, demo: z.boolean() })),
  dossiersList: method<Dossier[]>()(none),
  dossierGet: method<Dossier>()(z.strictObject({ id: z.string().min(1) })),
  membersList: method<Member[]>()(none),
  gridGet: method<Grid>()(none),
  referenceLabels: method<ReferenceLabels>()(none),
  settingsGet: method<UserSettings>()(none),
  settingsSet: method<UserSettings>()(
    z.strictObject({ language: z.enum(['fr', 'en']).optional() }),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

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
export const PROGRESS_CHANNEL = 'comitia-event:progress';
