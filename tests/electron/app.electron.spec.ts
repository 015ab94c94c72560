/**
 * The desktop application itself, driven by Playwright's Electron support
 * (https://playwright.dev/docs/api/class-electron): the built app (out/, from `electron-vite build`) starts on a
 * fresh user-data folder, creates the embedded demo session and shows the same first screen as the web shell.
 *
 * It needs Electron's binary, which these machines cannot download (the package is installed with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1): then every test is skipped with the reason. The binary is located the way the
 * electron package does it, from node_modules/electron/path.txt, WITHOUT requiring the package: electron 45's
 * index.js starts a download when the binary is missing.
 * On Linux without a display, run it under `xvfb-run -a`.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const relativeBinary = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relativeBinary ?? 'electron');
  if (!relativeBinary) return null;
  const binary = join(electronDir, 'dist', relativeBinary);
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): run npm install without it to run this spec';

test.skip(binary === null, SKIP_REASON);
// The list reporter shows a skipped test as "-" only: say why, where the person running it will read it.
if (binary === null) console.warn(`[electron spec] skipped: ${SKIP_REASON}`);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: build the application first (npm run build).');
  }
  userData = mkdtempSync(join(tmpdir(), 'comitia-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    // The project folder: Electron reads package.json's "main" (out/main/index.js).
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
    // A fresh user-data folder: this is a first start, so the shell creates the demo session there.
    env: { ...process.env, COMITIA_USER_DATA: userData },
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('the first screen lists the demo session’s 60 dossiers, with the navigation in French', async () => {
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link')).toHaveText(['Dossiers', 'Notation', 'Délibération', 'Procès-verbal', 'Réglages']);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  // AG Grid renders only the visible rows: check the count it reports, and that real rows are drawn.
  await expect(page.locator('.ag-root [role="grid"]')).toHaveAttribute('aria-rowcount', '61');
  await expect(page.locator('[role="gridcell"][col-id="name"]').first()).toBeVisible();
  expect(existsSync(join(userData, 'comitia-demo.comitia'))).toBe(true);
});

test('the application menu is in French', async () => {
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
  expect(labels).toEqual(
    process.platform === 'darwin'
      ? ['Comitia', 'Fichier', 'Édition', 'Affichage', 'Aide']
      : ['Fichier', 'Édition', 'Affichage', 'Aide'],
  );
});

test('the page comes from app:// with its CSP, has no Node, and sees only window.comitia', async () => {
  expect(page.url()).toMatch(/^app:\/\/comitia\//);
  const seen = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const bridge = w.comitia as {
      api: Record<string, (arg: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; params?: Record<string, unknown> } }>>;
    };
    const list = await bridge.api.dossiersList!({});
    const bad = await bridge.api.dossierGet!({ id: 42 });
    // A page cannot open a session by path: only a reference from the native dialog is accepted.
    const byPath = await bridge.api.sessionOpen!({ path: '/etc/passwd.comitia' });
    const response = await fetch('app://comitia/index.html');
    return {
      require: typeof w.require,
      process: typeof w.process,
      keys: Object.keys(w.comitia as object).sort(),
      dossiers: Array.isArray(list.value) ? list.value.length : -1,
      bad: bad.error,
      byPath: byPath.error,
      csp: response.headers.get('content-security-policy'),
    };
  });
  expect(seen.require).toBe('undefined');
  expect(seen.process).toBe('undefined');
  expect(seen.keys).toEqual(['api', 'dialogs', 'onChange', 'onProgress']);
  expect(seen.dossiers).toBe(60);
  expect(seen.bad).toMatchObject({ code: 'core.invalid_argument', params: { method: 'dossierGet' } });
  expect(seen.byPath).toMatchObject({ code: 'shell.dialog_reference_expected', params: { method: 'sessionOpen', field: 'path' } });
  expect(seen.csp).toContain("default-src 'self'");
  expect(seen.csp).not.toContain('unsafe-eval');
});

test('the window neither navigates away nor opens new windows', async () => {
  const before = page.url();
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  // Give a refused navigation the time it would take to start; the page must still be ours.
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
});

test('« Ouvrir la vue projecteur » opens a second window, a child of the main one, that follows the room', async () => {
  await page.evaluate(() => (window.location.hash = '#/deliberation/seance'));
  await expect(page.getByRole('heading', { level: 1, name: 'Délibération' })).toBeVisible();
  // A meeting and a current dossier, through the page's own bridge.
  const first = await page.evaluate(async () => {
    const api = (window as unknown as { comitia: { api: Record<string, (arg: unknown) => Promise<{ ok: boolean; value?: unknown }>> } }).comitia.api;
    await api.meetingCreate!({ date: '2022-05-12', kind: 'room' });
    const agenda = (await api.agendaGet!({})).value as { items: { dossier: string }[] };
    await api.currentDossierSet!({ dossier: agenda.items[0]!.dossier });
    return agenda.items.map((i) => i.dossier).slice(0, 2);
  });
  const [projector] = await Promise.all([app.waitForEvent('window'), page.getByRole('button', { name: 'Ouvrir la vue projecteur' }).click()]);
  expect(projector.url()).toMatch(/^app:\/\/comitia\/index\.html#\/projecteur\/\d+$/);
  await expect(projector.getByTestId('projector')).toBeVisible();
  const name = (id: string) => page.evaluate(async (d) => {
    const api = (window as unknown as { comitia: { api: Record<string, (arg: unknown) => Promise<{ value?: unknown }>> } }).comitia.api;
    return ((await api.dossierGet!({ id: d })).value as { name: string }).name;
  }, id);
  await expect(projector.getByTestId('projector-dossier')).toHaveText(await name(first[0]!));
  await page.keyboard.press('n');
  await expect(projector.getByTestId('projector-dossier')).toHaveText(await name(first[1]!), { timeout: 2000 });
  // The child of the main window: its parent is the first window.
  const parented = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.getParentWindow() !== null));
  expect(parented).toBe(true);
  await projector.close();
});
