/**
 * The projector's second window (issue 9): the same app:// page at `#/projecteur/<meeting>`, with the main window's
 * hardening (policy.ts options; navigation, new windows and permissions are ruled for every webContents in
 * hardening.ts) and the main window as parent, so it closes with it. One at a time: asking again brings it forward
 * on the meeting asked. It hears the core's change events like every window (index.ts, forwardCoreEvents) and may
 * call the api: the IPC gate counts it among our windows (`isProjector`).
 */
import { BrowserWindow } from 'electron';
import { hrefOfProjector } from './projectorAddress.ts';
import { projectorWindowOptions } from './policy.ts';

export interface ProjectorWindows {
  /** Opens the projector on the meeting (null: the latest), or brings it forward there; false without a main window. */
  open(parent: BrowserWindow | null, meeting: number | null): boolean;
  /** Whether a webContents is the projector's (for the IPC gate). */
  isProjector(sender: unknown): boolean;
}

export function projectorWindows(preloadPath: string, entryUrl: string): ProjectorWindows {
  let window: BrowserWindow | null = null;
  const alive = () => (window && !window.isDestroyed() ? window : null);
  return {
    open(parent, meeting) {
      if (!parent || parent.isDestroyed()) return false;
      const url = `${entryUrl}${hrefOfProjector(meeting)}`;
      const existing = alive();
      if (existing) {
        void existing.loadURL(url);
        existing.show();
        existing.focus();
        return true;
      }
      const created = new BrowserWindow(projectorWindowOptions(preloadPath, parent, 'Comitia'));
      window = created;
      created.once('ready-to-show', () => created.show());
      created.on('closed', () => {
        if (window === created) window = null;
      });
      void created.loadURL(url);
      return true;
    },
    isProjector: (sender) => {
      const w = alive();
      return w !== null && sender === w.webContents;
    },
  };
}
