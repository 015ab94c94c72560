/**
 * How the offline review's files reach the core and the user (common/api/paths.ts): on the desktop, native dialogs
 * (the page holds references, never paths); in the web shell, a file read is uploaded, and a file written is put in
 * the server's downloads folder, then downloaded by the browser (main/web/downloads.ts).
 */
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { Result } from '../../../common/result.ts';
import { bridge, downloadUrl, uploadFile } from '../transport.ts';

/** The reference of a package or a return to read: the desktop's "open" dialog, or the upload of `file`. Null when none. */
export async function fileToRead(kind: 'reviewPackage' | 'scoreReturn', file: File | null): Promise<Result<PickedFile> | null> {
  if (bridge.dialogs) {
    const picked = await bridge.dialogs.pickExchangeFile(kind);
    return picked ? { ok: true, value: picked } : null;
  }
  if (!file) return null;
  return uploadFile(file, kind);
}

/** Where a package or a return is written: the desktop's "save as" (null when cancelled), else the name to download under. */
export async function fileToWrite(kind: 'packageTarget' | 'returnTarget', name: string): Promise<string | null> {
  if (!bridge.dialogs) return name;
  return (await bridge.dialogs.pickExchangeFile(kind))?.ref ?? null;
}

/** The web shell: where the file the core wrote at `out` is downloaded from (null on the desktop, which wrote it in place). */
export const downloadOf = (out: string): string | null => (bridge.dialogs ? null : downloadUrl(out));

/** The last segment of a path, to name a written file to the user without the folders of the web shell. */
export const fileName = (path: string): string => path.split(/[/\\]/).pop() ?? path;

/** Today as YYYY-MM-DD in local time (a file name's date). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Where the packages of all members are written, one per name in the same order: on the desktop, files of one folder
 * chosen with a native dialog (null when cancelled; `folder` is its name); in the web shell, the names themselves,
 * written into the downloads folder.
 */
export async function packagesToWrite(names: readonly string[]): Promise<{ folder: string | null; outs: string[] } | null> {
  if (!bridge.dialogs) return { folder: null, outs: [...names] };
  const chosen = await bridge.dialogs.pickPackagesFolder([...names]);
  return chosen ? { folder: chosen.folder, outs: chosen.files.map((f) => f.ref) } : null;
}
