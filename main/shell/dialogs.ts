/** Native file dialogs for session files (desktop only: the web shell asks for a path in the page instead). */
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { withSessionExtension } from '../session/startupPlan.ts';
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
