/**
 * The web shell's byte paths: uploads for the import (token, size limit, round trip into importPreview/importRun,
 * paths from the page refused) and attachments served back (token, headers, inline only for a real PDF).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { AttachmentInfo, ImportPreview, ImportReport } from '../../../common/import/types.ts';
import type { Result } from '../../../common/result.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { startWebServer, type WebServer } from '../../../main/web/webServer.ts';
import { tempDir, writeDsXlsx } from '../../fixtures/import/dsExport.ts';
import { newSession } from '../../fixtures/import/session.ts';
import { tinyPdf } from '../../fixtures/import/tinyPdf.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';

let dir: string;
let api: Api;
let session: CurrentSession;
let web: WebServer;
let xlsx: Buffer;
let zip: Buffer;
const LIMIT = 64 * 1024;

beforeAll(async () => {
  dir = tempDir('comitia-web-bytes-');
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  await session.open(await newSession(dir));
  xlsx = readFileSync(await writeDsXlsx(dir, 'export.xlsx', { layout: '2024' }));
  zip = buildZip([
    { name: 'export/dossier-10001/export-10001-01-04-2022-10-00-1.pdf', data: tinyPdf('Dossier complet fictif') },
    { name: 'export/dossier-10001/pieces_justificatives/note.html', data: '<script>alert(1)</script>' },
    { name: 'export/dossier-10001/pieces_justificatives/faux.pdf', data: '<html>pas un PDF</html>' },
  ]);
  web = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir, uploadLimits: { source: LIMIT, attachments: LIMIT } });
});
afterAll(async () => {
  await web.close();
  session.close();
});

const upload = (body: Buffer | string, query: string, token: string | null = web.token) =>
  fetch(new URL(`/api/upload?${query}`, web.url), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

const call = async <T>(name: string, arg: unknown): Promise<Result<T>> => {
  const response = await fetch(new URL(`/api/${name}`, web.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify(arg),
  });
  return (await response.json()) as Result<T>;
};

const uploadsRoot = (): string => web.uploadRoot;

describe('POST /api/upload', () => {
  it('refuses a missing or wrong token, and keeps nothing', async () => {
    for (const token of [null, 'faux', web.token.slice(1)]) {
      const r = await upload(xlsx, 'kind=source&name=export.xlsx', token);
      expect(r.status).toBe(401);
      expect(await r.json()).toMatchObject({ ok: false, error: { code: 'web.unauthorized' } });
    }
  });

  it('refuses a missing kind or name, with a code', async () => {
    for (const query of ['name=export.xlsx', 'kind=autre&name=export.xlsx', 'kind=source']) {
      const r = await upload(xlsx, query);
      expect(r.status, query).toBe(400);
      expect(await r.json()).toMatchObject({ ok: false, error: { code: 'web.upload_parameters' } });
    }
  });

  it('refuses a file over the size limit, whether declared or streamed, in French, and removes what it wrote', async () => {
    const big = Buffer.alloc(LIMIT + 1, 0x41);
    const declared = await upload(big, 'kind=source&name=grand.csv');
    expect(declared.status).toBe(413);
    const body = (await declared.json()) as Result<unknown>;
    expect(body).toMatchObject({ ok: false, error: { code: 'web.upload_too_large_source', params: { limit: 1 } } });
    expect(!body.ok && errorText(body.error)).toMatch(/dépasse la taille admise/);

    // Without a Content-Length (chunked), the limit is enforced on the bytes as they arrive.
    const chunks = async function* () {
      for (let i = 0; i < 4; i += 1) yield new Uint8Array(new ArrayBuffer(LIMIT / 2));
    };
    const streamed = await fetch(new URL('/api/upload?kind=attachments&name=pj.zip', web.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${web.token}` },
      body: ReadableStreamFrom(chunks()),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ ok: false, error: { code: 'web.upload_too_large_attachments' } });
    const root = uploadsRoot();
    const leftovers = readdirSync(root).flatMap((d) => readdirSync(join(root, d)));
    expect(leftovers).toEqual([]);
  });

  it('round trip: the upload reference previews and imports the file, with its own name recorded', async () => {
    const r = await upload(xlsx, `kind=source&name=${encodeURIComponent('Export démarches (vague 1).xlsx')}`);
    expect(r.status).toBe(200);
    const picked = ((await r.json()) as { ok: true; value: PickedFile }).value;
    expect(picked).toMatchObject({ name: 'Export démarches (vague 1).xlsx', size: xlsx.length });
    expect(picked.ref).toMatch(/^upload:[A-Za-z0-9_-]{20,}$/);

    const preview = await call<ImportPreview>('importPreview', { source: picked.ref });
    expect(preview).toMatchObject({ ok: true, value: { fileName: 'Export démarches (vague 1).xlsx', totalRows: 6 } });

    const pj = ((await (await upload(zip, 'kind=attachments&name=pj.zip')).json()) as { value: PickedFile }).value;
    const run = await call<ImportReport>('importRun', { source: picked.ref, attachments: pj.ref });
    expect(run).toMatchObject({ ok: true, value: { imported: 5, attachments: { added: 3 } } });
    expect(await call('importsList', {})).toMatchObject({ ok: true, value: [{ fileName: 'Export démarches (vague 1).xlsx' }] });
  });

  it('stores uploads privately (a 0700 folder, a 0600 file) under a sanitised name', async () => {
    const r = await upload('ID;Nom\n1;A\n', `kind=source&name=${encodeURIComponent('../../etc/CON.csv')}`);
    const picked = ((await r.json()) as { value: PickedFile }).value;
    expect(picked.name).toBe('_CON.csv');
    const root = uploadsRoot();
    expect(statSync(root).mode & 0o777).toBe(0o700);
    const file = readdirSync(root).map((d) => join(root, d, '_CON.csv')).find(existsSync)!;
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('never lets the page name a path for the import methods', async () => {
    const path = join(dir, 'export.xlsx');
    for (const [name, arg] of [
      ['importPreview', { source: path }],
      ['importRun', { source: path }],
      ['importRun', { source: 'upload:inventé', attachments: null }],
      ['importPreview', { source: '/etc/passwd' }],
    ] as const) {
      const r = await call(name, arg);
      expect(r, `${name} ${JSON.stringify(arg)}`).toMatchObject({ ok: false, error: { code: 'web.upload_reference_expected' } });
    }
    const picked = ((await (await upload(xlsx, 'kind=source&name=a.xlsx')).json()) as { value: PickedFile }).value;
    expect(await call('importRun', { source: picked.ref, attachments: path })).toMatchObject({ ok: false, error: { code: 'web.upload_reference_expected' } });
    // An upload given as the spreadsheet is not the attachments archive.
    expect(await call('importRun', { source: picked.ref, attachments: picked.ref })).toMatchObject({
      ok: false,
      error: { code: 'web.upload_reference_expected', params: { field: 'attachments' } },
    });
  });
});

describe('GET /api/attachments/<id>', () => {
  let attachments: AttachmentInfo[];
  beforeAll(async () => {
    attachments = ((await call<AttachmentInfo[]>('dossierAttachments', { id: '10001' })) as { value: AttachmentInfo[] }).value;
  });
  const byName = (name: string) => attachments.find((a) => a.fileName === name)!;
  const get = (id: number, query = `token=${web.token}`, method = 'GET') =>
    fetch(new URL(`/api/attachments/${id}?${query}`, web.url), { method });

  it('refuses a missing or wrong token', async () => {
    const pdf = attachments.find((a) => a.category === 'dossier_pdf')!;
    expect((await get(pdf.id, '')).status).toBe(401);
    expect((await get(pdf.id, 'token=faux')).status).toBe(401);
  });

  it('serves a PDF inline, sandboxed, with its stored type and nosniff', async () => {
    const pdf = attachments.find((a) => a.category === 'dossier_pdf')!;
    const r = await get(pdf.id);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('content-disposition')).toMatch(/^inline; filename="export-10001-01-04-2022-10-00-1\.pdf"/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await r.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const head = await get(pdf.id, `token=${web.token}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(pdf.size));
  });

  it('serves anything else as a download, even a file named .pdf that is not one', async () => {
    const html = await get(byName('note.html').id);
    expect(html.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(html.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    const fake = await get(byName('faux.pdf').id);
    expect(fake.headers.get('content-disposition')).toMatch(/^attachment;/);
    const asked = await get(attachments.find((a) => a.category === 'dossier_pdf')!.id, `token=${web.token}&download=1`);
    expect(asked.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('answers 404 for an unknown id and ignores malformed ones', async () => {
    const missing = await get(999_999);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'session.attachment_not_found', params: { id: 999_999 } } });
    const r = await fetch(new URL(`/api/attachments/1%2f..?token=${web.token}`, web.url));
    expect(r.status).not.toBe(200);
  });

  it('reports a database error as such (500 with a code), not as a missing attachment', async () => {
    const pdf = attachments.find((a) => a.category === 'dossier_pdf')!;
    const db = session.db();
    db.exec('ALTER TABLE blobs RENAME TO blobs_hidden');
    try {
      const r = await get(pdf.id);
      expect(r.status).toBe(500);
      const body = (await r.json()) as Result<unknown>;
      expect(body).toMatchObject({ ok: false, error: { code: 'shell.attachment_read_failed', params: { id: pdf.id } } });
      expect(!body.ok && errorText(body.error)).toMatch(/illisible : la base de la session a répondu par une erreur/);
    } finally {
      db.exec('ALTER TABLE blobs_hidden RENAME TO blobs');
    }
    expect((await get(pdf.id)).status).toBe(200);
  });
});

describe('stopping the server', () => {
  it('removes every upload', async () => {
    const other = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir });
    const r = await fetch(new URL('/api/upload?kind=source&name=a.csv', other.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${other.token}` },
      body: 'ID;Nom\n1;A\n',
    });
    expect(r.status).toBe(200);
    expect(readdirSync(other.uploadRoot)).toHaveLength(1);
    await other.close();
    expect(existsSync(other.uploadRoot)).toBe(false);
  });
});

/** ReadableStream.from is not in the DOM typings of this TypeScript lib: build the stream by hand. */
function ReadableStreamFrom(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}
