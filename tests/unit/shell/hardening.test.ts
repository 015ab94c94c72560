/**
 * main/shell/hardening.ts wired to fake webContents and session objects (no Electron loaded): each item of the
 * security checklist it owns (architecture.md) is shown to act, not only to be registered: navigation and
 * redirects prevented, new windows denied (allow-listed https links sent to the browser, nothing else), <webview>
 * attachment blocked, every permission request and check denied, device permissions refused.
 */
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents } from '../../../main/shell/hardening.ts';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: OpenHandler) => (openHandler = h),
  });
  return { contents: contents as unknown as WebContents, emitter, open: (url: string) => openHandler!({ url }) };
}

const event = (url = '') => ({ url, preventDefault: vi.fn() });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('hardenWebContents', () => {
  // Each event's handler is looked up by name: a handler missing for one of them fails here.
  it('prevents every navigation, and sends only allow-listed https links to the browser', () => {
    const { contents, emitter } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://comitia/../x', 'javascript:alert(1)', 'https://www.demarches-simplifiees.fr/aide']) {
      const e = event(url);
      emitter.emit('will-navigate', e);
      expect(e.preventDefault, url).toHaveBeenCalled();
    }
    expect(openExternal.mock.calls).toEqual([['https://www.demarches-simplifiees.fr/aide']]);
  });

  it('prevents every redirect', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, vi.fn());
    const e = event('https://evil.example/');
    emitter.emit('will-redirect', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, and opens no unlisted URL externally', async () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    for (const url of ['about:blank', 'https://evil.example/', 'http://127.0.0.1:1/', 'file:///C:/Windows/system32/calc.exe', '']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    await tick();
    expect(openExternal).not.toHaveBeenCalled();
    expect(open('https://www.diplomatie.gouv.fr/fr/')).toEqual({ action: 'deny' });
    await tick();
    expect(openExternal.mock.calls).toEqual([['https://www.diplomatie.gouv.fr/fr/']]);
  });

  it('blocks attaching a <webview>', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, vi.fn());
    const e = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', e, { preload: '/evil.js', nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request and check, and every device', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string) => boolean) | null = null;
    let device: (() => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check!(null, permission), permission).toBe(false);
    }
    expect(device!()).toBe(false);
  });
});
