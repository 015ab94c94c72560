import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, methodNames } from '../../../common/api/contract.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { createIpcGate, type InvokeEventLike } from '../../../main/shell/ipcGate.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';

/** Stand-ins for Electron's WebContents and WebFrameMain: the gate only compares identities and reads url/parent. */
const ourWindow = { id: 1 };
const otherWindow = { id: 2 };
const mainFrame = (url = 'app://comitia/index.html') => ({ url, parent: null });
const event = (frame: InvokeEventLike['senderFrame'], sender: unknown = ourWindow): InvokeEventLike => ({
  senderFrame: frame,
  sender,
});

let dir: string;
let session: CurrentSession;
let api: Api;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-ipc-'));
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
});
afterAll(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

function gateOver(invoker: { invoke: Api['invoke'] } = api) {
  const denied: string[] = [];
  const gate = createIpcGate({
    api: invoker,
    trustedOrigin: 'app://comitia',
    isOurWebContents: (sender) => sender === ourWindow,
    onDenied: (channel, reason) => denied.push(`${channel}: ${reason}`),
  });
  return { gate, denied };
}

describe('the IPC gate', () => {
  it('passes a call from our main frame to the api and returns its Result', async () => {
    const { gate, denied } = gateOver();
    expect(await gate.handle(`${IPC_PREFIX}settingsGet`, event(mainFrame()), {})).toEqual({
      ok: true,
      value: { language: 'fr', recentSessions: [], trustedCertificates: [] },
    });
    expect(await gate.handle(`${IPC_PREFIX}sessionInfo`, event(mainFrame()), {})).toEqual({ ok: true, value: null });
    expect(denied).toEqual([]);
  });

  it('creates and reads a session end to end through the gate', async () => {
    const { gate } = gateOver();
    const path = join(dir, 'gate.comitia');
    const created = await gate.handle(`${IPC_PREFIX}sessionCreate`, event(mainFrame()), { path, demo: false });
    expect(created).toMatchObject({ ok: true, value: { path, dossiers: 0 } });
    expect(await gate.handle(`${IPC_PREFIX}dossiersList`, event(mainFrame()), {})).toEqual({ ok: true, value: [] });
  });

  it('turns a malformed argument into a Result error naming the field, through api.invoke', async () => {
    const { gate } = gateOver();
    const badPath = await gate.handle(`${IPC_PREFIX}sessionOpen`, event(mainFrame()), { path: 42 });
    expect(badPath).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    expect(!badPath.ok && errorText(badPath.error)).toContain('« path »');

    const badDemo = await gate.handle(`${IPC_PREFIX}sessionCreate`, event(mainFrame()), { path: join(dir, 'x.comitia'), demo: 'oui' });
    expect(!badDemo.ok && errorText(badDemo.error)).toContain('« demo »');

    const missingId = await gate.handle(`${IPC_PREFIX}dossierGet`, event(mainFrame()), {});
    expect(!missingId.ok && errorText(missingId.error)).toContain('« id »');
  });

  it.each(methodNames)('answers a malformed argument to %s with a Result error, never an exception', async (name) => {
    const { gate } = gateOver();
    for (const bad of [42, 'texte', [], { champInconnu: true }]) {
      const result = await gate.handle(`${IPC_PREFIX}${name}`, event(mainFrame()), bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    }
  });

  it('refuses a channel without the comitia: prefix, without calling the api', async () => {
    const invoke = vi.fn(api.invoke);
    const { gate, denied } = gateOver({ invoke });
    for (const channel of ['sessionInfo', 'other:sessionInfo', 'comitia-event:progress', 'COMITIA:sessionInfo', '']) {
      const result = await gate.handle(channel, event(mainFrame()), {});
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'shell.ipc_channel_refused', params: { channel } } });
    }
    expect(invoke).not.toHaveBeenCalled();
    expect(denied).toHaveLength(5);
  });

  it('lets the api refuse an unknown method that carries the prefix', async () => {
    const { gate } = gateOver();
    expect(await gate.handle(`${IPC_PREFIX}dropEverything`, event(mainFrame()), {})).toMatchObject({
      ok: false,
      error: { code: 'core.unknown_method' },
    });
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a lookalike app:// host', 'app://comitia.evil/index.html'],
    ['the Vite dev server, in production', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
    ['an unparsable URL', ''],
  ])('refuses a call from %s, without calling the api', async (_what, url) => {
    const invoke = vi.fn(api.invoke);
    const { gate, denied } = gateOver({ invoke });
    const result = await gate.handle(`${IPC_PREFIX}sessionInfo`, event(mainFrame(url)), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'shell.ipc_sender_refused' } });
    expect(invoke).not.toHaveBeenCalled();
    expect(denied[0]).toMatch(/origin/);
  });

  it('refuses a subframe, even one showing our own page', async () => {
    const invoke = vi.fn(api.invoke);
    const { gate, denied } = gateOver({ invoke });
    const subframe = { url: 'app://comitia/index.html', parent: mainFrame() };
    expect(await gate.handle(`${IPC_PREFIX}sessionInfo`, event(subframe), {})).toMatchObject({
      ok: false,
      error: { code: 'shell.ipc_sender_refused' },
    });
    expect(invoke).not.toHaveBeenCalled();
    expect(denied[0]).toMatch(/subframe/);
  });

  it('refuses a frame that is gone, and a webContents that is not our window', async () => {
    const invoke = vi.fn(api.invoke);
    const { gate, denied } = gateOver({ invoke });
    expect((await gate.handle(`${IPC_PREFIX}sessionInfo`, event(null), {})).ok).toBe(false);
    expect((await gate.handle(`${IPC_PREFIX}sessionInfo`, event(mainFrame(), otherWindow), {})).ok).toBe(false);
    expect(invoke).not.toHaveBeenCalled();
    expect(denied).toEqual([
      expect.stringMatching(/gone/),
      expect.stringMatching(/not one of our windows/),
    ]);
  });

  it('trusts the dev server origin only when told to', async () => {
    const gate = createIpcGate({
      api,
      trustedOrigin: 'http://localhost:5173',
      isOurWebContents: (sender) => sender === ourWindow,
    });
    expect((await gate.handle(`${IPC_PREFIX}sessionInfo`, event(mainFrame('http://localhost:5173/#/dossiers')), {})).ok).toBe(true);
    expect((await gate.handle(`${IPC_PREFIX}sessionInfo`, event(mainFrame('http://localhost:5174/')), {})).ok).toBe(false);
    expect((await gate.handle(`${IPC_PREFIX}sessionInfo`, event(mainFrame()), {})).ok).toBe(false);
  });

  it('exposes the sender check alone, for the dialog channels', () => {
    const { gate } = gateOver();
    expect(gate.checkSender(event(mainFrame()))).toEqual({ ok: true });
    expect(gate.checkSender(event(mainFrame('https://evil.example/'))).ok).toBe(false);
  });
});
