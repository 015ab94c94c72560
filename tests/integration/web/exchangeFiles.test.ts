/**
 * The web shell's paths for the offline review: a package written for the page lands in the private downloads folder
 * and is served back (token, attachment headers) at the address made of the answer's last two segments, and nothing
 * else is; a package uploaded opens the member's file, and its upload is gone once used.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { PackageIssued } from '../../../common/exchange/records.ts';
import type { Result } from '../../../common/result.ts';
import { startWebServer, type WebServer } from '../../../main/web/webServer.ts';
import { demoSession, newApi, PASSPHRASE, tempDir } from '../exchange/fixture.ts';

let dir: string;
let web: WebServer;
let api: ReturnType<typeof newApi>;

beforeAll(async () => {
  dir = tempDir();
  const session = await demoSession(dir);
  api = newApi(dir);
  const opened = await api.invoke('sessionOpen', { path: session });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  web = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir });
});
afterAll(async () => {
  await web.close();
  api.context.session.close();
});

const call = async <T>(name: string, arg: unknown): Promise<{ status: number; body: Result<T> }> => {
  const response = await fetch(new URL(`/api/${name}`, web.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify(arg),
  });
  return { status: response.status, body: (await response.json()) as Result<T> };
};
const get = (path: string, token: string | null = web.token) =>
  fetch(new URL(`${path}${token === null ? '' : `?token=${token}`}`, web.url));

describe('the offline review in the web shell', () => {
  it('writes a package into its downloads folder and serves it there only, with the token', async () => {
    const { body } = await call<PackageIssued>('packageExport', { member: 'cuf', out: '../../ailleurs/paquet cuf.comitia-paquet', passphrase: PASSPHRASE });
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    const out = body.value.out;
    // Only the name the page gave is kept, inside a random folder of the server's own.
    expect(basename(out)).toBe('paquet cuf.comitia-paquet');
    expect(dirname(dirname(out))).not.toBe(dir);
    const address = `/api/downloads/${basename(dirname(out))}/${encodeURIComponent(basename(out))}`;
    expect((await get(address, null)).status).toBe(401);
    const served = await get(address);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(served.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.equals(readFileSync(out))).toBe(true);
    expect(bytes.subarray(0, 6).toString('ascii')).toBe('CMTPKG');
    for (const other of [
      `/api/downloads/${basename(dirname(out))}/autre.comitia-paquet`,
      `/api/downloads/000000000000000000000000/${encodeURIComponent(basename(out))}`,
      `/api/downloads/${basename(dirname(out))}/..%2F..%2Fs.comitia`,
      `/api/downloads/..%2F${basename(dir)}/s.comitia`,
      `/api/downloads/${basename(dirname(out))}`,
    ]) {
      expect((await get(other)).status, other).toBe(404);
    }
  });

  it('opens an uploaded package into a member file of the sessions folder, and the upload is gone once used', async () => {
    const { body } = await call<PackageIssued>('packageExport', { member: 'asc', out: 'asc.comitia-paquet', passphrase: PASSPHRASE });
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    const sent = await fetch(new URL('/api/upload?kind=reviewPackage&name=asc.comitia-paquet', web.url), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${web.token}` },
      body: new Uint8Array(readFileSync(body.value.out)),
    });
    const picked = ((await sent.json()) as Result<PickedFile>) as { ok: true; value: PickedFile };
    // An upload given for a package is no return to import, nor a spreadsheet.
    expect((await call('returnImport', { file: picked.value.ref })).status).toBe(403);
    expect((await call('packageOpen', { file: picked.value.ref, out: 'asc.comitia', passphrase: 'pas la bonne phrase' })).body).toMatchObject({
      ok: false,
      error: { code: 'exchange.wrong_passphrase' },
    });
    // Refused: the upload is kept, so the member can type the passphrase again.
    const opened = await call<{ path: string }>('packageOpen', { file: picked.value.ref, out: 'asc.comitia', passphrase: PASSPHRASE });
    expect(opened.body).toMatchObject({ ok: true, value: { path: join(dir, 'asc.comitia') } });
    expect(await call('memberMode', {})).toMatchObject({ body: { ok: true, value: { member: 'asc', lastReturnAt: null } } });
    const again = await call('packageOpen', { file: picked.value.ref, out: 'asc2.comitia', passphrase: PASSPHRASE });
    expect(again).toMatchObject({ status: 403, body: { ok: false, error: { code: 'web.upload_reference_expected' } } });
  });
});
