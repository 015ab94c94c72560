import { z } from 'zod';
import type { ComitiaApi } from './contract.ts';
import type { ChangeEvent } from './events.ts';
import type { PathKind } from './paths.ts';
import type { ProgressEvent } from '../domain/types.ts';
import { PACKAGE_EXTENSION } from '../exchange/fileNames.ts';
import type { Result } from '../result.ts';

/** The files an import reads: the spreadsheet, and démarches-simplifiées' attachments ZIP. */
export const IMPORT_FILE_KINDS = ['source', 'attachments'] as const;
export type ImportFileKind = (typeof IMPORT_FILE_KINDS)[number];

/** Which path argument of the contract a file picked for an import stands for (common/api/paths.ts). */
export const IMPORT_PATH_KIND: Record<ImportFileKind, PathKind> = { source: 'importSource', attachments: 'importAttachments' };

/** Files the minutes read, uploaded by the web shell's page: a PKCS#12 to sign with, a PDF to verify or to sign. */
export const MINUTES_UPLOAD_KINDS = ['certificate', 'pdfToVerify', 'pdfToSign'] as const;
export type UploadKind = ImportFileKind | (typeof MINUTES_UPLOAD_KINDS)[number] | (typeof EXCHANGE_UPLOAD_KINDS)[number];
/** The minutes' files the desktop picks with a native dialog (open, save as, or a folder for the letters). */
export const MINUTES_DIALOG_KINDS = ['certificate', 'newCertificate', 'pdfToVerify', 'pdfToSign', 'exportTarget', 'lettersTarget'] as const;
export type MinutesDialogKind = (typeof MINUTES_DIALOG_KINDS)[number];
/** Offline review (issue 11): the files read (uploaded in the web shell) and written (downloaded from it). */
export const EXCHANGE_UPLOAD_KINDS = ['reviewPackage', 'scoreReturn'] as const;
export const EXCHANGE_DIALOG_KINDS = ['reviewPackage', 'scoreReturn', 'packageTarget', 'returnTarget'] as const;
export type ExchangeDialogKind = (typeof EXCHANGE_DIALOG_KINDS)[number];
/**
 * The packages of all members at once (issue 11, « pour un membre ou pour tous »): the names of the files to write
 * (common/exchange/fileNames.ts), checked to be plain names so that none leaves the folder the user chooses.
 */
const packageNames = z
  .array(z.string().max(255).regex(new RegExp(`^[A-Za-z0-9-]+${PACKAGE_EXTENSION.replace('.', '\\.')}$`)))
  .min(1)
  .max(1000);
/** The folder chosen for all members' packages: its name, and one `packageTarget` reference per name asked, in order. */
export interface PackagesFolder {
  folder: string;
  files: PickedFile[];
}
export const UPLOAD_KINDS: readonly UploadKind[] = [...IMPORT_FILE_KINDS, ...MINUTES_UPLOAD_KINDS, ...EXCHANGE_UPLOAD_KINDS];
export const UPLOAD_PATH_KIND: Record<UploadKind, PathKind> = {
  ...IMPORT_PATH_KIND,
  certificate: 'certificate',
  pdfToVerify: 'pdfToVerify',
  pdfToSign: 'pdfToSign',
  reviewPackage: 'reviewPackage',
  scoreReturn: 'scoreReturn',
};

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

/** One native dialog of the desktop shell: its IPC channel, its one argument's schema (or none), what it returns. */
export interface DialogSpec<S extends z.ZodType | null, Out> {
  channel: string;
  argument: S;
  output: Out;
  /**
   * What a refused call (a foreign sender, a malformed argument) answers: `cancelled` answers null, as if the user
   * had cancelled (the page learns nothing and no dialog opens); `error` answers a failed Result.
   */
  refusal: 'cancelled' | 'error';
}

function dialog<Out>() {
  return <S extends z.ZodType | null>(channel: string, argument: S, refusal: 'cancelled' | 'error'): DialogSpec<S, Out> => ({
    channel,
    argument,
    output: undefined as unknown as Out,
    refusal,
  });
}

const attachmentId = z.number({ error: 'validation.number_expected' }).int().positive();

/**
 * The native dialogs, declared once: the preload object (preload/bridge.ts), the IPC registration with its argument
 * checks (main/shell/ipc.ts) and the `dialogs` type below are all derived from this table.
 *
 * The session dialogs answer a reference, not a path: the page passes it back to `sessionOpen`/`sessionCreate`,
 * and the desktop shell swaps it for the file the user chose (common/api/paths.ts).
 */
export const DIALOGS = {
  /** Native "open" dialog filtered on *.comitia: a reference to pass to sessionOpen; null when cancelled. */
  openSession: dialog<string | null>()('comitia-dialog:open-session', null, 'cancelled'),
  /** Native "save as" dialog for a new *.comitia file: a reference to pass to sessionCreate; null when cancelled. */
  newSession: dialog<string | null>()('comitia-dialog:new-session', null, 'cancelled'),
  /** Native "open" dialog for a file to import (XLSX/CSV, or the attachments ZIP); null when cancelled. */
  pickImportFile: dialog<PickedFile | null>()('comitia-dialog:pick-import-file', z.enum(IMPORT_FILE_KINDS), 'cancelled'),
  /** Native dialog for a file of the minutes (a path kind of the same name); null when cancelled. */
  pickMinutesFile: dialog<PickedFile | null>()('comitia-dialog:pick-minutes-file', z.enum(MINUTES_DIALOG_KINDS), 'cancelled'),
  /** Native dialog for a file of the offline review (open a package or a return, save one as); null when cancelled. */
  pickExchangeFile: dialog<PickedFile | null>()('comitia-dialog:pick-exchange-file', z.enum(EXCHANGE_DIALOG_KINDS), 'cancelled'),
  /** Native "choose a folder" dialog for all members' packages, each name inside it a `packageTarget`; null when cancelled. */
  pickPackagesFolder: dialog<PackagesFolder | null>()('comitia-dialog:pick-packages-folder', packageNames, 'cancelled'),
  /** Opens an attachment with the system's application, from a private temporary copy. */
  openAttachment: dialog<Result<{ fileName: string }>>()('comitia-dialog:open-attachment', attachmentId, 'error'),
  /** Native "save as" dialog, then writes the attachment there; null when cancelled. */
  saveAttachment: dialog<Result<{ path: string } | null>>()('comitia-dialog:save-attachment', attachmentId, 'error'),
  /**
   * Opens (or brings forward) the projector's window on `#/projecteur/<meeting>` (null: the latest meeting), a child
   * of the main window that closes with it (issue 9, « A projector view … in its own window »).
   */
  openProjector: dialog<Result<{ opened: true }>>()('comitia-dialog:open-projector', z.number({ error: 'validation.number_expected' }).int().positive().nullable(), 'error'),
} as const;

export type Dialogs = typeof DIALOGS;
export type DialogName = keyof Dialogs;
export const dialogNames = Object.keys(DIALOGS) as DialogName[];

export type DialogInput<K extends DialogName> = Dialogs[K]['argument'] extends z.ZodType ? z.output<Dialogs[K]['argument']> : undefined;
export type DialogOutput<K extends DialogName> = Dialogs[K]['output'];

/** The page's side of a dialog: no parameter when the dialog takes no argument. */
export type DialogCall<K extends DialogName> = Dialogs[K]['argument'] extends z.ZodType
  ? (arg: z.input<Dialogs[K]['argument']>) => Promise<DialogOutput<K>>
  : () => Promise<DialogOutput<K>>;

/** IPC channels of the native dialogs (desktop shell only), by dialog. */
export const DIALOG_CHANNELS = Object.fromEntries(dialogNames.map((name) => [name, DIALOGS[name].channel])) as {
  [K in DialogName]: Dialogs[K]['channel'];
};

/**
 * What the desktop preload exposes as `window.comitia`. The web shell's transport builds the same shape over HTTP,
 * without `dialogs` (a browser has no native file dialogs; the interface asks for a session name or an upload).
 */
export interface ComitiaBridge {
  api: ComitiaApi;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** What changed after each commit (this window's, another window's, another process's); returns unsubscribe. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  dialogs?: { [K in DialogName]: DialogCall<K> };
}
