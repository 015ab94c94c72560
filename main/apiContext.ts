/**
 * What every handler of the API receives, and the type of a capability's handler table. Features import this file,
 * never main/api.ts: the api knows the features, the features know no entrance.
 */
import type { MethodName, MethodOutput, ParsedInput } from '../common/api/contract.ts';
import type { CoreEvents } from './events/coreEvents.ts';
import type { CurrentSession } from './session/currentSession.ts';
import type { SettingsStore } from './settings/userSettings.ts';

export interface ApiContext {
  session: CurrentSession;
  settings: SettingsStore;
  /** Progress of long work and announcements of changes; each shell forwards them on its event channel. */
  events: CoreEvents;
  /**
   * Who is acting when a call names nobody (the audit chain's actor): the interface passes its own, the CLI
   * sets the secretariat or `--as MEMBER`.
   */
  actor: string | null;
  /**
   * Whether opening or creating a session file adds it to the user's recent sessions (the desktop's list). The
   * shells do; the CLI does not: a script's files are not the sessions the user works on.
   */
  rememberSessions: boolean;
}

/** The handlers of one part of the contract: exactly its methods, each typed from its schema and result. */
export type HandlerTable<M extends MethodName> = {
  [K in M]: (arg: ParsedInput<K>, ctx: ApiContext) => MethodOutput<K> | Promise<MethodOutput<K>>;
};
