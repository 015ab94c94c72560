/**
 * Native file dialogs (desktop only): session files, files to import, attachments to save. The web shell asks for
 * a path or an upload in the page instead.
 */
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { ExchangeDialogKind, ImportFileKind, MinutesDialogKind } from '../../common/api/bridge.ts';
import { PACKAGE_EXTENSION, RETURN_EXTENSION } from '../../common/exchange/fileNames.ts';
import { withSessionExtension } from '../../common/api/paths.ts';
import type { ShellTexts } from './texts.ts';

export async function askSessionToOpen(parent: BrowserWindow | null, t: ShellTexts): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: t.openDialogTitle,
    properties: ['openFile'],
    filters: [{ name: t.sessionFileFilter, extensions: ['comitia'] }],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function askNewSessionPath(
  parent: BrowserWindow | null,
  t: ShellTexts,
  defaultDir: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: t.newDialogTitle,
    defaultPath: join(defaultDir, t.newSessionDefaultName),
    filters: [{ name: t.sessionFileFilter, extensions: ['comitia'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : withSessionExtension(result.filePath);
}

/** Native "open" dialog for a file to import: the spreadsheet (XLSX/CSV) or démarches-simplifiées' attachments ZIP. */
export async function askImportFile(parent: BrowserWindow | null, t: ShellTexts, kind: ImportFileKind): Promise<string | null> {
  const options: OpenDialogOptions =
    kind === 'source'
      ? {
          title: t.importSourceTitle,
          properties: ['openFile'],
          filters: [
            { name: t.importSourceFilter, extensions: ['xlsx', 'ods', 'csv', 'txt', 'tsv'] },
            { name: t.allFilesFilter, extensions: ['*'] },
          ],
        }
      : {
          title: t.importAttachmentsTitle,
          properties: ['openFile'],
          filters: [
            { name: t.importAttachmentsFilter, extensions: ['zip'] },
            { name: t.allFilesFilter, extensions: ['*'] },
          ],
        };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Native "save as" dialog for an attachment, suggesting its (sanitised) name in the documents folder. */
export async function askAttachmentSavePath(
  parent: BrowserWindow | null,
  t: ShellTexts,
  defaultDir: string,
  suggestedName: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: t.saveAttachmentTitle,
    defaultPath: join(defaultDir, suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Native dialog for a file of the minutes: open a certificate or a PDF, save a new certificate or an exported PDF,
 * choose the letters' folder. The extensions filter; the core checks the content.
 */
export async function askMinutesFile(parent: BrowserWindow | null, t: ShellTexts, kind: MinutesDialogKind, documents: string): Promise<string | null> {
  const all = { name: t.allFilesFilter, extensions: ['*'] };
  if (kind === 'newCertificate' || kind === 'exportTarget') {
    const options: SaveDialogOptions = {
      defaultPath: join(documents, kind === 'newCertificate' ? 'certificat.p12' : 'proces-verbal.pdf'),
      filters: [kind === 'newCertificate' ? { name: 'PKCS#12', extensions: ['p12', 'pfx'] } : { name: 'PDF', extensions: ['pdf'] }, all],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  }
  const options: OpenDialogOptions =
    kind === 'lettersTarget'
      ? { properties: ['openDirectory', 'createDirectory'], defaultPath: documents }
      : {
          properties: ['openFile'],
          filters: [kind === 'certificate' ? { name: 'PKCS#12', extensions: ['p12', 'pfx'] } : { name: 'PDF', extensions: ['pdf'] }, all],
        };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * Native dialog for a file of the offline review: open a member's package or a member's return, or choose where
 * to write one ("save as", the suggested name in the documents folder). The extensions filter; the core checks the
 * content (an envelope, a signature).
 */
export async function askExchangeFile(
  parent: BrowserWindow | null,
  t: ShellTexts,
  kind: ExchangeDialogKind,
  documents: string,
): Promise<string | null> {
  const all = { name: t.allFilesFilter, extensions: ['*'] };
  const isPackage = kind === 'reviewPackage' || kind === 'packageTarget';
  const extension = (isPackage ? PACKAGE_EXTENSION : RETURN_EXTENSION).slice(1);
  const filters = [{ name: isPackage ? t.reviewPackageFilter : t.scoreReturnFilter, extensions: [extension] }, all];
  if (kind === 'packageTarget' || kind === 'returnTarget') {
    const options: SaveDialogOptions = {
      defaultPath: join(documents, `${kind === 'packageTarget' ? 'dossier-de-notation' : 'mes-notes'}.${extension}`),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  }
  const options: OpenDialogOptions = { properties: ['openFile'], filters };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Native "choose a folder" dialog for the packages of all members at once (in the documents folder to begin with). */
export async function askPackagesFolder(parent: BrowserWindow | null, documents: string): Promise<string | null> {
  const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'], defaultPath: documents };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
