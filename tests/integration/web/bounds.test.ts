/**
 * The web shell's bounds (issue 12): an upload declared too large is answered before its body is sent; uploads are
 * deleted when the import that used them commits (kept after a refusal or a cancel, for a retry), and the store keeps few at once; a stored media type with a line
 * break cannot split a response header; the event stream takes at most 16 connections; a 64 MB id is refused
 * through HTTP without being echoed back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { AttachmentInfo } from '../../../common/import/types.ts';
import type { Result } from '../../../common/result.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { MAX_EVENT_STREAMS } from '../../../main/web/routes.ts';
import { startWebServer, type WebServer } from '../../../main/web/webServer.ts';
import { tempDir, writeDsXlsx } from '../../fixtures/import/dsExport.ts';
import { newSession } from '../../fixtures/import/session.ts';
import { tinyPdf } from '../../fixtures/import/tinyPdf.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';

let dir: string;
let api: Api;
let session: CurrentSession;
let web: WebServer;
let xlsx: Buffer;
const LIMIT = 1024 * 1024;

beforeAll(async () => {
  dir = tempDir('comitia-web-bounds-');
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  await session.open(await newSession(dir));
  xlsx = readFileSync(await writeDsXlsx(dir, 'export.xlsx', { layout: '2024' }));
  web = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir, uploadLimits: { source: LIMIT, attachments: LIMIT } });
});
afterAll(async () => {
  await web.close();
  session.close();
});

const upload = async (body: Buffer | string, query: string): Promise<{ status: number; body: Result<PickedFile> }> => {
  const r = await fetch(new URL(`/api/upload?${query}`, web.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${web.token}` },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: r.status, body: (await r.json()) as Result<PickedFile> };
};

const call = async <T>(name: string, arg: unknown): Promise<Result<T>> => {
  const response = await fetch(new URL(`/api/${name}`, web.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify(arg),
  });
  return (await response.json()) as Result<T>;
};

const kept = (): string[] => readdirSync(web.uploadRoot).flatMap((d) => readdirSync(join(web.uploadRoot, d)));

describe('uploads', () => {
  it('answers 413 as soon as the declared Content-Length is read, before any of the body is sent', async () => {
    const u = new URL(web.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({
        host: u.hostname,
        port: u.port,
        path: '/api/upload?kind=source&name=grand.csv',
        method: 'POST',
        headers: { authorization: `Bearer ${web.token}`, 'content-length': String(10 * 1024 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      // The headers only: not one byte of the 10 GB announced is ever written.
      req.flushHeaders();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'web.upload_too_large_source' } });
    expect(kept()).toEqual([]);
  });

  it('deletes the uploads an import used once it ends, not after a dry run', async () => {
    const source = await upload(xlsx, 'kind=source&name=export.xlsx');
    const zip = await upload(buildZip([{ name: 'export/dossier-10001/a.pdf', data: tinyPdf('a') }]), 'kind=attachments&name=pj.zip');
    expect(source.status).toBe(200);
    const ref = (source.body as { value: PickedFile }).value.ref;
    const zipRef = (zip.body as { value: PickedFile }).value.ref;
    expect(kept().sort()).toEqual(['export.xlsx', 'pj.zip']);
    expect(await call('importRun', { source: ref, attachments: zipRef, dryRun: true })).toMatchObject({ ok: true });
    expect(kept()).toHaveLength(2);
    expect(await call('importRun', { source: ref, attachments: zipRef })).toMatchObject({ ok: true });
    expect(kept()).toEqual([]);
    // The reference is gone with its file.
    expect(await call('importRun', { source: ref })).toMatchObject({ ok: false, error: { code: 'web.upload_reference_expected' } });
  });

  it('keeps them after a refused import, so the user can try again without choosing the files again', async () => {
    const bad = await upload('pas un tableur', 'kind=source&name=faux.xlsx');
    const ref = (bad.body as { value: PickedFile }).value.ref;
    expect(await call('importRun', { source: ref })).toMatchObject({ ok: false });
    expect(kept()).toEqual(['faux.xlsx']);
    // Tried again: the same refusal from the core, not a lost reference.
    expect(await call('importRun', { source: ref })).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^import\./) } });
  });

  it('keeps at most 8 uploads at once, and says so with a code', async () => {
    const refs: string[] = [];
    // Uploads kept by the tests above (a refused import keeps its file) count too.
    for (let i = kept().length; i < 8; i += 1) {
      const r = await upload('ID;Nom\n1;A\n', `kind=source&name=f${i}.csv`);
      expect(r.status).toBe(200);
      refs.push((r.body as { value: PickedFile }).value.ref);
    }
    const ninth = await upload('ID;Nom\n1;A\n', 'kind=source&name=f9.csv');
    expect(ninth.status).toBe(413);
    expect(ninth.body).toMatchObject({ ok: false, error: { code: 'web.upload_quota', params: { count: 8, maxCount: 8 } } });
    expect(kept()).toHaveLength(8);
    // One import later, there is room again.
    expect(await call('importRun', { source: refs[0] })).toMatchObject({ ok: true });
    expect((await upload('ID;Nom\n1;A\n', 'kind=source&name=f9.csv')).status).toBe(200);
  });

});

describe('attachments with a hostile media type', () => {
  it('serves a media type with a line break as application/octet-stream, a download, without the injected header', async () => {
    const attachments = ((await call<AttachmentInfo[]>('dossierAttachments', { id: '10001' })) as { value: AttachmentInfo[] }).value;
    const target = attachments[0]!;
    session.db().prepare('UPDATE attachments SET media_type = ? WHERE id = ?').run('text/html\r\nX-Injected: 1', target.id);
    const r = await fetch(new URL(`/api/attachments/${target.id}?token=${web.token}`, web.url));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/octet-stream');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(r.headers.get('x-injected')).toBeNull();
  });
});

describe('the event stream', () => {
  it(`accepts ${MAX_EVENT_STREAMS} connections and refuses the next one with a code`, async () => {
    const controllers: AbortController[] = [];
    try {
      for (let i = 0; i < MAX_EVENT_STREAMS; i += 1) {
        const c = new AbortController();
        controllers.push(c);
        const r = await fetch(new URL(`/api/events?token=${web.token}`, web.url), { signal: c.signal });
        expect(r.status).toBe(200);
      }
      const over = await fetch(new URL(`/api/events?token=${web.token}`, web.url));
      expect(over.status).toBe(503);
      expect(await over.json()).toMatchObject({ ok: false, error: { code: 'web.too_many_event_streams', params: { max: MAX_EVENT_STREAMS } } });
    } finally {
      for (const c of controllers) c.abort();
    }
    // Closed streams give their place back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const c = new AbortController();
    const again = await fetch(new URL(`/api/events?token=${web.token}`, web.url), { signal: c.signal });
    expect(again.status).toBe(200);
    c.abort();
  });
});

describe('free text bounds through HTTP', () => {
  it('refuses a 64 MB id without echoing it', async () => {
    // Just under the 64 MB body limit, so that the contract, not the body limit, answers.
    const id = 'A'.repeat(64 * 1024 * 1024 - 64);
    const response = await fetch(new URL('/api/dossierGet', web.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
      body: JSON.stringify({ id }),
    });
    const text = await response.text();
    expect(text.length).toBeLessThan(2000);
    expect(JSON.parse(text)).toMatchObject({
      ok: false,
      error: { code: 'core.invalid_argument', details: { issues: [{ field: 'id', code: 'validation.text_too_long', params: { maximum: 100 } }] } },
    });
  });

  it('refuses an actor over 64 characters or with spaces, and a comment over 2,000', async () => {
    const actor = await call('dossierAcknowledgeChanges', { id: '10001', actor: 'x'.repeat(65) });
    expect(actor).toMatchObject({ ok: false, error: { details: { issues: [{ field: 'actor', code: 'validation.text_too_long' }] } } });
    const spaced = await call('dossierAcknowledgeChanges', { id: '10001', actor: 'Marie Dupont' });
    expect(spaced).toMatchObject({ ok: false, error: { details: { issues: [{ field: 'actor', code: 'validation.actor_format' }] } } });
    const comment = await call('scoreSet', { member: 'm', dossier: '10001', criterion: 'c', value: 1, comment: 'x'.repeat(2001) });
    expect(comment).toMatchObject({ ok: false, error: { details: { issues: [{ field: 'comment', code: 'validation.text_too_long', params: { maximum: 2000 } }] } } });
    expect(existsSync(web.uploadRoot)).toBe(true);
  });
});
