/**
 * Rules applied to every webContents and to the session, whatever window they belong to. Each decision comes from
 * policy.ts; this file only wires it to Electron's events. Numbers refer to docs/tutorial/security.md
 * (https://www.electronjs.org/docs/latest/tutorial/security).
 */
import type { Session, WebContents } from 'electron';
import { navigationDecision, permissionDecision } from './policy.ts';

/** Opens an allow-listed https URL in the user's browser; anything else is dropped by the caller's check. */
export type OpenExternal = (url: string) => void;

export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  // #13 Disable navigation: the interface is one page; an allow-listed link opens in the browser instead.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    if (navigationDecision(event.url).openExternally) openExternal(event.url);
  });
  // Subframes are bounded by the CSP (`frame-src 'self' blob:`) and get nothing from IPC (ipcGate.ts refuses them).
  contents.on('will-redirect', (event) => event.preventDefault());
  // #12 No <webview> at all (webviewTag is off too).
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // #14 No new windows: window.open and target=_blank are denied, allow-listed https links go to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url).openExternally) setImmediate(() => openExternal(url));
    return { action: 'deny' };
  });
}

/** #5 Deny every permission request and check (camera, notifications, geolocation, HID, serial, USB...). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.setDevicePermissionHandler(() => false);
}
