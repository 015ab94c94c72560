/**
 * What the desktop does with an attachment the page cannot show itself: open it with the system's application, from
 * a private temporary copy, or save it where the user says. No Electron here: `openPath` (shell.openPath) and the
 * save dialog are passed in, so every rule is unit-tested under Node.
 *
 * An attachment is whatever an applicant uploaded. Handing it to the system opens it with the program registered
 * for its extension, which for some types means running it. So only document and image types are opened; anything
 * else (programs, scripts, shortcuts, HTML…) can only be saved, for the user to have it checked, and so can the
 * document types that carry macros (below). The copy is written under a sanitised name, in a folder only this user
 * can read, removed at exit; on Windows it keeps the "downloaded from the Internet" mark (zoneIdentifier.ts), so
 * Office opens it in Protected View. Every value of the record that names a folder is checked first
 * (attachmentRecord.ts) and the path made from them must stay inside the private folder.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AttachmentInfo } from '../../common/import/types.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { ReadAttachment } from '../files/attachmentResponse.ts';
import { attachmentRecordRefusal } from '../files/attachmentRecord.ts';
import { isInside } from '../files/insideFolder.ts';
import { extensionOf, safeFileName } from '../files/safeName.ts';
import { markFromInternet } from '../files/zoneIdentifier.ts';

/**
 * Types a reader or viewer opens without running anything: PDFs, images, text, and office documents whose format
 * cannot hold macros. OOXML without "m" (docx, xlsx, pptx): Office refuses to run VBA from them. ODF (odt, ods, odp)
 * can hold Basic macros, but LibreOffice's default macro security ("High") runs only signed macros from trusted
 * places and warns otherwise; the applications that open them are ones the user already trusts with such files.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf', 'txt', 'csv', 'odt', 'ods', 'odp', 'docx', 'xlsx', 'pptx',
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic',
]);

/**
 * Document types that can carry macros run at opening, or embedded objects (RTF's OLE objects are a classic exploit
 * carrier): saved only, with their own message, since the user expects to read them. The binary Office formats hold
 * VBA; the "m" OOXML variants and templates exist for macros.
 */
export const MACRO_CAPABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'doc', 'dot', 'xls', 'xlt', 'xla', 'ppt', 'pot', 'pps', 'rtf',
  'docm', 'dotm', 'xlsm', 'xltm', 'xlsb', 'xlam', 'pptm', 'potm', 'ppsm', 'ppam', 'sldm',
]);

export interface AttachmentActionsDeps {
  read: ReadAttachment;
  /** Electron's shell.openPath: resolves to an error message, or '' once opened. */
  openPath: (path: string) => Promise<string>;
  /** Where the private folder of copies is made (the system's temporary folder by default). */
  tempParent?: string;
  /** The system, for the Windows-only mark of the Web (process.platform by default; tests pass another). */
  platform?: NodeJS.Platform;
}

export function parseAttachmentId(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0 ? raw : null;
}

/** Why this file is not opened by the application, or null when it may be. */
export function openRefusal(fileName: string): Result<never> | null {
  const ext = extensionOf(fileName);
  if (OPENABLE_EXTENSIONS.has(ext)) return null;
  if (MACRO_CAPABLE_EXTENSIONS.has(ext)) return fail('shell.attachment_macro_capable', { name: fileName, ext });
  return ext
    ? fail('shell.attachment_unsafe_type', { name: fileName, ext })
    : fail('shell.attachment_unsafe_no_extension', { name: fileName });
}

export function createAttachmentActions(deps: AttachmentActionsDeps) {
  let folder: Promise<string> | null = null;
  let made: string | null = null;
  // mkdtemp: mode 0700, a random name; one per run, made on first use.
  const privateFolder = (): Promise<string> =>
    (folder ??= mkdtemp(join(deps.tempParent ?? tmpdir(), 'comitia-pieces-')).then((path) => (made = path)));

  const load = (raw: unknown): Result<{ info: AttachmentInfo; data: Buffer }> => {
    const id = parseAttachmentId(raw);
    if (id === null) return fail('shell.attachment_id_expected');
    const found = deps.read(id);
    if (!found.ok) return found;
    return attachmentRecordRefusal(found.value.info) ?? found;
  };

  return {
    /** Writes a private copy of the attachment (its own folder, its sanitised name) and opens it with the system. */
    async open(raw: unknown): Promise<Result<{ fileName: string }>> {
      const found = load(raw);
      if (!found.ok) return found;
      const { info, data } = found.value;
      const name = safeFileName(info.fileName, `piece-${info.id}`);
      const refusal = openRefusal(name);
      if (refusal) return refusal;
      // One sub-folder per attachment and content: two files with the same name never overwrite each other.
      const root = await privateFolder();
      const dir = resolve(root, `${info.id}-${info.sha256.slice(0, 12)}`);
      const path = resolve(dir, name);
      // The values were checked; this is the rule itself, whatever a later change to the names does.
      if (!isInside(root, dir) || !isInside(dir, path) || dir === root || path === dir) {
        return fail('shell.attachment_path_outside', { id: info.id });
      }
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(path, data, { mode: 0o600 });
      await markFromInternet(path, deps.platform);
      const error = await deps.openPath(path);
      return error ? fail('shell.attachment_open_failed', { name, detail: error }) : ok({ fileName: name });
    },

    /** Asks where to save the attachment (the suggested name sanitised), then writes it there. */
    async save(raw: unknown, askPath: (suggestedName: string) => Promise<string | null>): Promise<Result<{ path: string } | null>> {
      const found = load(raw);
      if (!found.ok) return found;
      const { info, data } = found.value;
      const path = await askPath(safeFileName(info.fileName, `piece-${info.id}`));
      if (!path) return ok(null);
      await writeFile(path, data);
      // Best effort: a USB key formatted FAT has no streams, and the user chose to keep the file there.
      await markFromInternet(path, deps.platform).catch(() => undefined);
      return ok({ path });
    },

    /** Removes the copies, synchronously: the application is quitting. */
    cleanup(): void {
      if (made) rmSync(made, { recursive: true, force: true });
      folder = null;
      made = null;
    },

    /** The private folder, once made (for tests). */
    folder: (): string | null => made,
  };
}

export type AttachmentActions = ReturnType<typeof createAttachmentActions>;
