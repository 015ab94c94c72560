/**
 * Changes pushed, not polled: a write through the core announces its topics after the commit, over the api and over
 * the web shell's event stream; a write by another process on the same file is noticed through `data_version`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openChangeStream } from '../web/changeStream.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, CoreEvent } from '../../../common/api/events.ts';
import { TOPICS } from '../../../common/api/topics.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { watchExternalWrites } from '../../../main/events/externalWrites.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { startWebServer, type WebServer } from '../../../main/web/webServer.ts';

let dir: string;
let api: Api;
let session: CurrentSession;
let path: string;
const heard: ChangeEvent[] = [];

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-events-'));
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  api.events.listen((e: CoreEvent) => {
    if (e.kind === 'change') heard.push(e.change);
  });
  path = join(dir, 'events.comitia');
  const created = await api.invoke('sessionCreate', { path, demo: true });
  expect(created.ok).toBe(true);
});
afterAll(() => session.close());

async function firstScoreRef(): Promise<{ member: string; dossier: string; criterion: string }> {
  const members = await api.invoke('membersList', {});
  const dossiers = await api.invoke('dossiersList', {});
  const grid = await api.invoke('gridGet', {});
  if (!members.ok || !dossiers.ok || !grid.ok) throw new Error('demo session unreadable');
  const member = (members.value as { id: string; role: string }[]).find((m) => m.role !== 'observer')!;
  const conflicts = await api.invoke('conflictsList', {});
  const recused = new Set((conflicts.ok ? (conflicts.value as { member: string; dossier: string }[]) : []).filter((c) => c.member === member.id).map((c) => c.dossier));
  const dossier = (dossiers.value as { id: string }[]).find((d) => !recused.has(d.id))!;
  return { member: member.id, dossier: dossier.id, criterion: (grid.value as { criteria: { id: string }[] }).criteria[0]!.id };
}

describe('change events', () => {
  it('a successful write announces the topics the contract declares, once the call has returned', async () => {
    await settle();
    heard.length = 0;
    const ref = await firstScoreRef();
    const r = await api.invoke('scoreSet', { ...ref, value: 2 });
    expect(r.ok).toBe(true);
    // Not before the commit: the announcement leaves on the next tick.
    expect(heard).toEqual([]);
    await settle();
    expect(heard).toEqual([{ topics: ['scores'], origin: 'self' }]);
  });

  it('a refused write and a read announce nothing', async () => {
    await settle();
    heard.length = 0;
    const ref = await firstScoreRef();
    expect((await api.invoke('scoreSet', { ...ref, value: 99 })).ok).toBe(false);
    expect((await api.invoke('ranking', { viewer: null })).ok).toBe(true);
    await settle();
    expect(heard).toEqual([]);
  });

  it('a commit by another connection (another process) is announced with every topic, and our own are not seen twice', async () => {
    const watch = watchExternalWrites(() => session.db(), api.events, { intervalMs: 60_000 });
    try {
      expect(watch.check()).toBe(false); // baseline
      const ref = await firstScoreRef();
      await api.invoke('scoreSet', { ...ref, value: 1 });
      expect(watch.check()).toBe(false); // our own commit does not move data_version
      await settle();
      heard.length = 0;
      const other = new Database(path);
      other.prepare("UPDATE scores SET value = 3 WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?").run(ref.member, ref.dossier, ref.criterion);
      other.close();
      expect(watch.check()).toBe(true);
      await settle();
      expect(heard).toEqual([{ topics: [...TOPICS], origin: 'external' }]);
      expect(watch.check()).toBe(false);
    } finally {
      watch.stop();
    }
  });
});

describe('the web shell event stream', () => {
  let web: WebServer;
  beforeAll(async () => {
    web = await startWebServer({ api, rendererDir: dir, sessionsFolder: dir });
  });
  afterAll(() => web.close());

  it('streams `event: change` with the topics as JSON data', async () => {
    const stream = await openChangeStream(web);
    const ref = await firstScoreRef();
    const posted = await fetch(`${web.url.split('?')[0]}api/scoreSet`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
      body: JSON.stringify({ ...ref, value: 0 }),
    });
    expect((await posted.json()) as { ok: boolean }).toMatchObject({ ok: true });
    expect(await stream.nextChange()).toEqual({ topics: ['scores'], origin: 'self' });
  });
});
