/** The main window: secure options from policy.ts, shown once painted, loaded from our own origin. */
import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './policy.ts';

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
