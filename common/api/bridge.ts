import type { ComitiaApi } from './contract.ts';
import type { ChangeEvent } from './events.ts';
import type { ProgressEvent } from '../domain/types.ts';
import type { Result } from '../result.ts';

/** The files an import reads: the spreadsheet, and démarches-simplifiées' attachments ZIP. */
export const IMPORT_FILE_KINDS = ['source', 'attachments'] as const;
export type ImportFileKind = (typeof IMPORT_FILE_KINDS)[number];

/**
 * A file the user gave the application (a native dialog's choice, or an upload in the web shell). `ref` is opaque:
 * the import methods accept it where they take a path, and the shell swaps it for the real path (main/files/fileRefs.ts).
 */
export interface PickedFile {
  ref: string;
  /** The file's name as the user knows it. */
  name: string;
  size: number;
}

/**
 * What the desktop preload exposes as `window.comitia`. The web shell's transport builds the same shape over HTTP,
 * without `dialogs` (a browser has no native file dialogs; the interface asks for a path or an upload instead).
 */
export interface ComitiaBridge {
  api: ComitiaApi;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** What changed after each commit (this window's, another window's, another process's); returns unsubscribe. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  dialogs?: {
    /** Native "open" dialog filtered on *.comitia; null when cancelled. */
    openSession(): Promise<string | null>;
    /** Native "save as" dialog for a new *.comitia file; null when cancelled. */
    newSession(): Promise<string | null>;
    /** Native "open" dialog for a file to import (XLSX/CSV, or the attachments ZIP); null when cancelled. */
    pickImportFile(kind: ImportFileKind): Promise<PickedFile | null>;
    /** Opens an attachment with the system's application, from a private temporary copy. */
    openAttachment(id: number): Promise<Result<{ fileName: string }>>;
    /** Native "save as" dialog, then writes the attachment there; null when cancelled. */
    saveAttachment(id: number): Promise<Result<{ path: string } | null>>;
  };
}

/** IPC channels of the native dialogs (desktop shell only). */
export const DIALOG_CHANNELS = {
  openSession: 'comitia-dialog:open-session',
  newSession: 'comitia-dialog:new-session',
  pickImportFile: 'comitia-dialog:pick-import-file',
  openAttachment: 'comitia-dialog:open-attachment',
  saveAttachment: 'comitia-dialog:save-attachment',
} as const;

/** Where the shells serve an attachment's bytes: `GET <origin>/api/attachments/<id>` (`?download=1` to save it). */
export const ATTACHMENT_PATH_PREFIX = '/api/attachments/';
