import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../common/api/contract.ts';
import { createApi, type Api } from '../../main/api.ts';
import { CurrentSession } from '../../main/session/currentSession.ts';
import { SettingsStore } from '../../main/settings/userSettings.ts';
import { startWebServer, staticPath, type WebServer } from '../../main/web/webServer.ts';
import { errorText } from '../../common/i18n/translateMessage.ts';

let dir: string;
let api: Api;
let session: CurrentSession;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-api-'));
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
});
afterAll(() => session.close());

describe('the api core', () => {
  it.each(methodNames)('%s rejects a malformed argument with a Result error, not an exception', async (name) => {
    for (const bad of [42, 'texte', [], { champInconnu: true }]) {
      const result = await api.invoke(name, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('core.invalid_argument');
        expect(errorText(result.error)).toContain(name);
      }
    }
  });

  it('names the faulty field', async () => {
    const result = await api.invoke('sessionCreate', { path: join(dir, 'x.comitia'), demo: 'oui' });
    expect(result).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    expect(!result.ok && errorText(result.error)).toContain('« demo »');
    const path = await api.invoke('sessionOpen', { path: join(dir, 'x.txt') });
    expect(!path.ok && errorText(path.error)).toContain('.comitia');
  });

  it('refuses an unknown method', async () => {
    expect(await api.invoke('dropEverything', {})).toMatchObject({ ok: false, error: { code: 'core.unknown_method' } });
  });

  it('says no session is open rather than failing', async () => {
    expect(await api.invoke('sessionInfo', {})).toEqual({ ok: true, value: null });
    expect(await api.invoke('dossiersList', {})).toMatchObject({ ok: false, error: { code: 'session.no_session' } });
  });

  it('creates a session, lists it and reports a missing dossier as not found', async () => {
    const path = join(dir, 'api.comitia');
    const created = await api.invoke('sessionCreate', { path, demo: false });
    expect(created).toMatchObject({ ok: true, value: { path, dossiers: 0 } });
    expect(await api.invoke('sessionCreate', { path, demo: false })).toMatchObject({ ok: false, error: { code: 'session.exists' } });
    expect(await api.invoke('dossiersList', {})).toEqual({ ok: true, value: [] });
    expect(await api.invoke('dossierGet', { id: '404' })).toMatchObject({ ok: false, error: { code: 'session.dossier_not_found' } });
  });

  it('remembers the language and the recent sessions', async () => {
    expect(await api.invoke('settingsSet', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    const again = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
    const settings = await again.invoke('settingsGet', {});
    expect(settings).toMatchObject({ ok: true, value: { language: 'en', recentSessions: [join(dir, 'api.comitia')] } });
  });
});

describe('the HTTP transport of the web shell', () => {
  let web: WebServer;
  beforeAll(async () => {
    web = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir });
  });
  afterAll(async () => web.close());

  const post = (token: string | null, name = 'sessionInfo', body = '{}') =>
    fetch(new URL(`/api/${name}`, web.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body,
    });

  it('listens on loopback only', () => {
    expect(new URL(web.url).hostname).toBe('127.0.0.1');
  });

  it('refuses a wrong or missing token', async () => {
    for (const token of [null, 'wrong', web.token + 'x', web.token.slice(1)]) {
      const response = await post(token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'web.unauthorized' } });
    }
  });

  it('answers with the token, and turns a malformed body into a Result error', async () => {
    const good = await post(web.token);
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true });
    const broken = await post(web.token, 'sessionInfo', '{pas du json');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'web.bad_json' } });
    const invalid = await post(web.token, 'dossierGet', '{"id": 12}');
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
  });

  it('streams progress events of long work to the page, only with the token', async () => {
    expect((await fetch(new URL('/api/events?token=wrong', web.url))).status).toBe(401);
    const events = await fetch(new URL(`/api/events?token=${web.token}`, web.url));
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = events.body!.getReader();
    await reader.read(); // the ": connected" comment: the listener is registered
    const created = await post(web.token, 'sessionCreate', JSON.stringify({ path: join(dir, 'progress.comitia'), demo: true }));
    expect(await created.json()).toMatchObject({ ok: true, value: { dossiers: 60 } });
    let text = '';
    while (!/"done":(\d+),"total":\1\b/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const progress = [...text.matchAll(/^event: progress\ndata: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as { task: string; done: number; total: number });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((p) => p.task === 'demo')).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(web.url);
      const req = request({ host: u.hostname, port: u.port, path: '/', headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('never serves a file outside the renderer folder', () => {
    const root = '/srv/renderer';
    expect(staticPath(root, '/')).toBe('/srv/renderer/index.html');
    expect(staticPath(root, '/assets/app.js')).toBe('/srv/renderer/assets/app.js');
    for (const evil of ['/../secret', '/%2e%2e/secret', '/assets/../../etc/passwd', '/..%2f..%2fetc/passwd', '/%00', '/%zz']) {
      const p = staticPath(root, evil);
      expect(p === null || p.startsWith(root + '/')).toBe(true);
    }
    // `..` at the top is clamped to the root, never above it; undecodable paths are refused.
    expect(staticPath(root, '/%2e%2e/secret')).toBe('/srv/renderer/secret');
    expect(staticPath(root, '/%zz')).toBeNull();
  });
});
