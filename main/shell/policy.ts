/**
 * The desktop shell's security decisions, as pure functions (Electron is imported for its types only), so that each
 * rule is unit-tested without an Electron binary. The reference is Electron's checklist,
 * docs/tutorial/security.md (https://www.electronjs.org/docs/latest/tutorial/security); the numbers below are its items.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../files/pageHeaders.ts';
import { APP_ORIGIN } from './appProtocolPath.ts';

/**
 * The renderer's webPreferences. Most are Electron's defaults already; they are spelt out so that a later edit
 * turning one off is visible in review and caught by tests/unit/shell/securityScan.test.ts.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // #4 Enable process sandboxing: the renderer gets no Node, the preload only a small polyfilled `require`.
    sandbox: true,
    // #3 Enable context isolation: the page cannot reach the preload's globals or Electron's internals.
    contextIsolation: true,
    // #2 Do not enable Node.js integration (nor in workers or subframes).
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // #6 Do not disable webSecurity; #8 do not allow insecure content; #9/#10 no experimental or Blink features.
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // #12 `<webview>` is not needed at all: the tag is disabled (will-attach-webview is also blocked).
    webviewTag: false,
    // Dropping a file on the window must not navigate to it (#13).
    navigateOnDragDrop: false,
    // Attachments' PDFs are shown in a frame by Chromium's built-in PDF viewer, which Electron gates behind this
    // switch. It is the only plugin Electron still has (PPAPI Flash support ended with Electron 12); the PDF frame
    // itself is served with `Content-Security-Policy: sandbox` (main/files/attachmentResponse.ts).
    plugins: true,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Comitia',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The projector's window (issue 9, « A projector view … in its own window »): the main window's secure options, a
 * size for a second screen, and a parent, so that it closes with the main window and stays with it.
 */
export function projectorWindowOptions<P extends NonNullable<BrowserWindowConstructorOptions['parent']>>(
  preloadPath: string,
  parent: P,
  title: string,
): BrowserWindowConstructorOptions & { parent: P } {
  return { ...mainWindowOptions(preloadPath), title, width: 1280, height: 720, minWidth: 640, minHeight: 400, parent };
}

/** The interface's Content-Security-Policy (#7), shared with the web shell (main/files/pageHeaders.ts). */
export { CONTENT_SECURITY_POLICY } from '../files/pageHeaders.ts';

/** Headers added to every app:// response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** `protocol//host` of a URL, or null when it does not parse. `URL.origin` is "null" for non-special schemes. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * The origin our renderer is loaded from: app://comitia, or, in development only (`electron-vite dev`, never in a
 * packaged app), the Vite dev server, provided it is plain http on the loopback interface.
 */
export function trustedRendererOrigin(devServerUrl: string | undefined, isPackaged: boolean): string {
  if (isPackaged || !devServerUrl) return APP_ORIGIN;
  try {
    const url = new URL(devServerUrl);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    if (url.protocol === 'http:' && loopback) return `${url.protocol}//${url.host}`;
  } catch {
    // An unparsable dev server URL is ignored: the built renderer on app:// is used instead.
  }
  return APP_ORIGIN;
}

/**
 * Web sites the interface may open in the user's browser (#15 Do not use shell.openExternal with untrusted content).
 * Exact host names: a suffix or prefix test would let `www.service-civique.gouv.fr.evil.example` through.
 */
export const EXTERNAL_HOST_ALLOW_LIST: ReadonlySet<string> = new Set([
  'www.service-civique.gouv.fr',
  'www.france-volontaires.org',
  'www.diplomatie.gouv.fr',
  'www.demarches-simplifiees.fr',
  'www.oecd.org',
]);

/** True only for an `https:` URL on an allow-listed host, default port, no credentials, parsed with `new URL`. */
export function isAllowedExternalUrl(url: string, allowList: ReadonlySet<string> = EXTERNAL_HOST_ALLOW_LIST): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    allowList.has(parsed.hostname)
  );
}

export interface NavigationDecision {
  /** In-window navigation is never allowed: the interface is a single page. */
  allow: false;
  /** When the target is an allow-listed https page, it is opened in the user's browser instead. */
  openExternally: boolean;
}

/**
 * will-navigate, will-redirect and window.open (#13 Disable or limit navigation, #14 Disable or limit creation of new
 * windows): the window stays on our page whatever the target; an allow-listed https link goes to the browser.
 */
export function navigationDecision(url: string): NavigationDecision {
  return { allow: false, openExternally: isAllowedExternalUrl(url) };
}

/**
 * Permission requests and checks (#5 Handle session permission requests): Comitia needs no camera, microphone,
 * geolocation, notifications, MIDI, clipboard-read, HID, serial... Every one is denied, whoever asks.
 */
export function permissionDecision(_permission: string): boolean {
  return false;
}
