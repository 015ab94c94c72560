import type { ComitiaApi } from './contract.ts';
import type { ProgressEvent } from '../domain/types.ts';

/**
 * What the desktop preload exposes as `window.comitia`. The web shell's transport builds the same shape over HTTP,
 * without `dialogs` (a browser has no native file dialogs; the interface asks for a path instead).
 */
export interface ComitiaBridge {
  api: ComitiaApi;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  dialogs?: {
    /** Native "open" dialog filtered on *.comitia; null when cancelled. */
    openSession(): Promise<string | null>;
    /** Native "save as" dialog for a new *.comitia file; null when cancelled. */
    newSession(): Promise<string | null>;
  };
}

/** IPC channels of the native dialogs (desktop shell only). */
export const DIALOG_CHANNELS = {
  openSession: 'comitia-dialog:open-session',
  newSession: 'comitia-dialog:new-session',
} as const;
