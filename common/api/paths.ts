/**
 * File paths in the contract. A method argument that names a file is declared with `filePath(kind)`: a branded
 * string schema recorded in `pathRegistry`, so the shells learn from the contract itself which arguments are paths
 * (common/api/pathArguments.ts) and can never forget one. What a page may put there is the shell's decision, per
 * kind (main/files/pathBinding.ts): the desktop accepts only references its native dialogs gave out, the web shell
 * the references of its uploads and, for sessions, names inside its own sessions folder. The CLI, trusted, passes
 * real paths to `api.invoke`. Decision record: docs/decisions/0005-paths-closed-to-the-page.md.
 */
import { z } from 'zod';

/**
 * What a path argument names: a session file to open, a session file to create, the spreadsheet of an import, the
 * attachments ZIP of an import, the minutes' files, and a file the application writes for the user to carry (a review
 * package, a score return, an export). Each shell maps every kind to what its page may pass (the compiler checks it).
 */
export const PATH_KINDS = [
  'session',
  'newSession',
  'importSource',
  'importAttachments',
  // The minutes (issue 10): a PKCS#12 to sign with, a new one to write, a PDF received to verify, where to export
  // a stored version, where to write the letters (a folder, or a merged file).
  'certificate',
  'newCertificate',
  'pdfToVerify',
  'pdfToSign',
  'exportTarget',
  'lettersTarget',
  // Offline review (issue 11): a member's package to open, a member's return to import, and where each is written.
  'reviewPackage',
  'scoreReturn',
  'packageTarget',
  'returnTarget',
] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export interface PathMeta {
  kind: PathKind;
}

/** The schemas of the contract that are file paths, with what they name. */
export const pathRegistry = z.registry<PathMeta>();

/** The extension of a session file; the one check of it, shared by the contract, the dialogs and the shells. */
export const SESSION_EXTENSION = '.comitia';

export const isSessionFileName = (path: string): boolean => path.endsWith(SESSION_EXTENSION);

/** A name typed in a "save as" dialog without the extension gets it. */
export const withSessionExtension = (path: string): string => (isSessionFileName(path) ? path : `${path}${SESSION_EXTENSION}`);

// 4096: PATH_MAX on Linux; a longer text is no path any system opens, and is refused before being looked at.
const sessionPathText = () =>
  z
    .string({ error: 'validation.file_path_expected' })
    .max(4096, 'validation.text_too_long')
    .min(1, 'validation.session_path_empty')
    .refine(isSessionFileName, 'validation.session_path_extension');

const filePathText = () =>
  z.string({ error: 'validation.file_path_expected' }).max(4096, 'validation.text_too_long').min(1, 'validation.file_path_empty');

/**
 * A path argument of the contract; the brand marks, in the handlers' types, a path a shell has vouched for. Each
 * call builds its own schema: the registry keys metadata by schema object (and `.brand()` returns the same one).
 */
export function filePath(kind: PathKind) {
  const text = kind === 'session' || kind === 'newSession' ? sessionPathText() : filePathText();
  return text.brand<'FilePath'>().register(pathRegistry, { kind });
}
