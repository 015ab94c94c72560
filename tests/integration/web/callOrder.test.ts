/**
 * Read-your-writes in the web shell: a ranking asked after a score, which reaches the server first, is held until
 * the score is written and then sees it; the score's change event names the call that made it. A call without the
 * page's numbering is not held.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../common/result.ts';
import type { ScoringSheet } from '../../../common/scoring/views.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { ConfSettingsStore } from '../../../main/settings/userSettings.ts';
import { startWebServer, type WebServer } from '../../../main/web/webServer.ts';
import { openChangeStream } from './changeStream.ts';

let dir: string;
let session: CurrentSession;
let api: Api;
let web: WebServer;
let ref: { member: string; dossier: string; criterion: string };
const PAGE = 'page-5b2f0c1e-test';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-web-order-'));
  session = new CurrentSession();
  api = createApi({ session, settings: new ConfSettingsStore(join(dir, 'settings')) });
  expect((await api.invoke('sessionCreate', { path: join(dir, 'order.comitia'), demo: true })).ok).toBe(true);
  web = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir });
  const members = (await api.invoke('membersList', {})) as Result<{ id: string; role: string }[]>;
  const grid = (await api.invoke('gridGet', {})) as Result<{ criteria: { id: string }[] }>;
  const conflicts = (await api.invoke('conflictsList', {})) as Result<{ member: string; dossier: string }[]>;
  const dossiers = (await api.invoke('dossiersList', {})) as Result<{ id: string }[]>;
  if (!members.ok || !grid.ok || !conflicts.ok || !dossiers.ok) throw new Error('demo session unreadable');
  const member = members.value.find((m) => m.role !== 'observer')!.id;
  const recused = new Set(conflicts.value.filter((c) => c.member === member).map((c) => c.dossier));
  ref = { member, dossier: dossiers.value.find((d) => !recused.has(d.id))!.id, criterion: grid.value.criteria[0]!.id };
});
afterAll(async () => {
  await web.close();
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => web.url.split('?')[0]!;

function post<T>(method: string, arg: unknown, headers: Record<string, string> = {}): Promise<Result<T>> {
  return fetch(`${base()}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}`, ...headers },
    body: JSON.stringify(arg),
  }).then((r) => r.json() as Promise<Result<T>>);
}

const numbered = (call: number, after?: number) => ({
  'x-comitia-page': PAGE,
  'x-comitia-call': String(call),
  ...(after !== undefined ? { 'x-comitia-after': String(after) } : {}),
});

/** The score the member's sheet shows for the cell. */
function scoreOn(sheet: Result<ScoringSheet>): number | null {
  if (!sheet.ok) throw new Error(JSON.stringify(sheet.error));
  return sheet.value.rows.find((r) => r.dossier === ref.dossier)?.scores[ref.criterion]?.value ?? null;
}

describe('the web shell orders a page’s calls where it asks', () => {
  it('holds a read asked after a score until the score is written, and names the score in its change event', async () => {
    expect((await post('scoreSet', { ...ref, value: 0 })).ok).toBe(true);
    const sheet = { member: ref.member, viewer: null };
    expect(scoreOn(await post<ScoringSheet>('scoringSheet', sheet))).toBe(0);

    const stream = await openChangeStream(web);

    // The sheet (call 2, after call 1) reaches the server first: it must wait for the score.
    let answered = false;
    const read = post<ScoringSheet>('scoringSheet', sheet, numbered(2, 1)).then((r) => ((answered = true), r));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(answered).toBe(false);
    expect((await post('scoreSet', { ...ref, value: 3 }, numbered(1))).ok).toBe(true);
    expect(scoreOn(await read)).toBe(3);

    expect(await stream.nextChange()).toEqual({ topics: ['scores'], origin: 'self', cause: { page: PAGE, call: 1 } });
  });

  it('answers at once a call that follows nothing, even while another of the page’s calls is awaited', async () => {
    const held = post('ranking', { viewer: null, ranges: false }, numbered(11, 10));
    const started = Date.now();
    expect((await post('ranking', { viewer: null, ranges: false }, numbered(12))).ok).toBe(true);
    expect((await post('ranking', { viewer: null, ranges: false })).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
    // Call 10 never comes: the held call runs after the wait, as it would have without the header.
    expect((await held).ok).toBe(true);
  });
});
