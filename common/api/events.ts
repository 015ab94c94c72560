import type { ProgressEvent } from '../domain/types.ts';
import type { Topic } from './topics.ts';

/**
 * What changed, announced after the commit. `origin` is `self` for a write made through this process's core, and
 * `external` when another process (the CLI, a second web shell) committed to the same session file: then every
 * topic is named, since SQLite's `data_version` says that something changed, not what.
 */
export interface ChangeEvent {
  topics: Topic[];
  origin: 'self' | 'external';
  /** The web shell's call that made the change, when the page numbered it (main/web/callOrder.ts). */
  cause?: ChangeCause;
}

/** A page of the web shell (its id for this load) and the number it gave one of its calls. */
export interface ChangeCause {
  page: string;
  call: number;
}

/** Everything the core pushes to the shells, on one event channel. */
export type CoreEvent = { kind: 'progress'; progress: ProgressEvent } | { kind: 'change'; change: ChangeEvent };

/** Electron's channels for the pushes (the web shell sends the same as server-sent events `progress` and `change`). */
export const PROGRESS_CHANNEL = 'comitia-event:progress';
export const CHANGE_CHANNEL = 'comitia-event:change';
