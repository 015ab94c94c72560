import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  mainWindowOptions,
  navigationDecision,
  originOf,
  permissionDecision,
  securityHeaders,
  trustedRendererOrigin,
} from '../../../main/shell/policy.ts';

describe('the main window', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences!;

  it('runs its renderer sandboxed, context-isolated, without Node, with web security', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
  });

  it('allows no insecure content, experimental features, Blink features or <webview>', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it("enables the built-in PDF viewer (Electron's only plugin), for attachments shown in a frame", () => {
    expect(prefs.plugins).toBe(true);
  });

  it('loads the given preload and stays hidden until painted', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it.each([
    'https://evil.example/',
    'http://www.service-civique.gouv.fr/',
    'file:///etc/passwd',
    'app://comitia/index.html',
    'javascript:alert(1)',
    'https://www.service-civique.gouv.fr/missions/',
  ])('never lets the window itself go to %s', (url) => {
    expect(navigationDecision(url).allow).toBe(false);
  });

  it('sends an allow-listed https link to the browser, and nothing else', () => {
    expect(navigationDecision('https://www.service-civique.gouv.fr/missions/').openExternally).toBe(true);
    expect(navigationDecision('https://evil.example/').openExternally).toBe(false);
    expect(navigationDecision('file:///etc/passwd').openExternally).toBe(false);
  });
});

describe('the external URL allow-list', () => {
  it('accepts https URLs on an allow-listed host, whatever the path', () => {
    expect(isAllowedExternalUrl('https://www.service-civique.gouv.fr/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.diplomatie.gouv.fr/fr/politique-etrangere/?a=1#b')).toBe(true);
    // Host names are case-insensitive; the URL parser lower-cases them.
    expect(isAllowedExternalUrl('https://WWW.Service-Civique.GOUV.fr/')).toBe(true);
  });

  it('refuses every scheme but https', () => {
    for (const url of [
      'http://www.service-civique.gouv.fr/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://www.service-civique.gouv.fr/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'app://comitia/index.html',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses lookalike hosts that a prefix, suffix or substring test would let through', () => {
    for (const url of [
      'https://www.service-civique.gouv.fr.evil.example/',
      'https://evil-www.service-civique.gouv.fr/',
      'https://evil.example/www.service-civique.gouv.fr',
      'https://www.service-civique.gouv.fr@evil.example/',
      'https://evil.example/?u=https://www.service-civique.gouv.fr/',
      'https://service-civique.gouv.fr/',
      'https://www.service-civique.gouv.fr./',
      'https://www.servıce-civique.gouv.fr/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses credentials, explicit ports and unparsable text', () => {
    expect(isAllowedExternalUrl('https://user:pass@www.service-civique.gouv.fr/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.service-civique.gouv.fr:8443/')).toBe(false);
    expect(isAllowedExternalUrl('www.service-civique.gouv.fr')).toBe(false);
    expect(isAllowedExternalUrl('')).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb', 'openExternal', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(permissionDecision(permission)).toBe(false);
    },
  );
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it("allows scripts from our own origin only: no 'unsafe-eval', no inline script", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it("allows inline styles (AG Grid) but nothing else beyond 'self' for styles", () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('forbids being framed, changing the base URL and posting forms', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is sent with every app:// response, with nosniff', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('the trusted renderer origin', () => {
  it('is app://comitia in a packaged app, whatever the environment says', () => {
    expect(trustedRendererOrigin('http://localhost:5173', true)).toBe('app://comitia');
    expect(trustedRendererOrigin(undefined, true)).toBe('app://comitia');
  });

  it('is the Vite dev server in development, only on plain http loopback', () => {
    expect(trustedRendererOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(trustedRendererOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(trustedRendererOrigin('https://evil.example/', false)).toBe('app://comitia');
    expect(trustedRendererOrigin('http://localhost.evil.example:5173', false)).toBe('app://comitia');
    expect(trustedRendererOrigin('not a url', false)).toBe('app://comitia');
    expect(trustedRendererOrigin(undefined, false)).toBe('app://comitia');
  });

  it('compares protocol and host, since Node gives custom schemes an opaque origin', () => {
    expect(new URL('app://comitia/index.html').origin).toBe('null');
    expect(originOf('app://comitia/index.html')).toBe('app://comitia');
    expect(originOf('app://comitia.evil/index.html')).toBe('app://comitia.evil');
    expect(originOf('::')).toBeNull();
  });
});
