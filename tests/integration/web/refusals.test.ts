/**
 * The web shell's refusals, each a JSON Result with a code the page can translate, and its sessions folder: a page
 * opens and creates sessions only there (by name or full path), never an arbitrary path, while the CLI's direct
 * `api.invoke` still can. Also the static guard against symbolic links and `npm run web -- --help`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../../common/i18n/translateMessage.ts';
import type { Result } from '../../../common/result.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { ConfSettingsStore } from '../../../main/settings/userSettings.ts';
import { startWebServer, type WebServer } from '../../../main/web/webServer.ts';

let dir: string;
let sessions: string;
let renderer: string;
let outside: string;
let session: CurrentSession;
let api: Api;
let web: WebServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-web-refusals-'));
  sessions = join(dir, 'sessions');
  renderer = join(dir, 'renderer');
  outside = join(dir, 'outside');
  for (const d of [sessions, renderer, outside]) mkdirSync(d);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Comitia</title>');
  writeFileSync(join(renderer, 'app.js'), 'export {};');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(renderer, 'lien.txt'));
  symlinkSync(outside, join(renderer, 'dehors'));
  symlinkSync(join(outside, 'absent.txt'), join(renderer, 'pendant.txt'));
  session = new CurrentSession();
  api = createApi({ session, settings: new ConfSettingsStore(join(dir, 'settings')) });
  web = await startWebServer({ api, rendererDir: renderer, sessionsFolder: sessions });
});
afterAll(async () => {
  await web.close();
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request: fetch() would normalise a malformed path or refuse a forged Host header. */
function raw(path: string, options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}) {
  const u = new URL(web.url);
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? u.host, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (r: { body: string }) => JSON.parse(r.body) as Result<unknown>;
const bearer = () => ({ authorization: `Bearer ${web.token}`, 'content-type': 'application/json' });

const call = async (name: string, arg: unknown) => {
  const r = await raw(`/api/${name}`, { method: 'POST', headers: bearer(), body: JSON.stringify(arg) });
  return { status: r.status, result: json(r) };
};

describe('refusals answer JSON with a code', () => {
  it('421 for another Host (DNS rebinding)', async () => {
    const r = await raw('/', { host: 'evil.example:80' });
    expect(r.status).toBe(421);
    expect(r.type).toMatch(/^application\/json/);
    expect(json(r)).toEqual({ ok: false, error: { code: 'web.misdirected', params: { host: 'evil.example:80' } } });
  });

  it('400 for a malformed %xx escape, on the api and on static paths', async () => {
    for (const path of ['/%E0%A4%A', '/api/%E0%A4%A', '/assets/%zz.js']) {
      const r = await raw(path, { headers: bearer() });
      expect(r.status, path).toBe(400);
      expect(json(r), path).toEqual({ ok: false, error: { code: 'web.bad_escape' } });
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dropEverything'])('404 for /api/%s, which is no method', async (name) => {
    const r = await raw(`/api/${name}`, { method: 'POST', headers: bearer(), body: '{}' });
    expect(r.status).toBe(404);
    expect(json(r)).toEqual({ ok: false, error: { code: 'core.unknown_method', params: { method: name } } });
  });

  it('401 without the token, 405 for another HTTP method, 400 for a body that is not JSON', async () => {
    const anonymous = await raw('/api/sessionInfo', { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(json(anonymous)).toMatchObject({ ok: false, error: { code: 'web.unauthorized' } });
    const get = await raw('/api/sessionInfo', { headers: bearer() });
    expect(get.status).toBe(405);
    expect(json(get)).toEqual({ ok: false, error: { code: 'web.method_not_allowed', params: { method: 'GET', allowed: 'POST' } } });
    const put = await raw('/index.html', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(json(put)).toMatchObject({ ok: false, error: { code: 'web.method_not_allowed', params: { allowed: 'GET, HEAD' } } });
    const broken = await raw('/api/sessionInfo', { method: 'POST', headers: bearer(), body: '{pas du json' });
    expect(broken.status).toBe(400);
    expect(json(broken)).toEqual({ ok: false, error: { code: 'web.bad_json' } });
  });

  it('every refusal reads as a French sentence', async () => {
    const r = await raw('/api/%E0%A4%A');
    const body = json(r);
    expect(!body.ok && errorText(body.error)).toBe('Adresse refusée : une séquence « %xx » y est mal formée.');
  });
});

describe('static files', () => {
  it('serves the renderer, and index.html for the interface’s own routes', async () => {
    expect((await raw('/app.js')).type).toMatch(/^text\/javascript/);
    const route = await raw('/dossiers/10001');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Comitia</title>');
  });

  it('refuses a symbolic link that leads outside the renderer folder, as the desktop does', async () => {
    for (const path of ['/lien.txt', '/dehors/secret.txt', '/pendant.txt']) {
      const r = await raw(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toBe('secret');
      expect(json(r), path).toMatchObject({ ok: false, error: { code: 'web.not_found' } });
    }
  });
});

describe('sessions from the page', () => {
  it('are created and opened in the sessions folder, by name or by full path', async () => {
    const created = await call('sessionCreate', { path: 'premiere.comitia', demo: false });
    expect(created).toMatchObject({ status: 200, result: { ok: true, value: { path: join(sessions, 'premiere.comitia') } } });
    const opened = await call('sessionOpen', { path: join(sessions, 'premiere.comitia') });
    expect(opened).toMatchObject({ status: 200, result: { ok: true, value: { path: join(sessions, 'premiere.comitia') } } });
    // The contract's own check still speaks: the extension.
    const txt = await call('sessionCreate', { path: join(sessions, 'nouvelle.txt'), demo: false });
    expect(!txt.result.ok && errorText(txt.result.error)).toContain('.comitia');
  });

  it('are refused anywhere else, without telling whether the file exists', async () => {
    const cli = join(outside, 'cli.comitia');
    expect(await api.invoke('sessionCreate', { path: cli, demo: false })).toMatchObject({ ok: true });
    for (const path of [cli, join(outside, 'absent.comitia'), '../outside/cli.comitia', '/etc/passwd.comitia', join(sessions, 'sub', 'x.comitia')]) {
      const r = await call('sessionOpen', { path });
      expect(r.status, path).toBe(403);
      expect(r.result, path).toMatchObject({ ok: false, error: { code: 'web.session_outside_folder', params: { folder: sessions } } });
    }
    const create = await call('sessionCreate', { path: join(outside, 'nouvelle.comitia'), demo: false });
    expect(create.result).toMatchObject({ ok: false, error: { code: 'web.session_outside_folder' } });
    const huge = await call('sessionOpen', { path: `/${'x'.repeat(100_000)}.comitia` });
    expect(huge.result).toMatchObject({ ok: false, error: { code: 'web.session_outside_folder' } });
    expect(JSON.stringify(huge.result).length).toBeLessThan(1000);
    expect(await call('sessionOpen', { path: 42 })).toMatchObject({ status: 403, result: { error: { code: 'shell.path_reference_expected' } } });
    // The CLI, trusted, opens it by its path.
    expect(await api.invoke('sessionOpen', { path: cli })).toMatchObject({ ok: true, value: { path: cli } });
  });

  it('never follow a symbolic link in the folder, dangling or not', async () => {
    symlinkSync(join(outside, 'cli.comitia'), join(sessions, 'lien.comitia'));
    symlinkSync(join(outside, 'nulle-part.comitia'), join(sessions, 'pendant.comitia'));
    for (const name of ['lien.comitia', 'pendant.comitia']) {
      expect((await call('sessionOpen', { path: name })).result, name).toEqual({
        ok: false,
        error: { code: 'web.session_symlink', params: { name } },
      });
      expect((await call('sessionCreate', { path: name, demo: false })).result, name).toMatchObject({
        ok: false,
        error: { code: 'web.session_symlink' },
      });
    }
  });
});

describe('npm run web -- --help', () => {
  const web = (...args: string[]) => {
    try {
      return { status: 0, out: execFileSync(process.execPath, ['main/web/index.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }), err: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, out: e.stdout, err: e.stderr };
    }
  };

  it('prints the usage generated from the options, and exits 0', () => {
    const { status, out } = web('--help');
    expect(status).toBe(0);
    expect(out).toMatch(/^Usage : npm run web -- \[options\]/);
    for (const option of ['--session FICHIER', '--empty', '--read-only', '--sessions-dir DOSSIER', '--port N', '--data-dir DOSSIER', '-h, --help']) {
      expect(out).toContain(option);
    }
  });

  it('answers a wrong option or port with one line and exit 2, not a stack trace', () => {
    const unknown = web('--nimporte');
    expect(unknown.status).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    expect(unknown.err).toContain('--help');
    const port = web('--port', 'quatre');
    expect(port).toMatchObject({ status: 2, err: expect.stringContaining('« quatre »') });
  });
});
